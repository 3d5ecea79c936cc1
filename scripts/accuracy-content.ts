/**
 * Accuracy and speed of the HTML content stage.
 * 1) Snippets corpus: runs loadHtml + readContent on every page of ../shared/corpus/snippets/html,
 *    writes {"<id>": {"articleBody": text}} to /tmp/khabar-snippets.json and scores it with
 *    ../shared/tools/snippets/score.mjs.
 * 2) Readability corpus: body token F1 against each expected.html (tokens: \p{L}\p{N} runs), mean over pages.
 * 3) --speed: time per page of loadHtml + readContent against linkedom + Mozilla Readability on the
 *    snippets pages (same process, interleaved, after a warm-up).
 * Usage: npx tsx scripts/accuracy-content.ts [--only snippets|readability|none] [--speed] [--captions] [--no-metadata] [--dump DIR]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio/slim";
import { loadHtml, type HtmlDocument } from "../src/html/load.js";
import { readContent, type ContentHints } from "../src/html/content/index.js";
import type { Block } from "../src/model/index.js";
import { htmlText, tokenF1, tokens } from "./lib/text.js";
import { scoreSnippets } from "./lib/snippets.js";

const SHARED = process.env.KHABAR_SHARED ?? "/work/shared";
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const dumpDir = args.includes("--dump") ? args[args.indexOf("--dump") + 1] : null;

type MetadataReader = (doc: HtmlDocument) => { headline: string | null; articleBody: string | null; bylineText: string | null; language: string | null };
let readMetadata: MetadataReader | null = null;
const metaPath = new URL("../src/html/metadata/index.ts", import.meta.url);
if (existsSync(metaPath) && !args.includes("--no-metadata")) {
  try {
    const mod = (await import(metaPath.href)) as { readMetadata?: MetadataReader };
    if (typeof mod.readMetadata === "function") readMetadata = mod.readMetadata;
  } catch (error) {
    console.error("metadata stage not usable, using <title>/<h1> hints:", String(error).slice(0, 200));
  }
}

/** Hints for the content stage: the metadata stage's when it is there, else the first <h1> or <title>. */
function hintsFor(html: string, url: string | null): { doc: HtmlDocument; hints: ContentHints } {
  const doc = loadHtml(html, url);
  if (readMetadata) {
    try {
      const m = readMetadata(doc);
      return { doc, hints: { headline: m.headline, articleBody: m.articleBody, bylineText: m.bylineText, language: m.language } };
    } catch (error) {
      console.error("readMetadata threw:", String(error).slice(0, 200));
    }
  }
  // Cheerio's own reading of the tree, as this fallback has always read it.
  const $ = load(doc.dom.root);
  const h1 = $("h1").first().text().trim() || $("title").first().text().trim() || null;
  return { doc, hints: { headline: h1, articleBody: null, bylineText: null, language: $("html").attr("lang") ?? null } };
}

/** The body text as scored: every block's text, one per line (captions only with --captions: Article.text leaves them out). */
function bodyText(blocks: Block[], withCaptions: boolean): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.type === "list") lines.push(...b.items);
    else if (b.type === "caption") { if (withCaptions && b.text) lines.push(b.text); }
    else lines.push(b.text);
  }
  return lines.join("\n");
}

const OUT = process.env.KHABAR_SNIPPETS_OUT ?? "/tmp/khabar-snippets.json";
const withCaptions = args.includes("--captions");
let contentMs = 0;
let loadMs = 0;

function extract(html: string, url: string | null): string {
  const t0 = performance.now();
  const { doc, hints } = hintsFor(html, url);
  const t1 = performance.now();
  const content = readContent(doc, hints);
  const t2 = performance.now();
  loadMs += t1 - t0;
  contentMs += t2 - t1;
  return bodyText(content.blocks, withCaptions);
}

if (dumpDir) mkdirSync(dumpDir, { recursive: true });

if (only !== "readability" && only !== "none") {
  const dir = join(SHARED, "corpus/snippets/html");
  const gold = JSON.parse(readFileSync(join(SHARED, "corpus/snippets/snippets.json"), "utf8")) as Record<string, { url?: string }>;
  const out: Record<string, { articleBody: string }> = {};
  const files = readdirSync(dir).filter((f) => f.endsWith(".html"));
  const idByFile = new Map<string, string>();
  for (const id of Object.keys(gold)) idByFile.set(`${id}.html`, id);
  contentMs = 0;
  loadMs = 0;
  for (const file of files) {
    const id = file.slice(0, -5);
    const html = readFileSync(join(dir, file), "utf8");
    const text = extract(html, gold[id]?.url ?? null);
    out[id] = { articleBody: text };
    if (dumpDir) writeFileSync(join(dumpDir, `${id}.txt`), text);
  }
  writeFileSync(OUT, JSON.stringify(out));
  console.log(`snippets: ${files.length} pages; load+hints ${loadMs.toFixed(0)} ms, readContent ${contentMs.toFixed(0)} ms (${(contentMs / files.length).toFixed(2)} ms/page)`);
  console.log(scoreSnippets(SHARED, OUT).output);
}

if (only !== "snippets" && only !== "none") {
  const dir = join(SHARED, "corpus/readability");
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, "expected.html")));
  let sum = 0;
  const scores: Array<[string, number]> = [];
  contentMs = 0;
  loadMs = 0;
  for (const name of names) {
    const html = readFileSync(join(dir, name, "source.html"), "utf8");
    const expectedHtml = readFileSync(join(dir, name, "expected.html"), "utf8");
    const expected = htmlText(expectedHtml);
    const text = extract(html, "http://fakehost/test/page.html");
    const score = tokenF1(tokens(text), tokens(expected));
    scores.push([name, score]);
    sum += score;
  }
  scores.sort((a, b) => a[1] - b[1]);
  console.log(`readability: ${names.length} pages; mean body token F1 ${(sum / names.length).toFixed(3)}; readContent ${contentMs.toFixed(0)} ms`);
  console.log("lowest:", scores.slice(0, 12).map(([n, s]) => `${n} ${s.toFixed(2)}`).join(", "));
}

if (args.includes("--speed")) {
  const dir = join(SHARED, "corpus/snippets/html");
  const htmls = readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => readFileSync(join(dir, f), "utf8"));
  const { Readability } = (await import("@mozilla/readability")) as { Readability: new (doc: unknown) => { parse(): unknown } };
  const { parseHTML } = (await import("linkedom")) as { parseHTML: (html: string) => { document: unknown } };
  const hints: ContentHints = { headline: null, articleBody: null, bylineText: null, language: null };
  let ours = 0;
  let theirs = 0;
  for (let round = 0; round < 2; round++) {
    ours = 0;
    theirs = 0;
    for (const html of htmls) {
      const t0 = performance.now();
      readContent(loadHtml(html, null), hints);
      const t1 = performance.now();
      try {
        new Readability(parseHTML(html).document).parse();
      } catch {
        // Readability throws on some pages; the time still counts.
      }
      const t2 = performance.now();
      ours += t1 - t0;
      theirs += t2 - t1;
    }
  }
  const n = htmls.length;
  console.log(`speed on ${n} snippets pages (second round): loadHtml+readContent ${(ours / n).toFixed(2)} ms/page; linkedom+Readability ${(theirs / n).toFixed(2)} ms/page; ratio ${(theirs / ours).toFixed(1)}x`);
}
