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
import { loadHtml } from "../src/html/load.js";
import { readMetadata } from "../src/html/metadata/index.js";
import { norm } from "./lib/text.js";
import { authorsMatch, judgeByline, publishedVerdict, titleVerdict, type ExpectedMetadata as Expected, type Verdict } from "./lib/metadata-rules.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const corpusArg = args.indexOf("--corpus");
const corpus = corpusArg >= 0 ? (args[corpusArg + 1] ?? "") : join(import.meta.dirname, "../../shared/corpus/readability");

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
    score("title", page, titleVerdict(expected.title, ours, meta.site.name, html), show(expected.title, ours));
  }
  if (expected.byline) {
    const names = meta.byline?.authors.map((a) => a.name) ?? [];
    score("byline", page, judgeByline(page, expected.byline, names, meta.site.name), show(expected.byline, names));
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
    score("publishedTime", page, publishedVerdict(expected.publishedTime, meta.published), show(expected.publishedTime, ours));
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
  let right = 0;
  let none = 0;
  const wrong: string[] = [];
  for (const [id, expected] of Object.entries(authors)) {
    const path = join(snippets, "html", `${id}.html`);
    if (!existsSync(path)) continue;
    const meta = readMetadata(loadHtml(readFileSync(path, "utf8"), null));
    const ours = meta.byline?.authors.map((a) => a.name) ?? [];
    if (ours.length === 0) none++;
    if (authorsMatch(expected, ours)) right++;
    else wrong.push(`author  ${id.padEnd(48)} expected ${JSON.stringify(expected)} got ${JSON.stringify(ours)} (${meta.provenance.byline ?? "-"})`);
  }
  const total = Object.keys(authors).length;
  console.log(`\nsnippets authors: ${right}/${total} right (${((100 * right) / total).toFixed(1)}%), ${none} with no byline found`);
  if (verbose) console.log(wrong.join("\n"));
}
