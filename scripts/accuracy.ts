/**
 * End-to-end accuracy of the public parse() (HTML in, Article out) on the shared corpora, as issues 3
 * ("Measured") and 4 (page dates) ask. Prints a markdown table for the README, then a line per corpus.
 *
 *   npx tsx scripts/accuracy.ts [--only readability|snippets|dates] [--verbose]
 *
 * 1. corpus/readability: title, byline, published (same day), lang, dir against expected-metadata.json,
 *    strict and counting justified differences (scripts/lib/metadata-rules.ts); body token F1 of
 *    article.text against the text of expected.html, mean over pages.
 * 2. corpus/snippets: article.text scored by ../shared/tools/snippets/score.mjs (predictions written to
 *    /tmp/khabar-snippets-parse.json); authors against authors.json.
 * 3. corpus/dates: article.published's day, TP / FP / FN as the corpus README scores page dates.
 * --verbose lists every miss. Pages where parse() throws or returns an empty body are always listed.
 */
import { performance } from "node:perf_hooks";
import { HTMLDATE_REFERENCE, prf } from "./lib/dates.js";
import { runDates, type DatesResult } from "./lib/e2e-dates.js";
import { runReadability, type ReadabilityResult } from "./lib/e2e-readability.js";
import { runSnippets, type SnippetsResult } from "./lib/e2e-snippets.js";
import { SNIPPETS_REFERENCE } from "./lib/snippets.js";
import { percent } from "./lib/tally.js";
import { ParseRunner } from "./lib/timed-parse.js";

const CORPORA = ["readability", "snippets", "dates"] as const;
type Corpus = (typeof CORPORA)[number];

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
if (only !== undefined && !(CORPORA as readonly string[]).includes(only)) {
  console.error(`--only takes one of ${CORPORA.join(", ")}`);
  process.exit(2);
}
const wanted = (c: Corpus) => only === undefined || only === c;
const SNIPPETS_OUT = "/tmp/khabar-snippets-parse.json";

const started = performance.now();
const runner = new ParseRunner();
const readability = wanted("readability") ? runReadability(runner) : null;
const snippets = wanted("snippets") ? runSnippets(runner, SNIPPETS_OUT) : null;
const dates = wanted("dates") ? runDates(runner) : null;
const seconds = (performance.now() - started) / 1000;

const f3 = (n: number) => n.toFixed(3);
const rows: string[][] = [];

/** One table row per readability field, then body F1. */
function readabilityRows(r: ReadabilityResult): void {
  const label = `readability (${r.pages})`;
  for (const [field, t] of r.fields.tallies) {
    rows.push([label, field, percent(t.right, t.total), percent(t.right + t.justified, t.total), ""]);
  }
  rows.push([label, "body token F1 (mean)", f3(r.meanF1), "", `${r.bodyF1.length} pages with expected.html`]);
}

function snippetsRows(s: SnippetsResult): void {
  const label = `snippets (${s.pages})`;
  const { precision: p, recall: r, f } = s.score;
  rows.push([label, "main text P / R / F", `${f3(p)} / ${f3(r)} / ${f3(f)}`, "", `trafilatura F ${SNIPPETS_REFERENCE.trafilatura}, Readability F ${SNIPPETS_REFERENCE.readability}`]);
  rows.push([label, "authors", percent(s.authors.right, s.authors.total), "", `${s.authors.none} with no byline found`]);
}

function datesRows(d: DatesResult): void {
  const { p, r, f } = prf(d.score);
  rows.push([`dates (${d.pages})`, "published day P / R / F", `${f3(p)} / ${f3(r)} / ${f3(f)}`, "", `htmldate F .965 (TP ${d.score.tp}, FP ${d.score.fp}, FN ${d.score.fn})`]);
}

if (readability) readabilityRows(readability);
if (snippets) snippetsRows(snippets);
if (dates) datesRows(dates);

console.log("| corpus (pages) | measure | khabar, exact | khabar, counting justified differences | reference / note |");
console.log("| --- | --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("");

if (readability) {
  const lowest = readability.bodyF1.slice(0, 10).map((x) => `${x.page} ${x.f1.toFixed(2)}`).join(", ");
  console.log(`readability: ${runner.timing("readability")}; mean body token F1 ${f3(readability.meanF1)}; lowest: ${lowest}`);
}
if (snippets) {
  console.log(`snippets: ${runner.timing("snippets")}; predictions in ${SNIPPETS_OUT}; score.mjs says:`);
  console.log(snippets.score.output.replace(/^/gmu, "  "));
}
if (dates) {
  const { p, r, f } = prf(dates.score);
  console.log(`dates: ${runner.timing("dates")}; TP ${dates.score.tp} FP ${dates.score.fp} FN ${dates.score.fn}; P ${f3(p)} R ${f3(r)} F ${f3(f)} (${HTMLDATE_REFERENCE})`);
}
console.log(`total ${seconds.toFixed(1)} s`);

if (runner.incidents.length) {
  console.log(`\nparse() problems (${runner.incidents.length}):`);
  for (const i of runner.incidents) console.log(`  ${i.corpus.padEnd(12)} ${i.page.padEnd(44)} ${i.what}`);
}

if (verbose) {
  if (readability) {
    console.log("\nreadability misses:");
    for (const line of readability.fields.misses) console.log(`  ${line}`);
    console.log("\nreadability body F1 below 0.8:");
    for (const x of readability.bodyF1.filter((b) => b.f1 < 0.8)) console.log(`  ${x.page.padEnd(40)} ${x.f1.toFixed(3)}`);
  }
  if (snippets) {
    console.log("\nsnippets authors misses:");
    for (const line of snippets.authors.misses) console.log(`  ${line}`);
  }
  if (dates) {
    console.log("\ndates by source (right/wrong):");
    for (const [s, t] of [...dates.bySource].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong)) console.log(`  ${s}: ${t.right}/${t.wrong}`);
    console.log("\ndates failures:");
    for (const line of dates.failures) console.log(`  ${line}`);
  }
}
