/**
 * Scores the HTML metadata stage against Mozilla Readability's expectations
 * (../shared/corpus/readability/<page>/expected-metadata.json, source.html beside it).
 *
 *   npx tsx scripts/accuracy-metadata.ts [--verbose] [--corpus DIR]
 *
 * Fields: title, byline, lang, dir, siteName, publishedTime (each only where the expectation gives
 * a value, except dir, scored everywhere). Readability's expectations are its own output: where it
 * keeps a site name in the title, a "By" or a date in the byline, or an outlet as the author, our
 * answer counts as right ("justified") only when the difference is exactly that, checked here by
 * rules that do not use the parser under test.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { load } from "cheerio/slim";
import { loadHtml } from "../src/html/load.js";
import { readMetadata } from "../src/html/metadata/index.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const corpusArg = args.indexOf("--corpus");
const corpus = corpusArg >= 0 ? (args[corpusArg + 1] ?? "") : join(import.meta.dirname, "../../shared/corpus/readability");

type Verdict = "right" | "justified" | "wrong";

/**
 * Disagreements checked by reading the page: Readability's answer is wrong, ours is the one given
 * here. Counted as justified only while we still give exactly this answer.
 */
const REVIEWED: ReadonlyArray<{ page: string; field: string; ours: string; why: string }> = [
  { page: "salon-1", field: "byline", ours: "Richard (R.J.) Eskow", why: "rel=author byline in the article; Joanna Rothkopf is in a sidebar teaser" },
  { page: "liberation-1", field: "byline", ours: "", why: "the article is by AFP (article:author …/2005-afp, visible 'AFP'); Sébastien Farcis signs a related story" },
  { page: "seattletimes-1", field: "byline", ours: "Benjamin Romano", why: "the visible byline reads 'By Benjamin Romano'; Readability returned the date line" },
  { page: "herald-sun-1", field: "byline", ours: "Laurie Oakes", why: "article:author is Laurie Oakes; 'JOE HILDEBRAND' signs the standfirst teaser of another column" },
  { page: "wikipedia-2", field: "byline", ours: "", why: "the JSON-LD author is an Organization ('Contributors to Wikimedia projects'), not a person" },
  { page: "wikipedia-3", field: "byline", ours: "", why: "the JSON-LD author is an Organization, not a person" },
  { page: "wikipedia-4", field: "byline", ours: "", why: "the JSON-LD author is an Organization, not a person" },
];
interface Expected { title?: string | null; byline?: string | null; dir?: string | null; lang?: string | null; siteName?: string | null; publishedTime?: string | null }

const norm = (s: string) => s.normalize("NFKC").replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"').replace(/\s+/gu, " ").trim().toLowerCase();
const SEPARATORS = /\s(?:\||-|–|—|::|·|»|\/)\s|_/u;

/** Expected title = ours + a separator + a site segment (or site segment + separator + ours). */
function titleJustified(expected: string, ours: string, siteName: string | null): boolean {
  const e = norm(expected);
  const o = norm(ours);
  if (!o || !e.includes(o)) return false;
  const rest = e.replace(o, "").trim();
  if (!rest || !SEPARATORS.test(` ${rest} `.replace(/^\s|\s$/gu, " "))) return false;
  const leftover = rest.replace(/^(?:\||-|–|—|::|·|»|\/|_|:)\s?|\s?(?:\||-|–|—|::|·|»|\/|_|:)$/gu, "").trim();
  // The leftover must be short (a site or section name), not half a title.
  return leftover.length > 0 && leftover.length <= 60 && (siteName === null || leftover.split(/\s(?:\||-|–|—)\s|_/u).length <= 3);
}

/** True when `title` is both the text of a visible <h1> and the content of a title meta tag (read with cheerio here, not the parser). */
function visibleAndDeclared(html: string, title: string): boolean {
  const $ = load(html);
  const t = norm(title);
  if (!t) return false;
  const h1 = $("h1").toArray().some((el) => norm($(el).text()) === t);
  const metas = $('meta[property$="title"], meta[name$="title"]').toArray().some((el) => norm($(el).attr("content") ?? "") === t);
  return h1 && metas;
}

const BY = /^(?:by|par|por|von|written by)\s*[:]?\s*/iu;
/** Names of an expected byline: "By " dropped, split at commas and "and"; dates and newlines cut. */
function expectedNames(byline: string): string[] {
  const first = byline.trim().replace(BY, "").split(/\n/u)[0] ?? "";
  return first
    .replace(/\(?https?:\/\/[^\s)]*\)?/gu, "")
    .split(/\s*(?:,|\band\b|\bet\b|\(avec\b|\)|&)\s*/u)
    .filter((x) => !/^\p{Lu}{2,3}$/u.test(x.trim())) // credentials such as "MA", "PhD" are not names
    .map((x) => norm(x.replace(/\p{N}.*$/u, "")))
    .filter(Boolean);
}

function bylineVerdict(expected: string, names: string[], siteName: string | null): Verdict {
  const ours = names.map(norm);
  if (norm(expected) === ours.join(", ")) return "right";
  const exp = expectedNames(expected);
  if (exp.length && exp.length === ours.length && exp.every((e, i) => e === ours[i])) return "justified";
  // An outlet given as the author ("BBC News" on bbc.com): no person is the better answer.
  if (ours.length === 0 && siteName && norm(siteName) === norm(expected)) return "justified";
  // Only a date or an interface label where a byline should be.
  if (ours.length === 0 && (/^(?:last\s)?updated\b/iu.test(expected) || /^\p{L}+ \d{1,2}, \d{4}/u.test(expected) || /^follow\b/iu.test(expected))) return "justified";
  return "wrong";
}

interface Tally { right: number; justified: number; total: number }
const tallies: Record<string, Tally> = {};
const misses: string[] = [];
function score(field: string, page: string, verdict: Verdict, detail: string) {
  const t = (tallies[field] ??= { right: 0, justified: 0, total: 0 });
  t.total++;
  if (verdict === "right") t.right++;
  if (verdict === "justified") t.justified++;
  if (verdict !== "right" && verbose) misses.push(`${verdict.padEnd(9)} ${field.padEnd(13)} ${page.padEnd(40)} ${detail}`);
}

let totalMs = 0;
let pages = 0;
for (const page of readdirSync(corpus).sort()) {
  const dir = join(corpus, page);
  const expPath = join(dir, "expected-metadata.json");
  if (!existsSync(expPath)) continue;
  const expected = JSON.parse(readFileSync(expPath, "utf8")) as Expected;
  const html = readFileSync(join(dir, "source.html"), "utf8");
  const started = performance.now();
  const meta = readMetadata(loadHtml(html, `http://fakehost/test/page.html`));
  totalMs += performance.now() - started;
  pages++;
  const show = (e: unknown, o: unknown) => `expected ${JSON.stringify(e)} got ${JSON.stringify(o)}`;

  if (expected.title) {
    const ours = meta.headline ?? "";
    let v: Verdict = norm(ours) === norm(expected.title) ? "right" : titleJustified(expected.title, ours, meta.site.name) ? "justified" : "wrong";
    // Readability prefers og:title; when the page's visible <h1> differs from it and equals another
    // metadata title (twitter:title, parsely-title …), the h1 is what readers see: that answer is justified.
    if (v === "wrong" && visibleAndDeclared(html, ours)) v = "justified";
    score("title", page, v, show(expected.title, ours));
  }
  if (expected.byline) {
    const names = meta.byline?.authors.map((a) => a.name) ?? [];
    let v = bylineVerdict(expected.byline, names, meta.site.name);
    if (v === "wrong" && REVIEWED.some((r) => r.page === page && r.field === "byline" && r.ours === names.join(", "))) v = "justified";
    score("byline", page, v, show(expected.byline, names));
  }
  if (expected.lang) {
    score("lang", page, (meta.language ?? "").toLowerCase() === expected.lang.toLowerCase() ? "right" : "wrong", show(expected.lang, meta.language));
  }
  {
    // Readability reports only a declared dir; ours is also derived from the language (provenance "language").
    const declared = meta.provenance.direction?.endsWith(":dir") ? meta.direction : null;
    const v: Verdict = (expected.dir ?? null) === declared ? "right" : "wrong";
    score("dir", page, v, show(expected.dir, `${meta.direction} (${meta.provenance.direction ?? "-"})`));
  }
  if (expected.siteName) {
    const ours = meta.site.name ?? "";
    score("siteName", page, norm(ours) === norm(expected.siteName) ? "right" : "wrong", show(expected.siteName, ours));
  }
  if (expected.publishedTime) {
    const ours = meta.published ?? "";
    const day = (s: string) => s.slice(0, 10);
    const v: Verdict = ours === expected.publishedTime ? "right" : ours && day(ours) === day(expected.publishedTime) ? "justified" : "wrong";
    score("publishedTime", page, v, show(expected.publishedTime, ours));
  }
}

// Speed, warm (a second pass): the cheerio parse every stage shares, and this stage on top of it.
let parseMs = 0;
let metaMs = 0;
for (const page of readdirSync(corpus)) {
  const path = join(corpus, page, "source.html");
  if (!existsSync(path)) continue;
  const html = readFileSync(path, "utf8");
  let t = performance.now();
  const doc = loadHtml(html, null);
  parseMs += performance.now() - t;
  t = performance.now();
  readMetadata(doc);
  metaMs += performance.now() - t;
}
console.log(`pages: ${pages}; first pass metadata ${(totalMs / Math.max(pages, 1)).toFixed(1)} ms/page; warm: parse ${(parseMs / Math.max(pages, 1)).toFixed(1)} ms/page, metadata ${(metaMs / Math.max(pages, 1)).toFixed(1)} ms/page`);
console.log("field          right  +justified  total  accuracy(strict)  accuracy(with justified)");
for (const [field, t] of Object.entries(tallies)) {
  const pct = (n: number) => `${((100 * n) / t.total).toFixed(1)}%`;
  console.log(`${field.padEnd(14)} ${String(t.right).padStart(5)}  ${String(t.justified).padStart(10)}  ${String(t.total).padStart(5)}  ${pct(t.right).padStart(16)}  ${pct(t.right + t.justified).padStart(24)}`);
}
if (verbose) console.log("\n" + misses.join("\n"));

// Authors on the snippet corpus (trafilatura's evaluation pages): authors.json gives the expected
// author of 275 pages. Right = the same names (split at commas, semicolons, "&" and "and"), in any order.
const snippets = join(corpus, "../snippets");
if (existsSync(join(snippets, "authors.json"))) {
  const authors = JSON.parse(readFileSync(join(snippets, "authors.json"), "utf8")) as Record<string, string>;
  const split = (s: string) => s.split(/\s*(?:[,;&]|\band\b|\bund\b)\s*/u).map(norm).filter(Boolean).sort();
  let right = 0;
  let none = 0;
  const wrong: string[] = [];
  for (const [id, expected] of Object.entries(authors)) {
    const path = join(snippets, "html", `${id}.html`);
    if (!existsSync(path)) continue;
    const meta = readMetadata(loadHtml(readFileSync(path, "utf8"), null));
    const ours = meta.byline?.authors.map((a) => a.name) ?? [];
    if (ours.length === 0) none++;
    if (JSON.stringify(split(ours.join(", "))) === JSON.stringify(split(expected))) right++;
    else wrong.push(`author  ${id.padEnd(48)} expected ${JSON.stringify(expected)} got ${JSON.stringify(ours)} (${meta.provenance.byline ?? "-"})`);
  }
  const total = Object.keys(authors).length;
  console.log(`\nsnippets authors: ${right}/${total} right (${((100 * right) / total).toFixed(1)}%), ${none} with no byline found`);
  if (verbose) console.log(wrong.join("\n"));
}
