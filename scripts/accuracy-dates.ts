/**
 * Page-date accuracy on ../shared/corpus/dates (see its README, "Scoring page dates"): for each page,
 * the right day is a true positive, another day a false positive, no date a false negative;
 * P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN). The day is compared as the page states it.
 *
 *   npx tsx scripts/accuracy-dates.ts [--verbose] [--corpus DIR]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findPageDates } from "../src/dates/page/page-dates.js";
import { loadHtml } from "../src/html/load.js";
import { dateOutcome, HTMLDATE_REFERENCE, prf } from "./lib/dates.js";

interface Entry {
  id: string;
  file: string;
  url: string;
  published: string;
}

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const corpusArg = args.indexOf("--corpus");
const corpus = corpusArg >= 0 && args[corpusArg + 1] ? args[corpusArg + 1]! : join(import.meta.dirname, "../../shared/corpus/dates");
const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as Entry[];

let tp = 0, fp = 0, fn = 0;
const failures: string[] = [];
const bySource = new Map<string, { right: number; wrong: number }>();
const started = performance.now();
for (const e of manifest) {
  const html = readFileSync(join(corpus, e.file), "utf8");
  const result = findPageDates(loadHtml(html, e.url), { url: e.url });
  const got = result.published;
  const outcome = dateOutcome(got?.date, e.published);
  const tally = got ? (bySource.get(got.source) ?? { right: 0, wrong: 0 }) : null;
  if (outcome === "FN") {
    fn++;
    failures.push(`FN ${e.id}  want ${e.published}  (${e.url})`);
  } else if (outcome === "TP") {
    tp++;
    tally!.right++;
  } else {
    fp++;
    tally!.wrong++;
    failures.push(`FP ${e.id}  want ${e.published}  got ${got!.date} from ${got!.source}  (${e.url})`);
  }
  if (tally && got) bySource.set(got.source, tally);
}
const ms = performance.now() - started;
const { p, r, f } = prf({ tp, fp, fn });
console.log(`pages ${manifest.length}  TP ${tp}  FP ${fp}  FN ${fn}`);
console.log(`P ${p.toFixed(3)}  R ${r.toFixed(3)}  F ${f.toFixed(3)}   (${HTMLDATE_REFERENCE})`);
console.log(`time ${ms.toFixed(0)} ms (${(ms / manifest.length).toFixed(1)} ms/page, parse included)`);
if (verbose) {
  console.log("\nby source (right/wrong):");
  for (const [s, t] of [...bySource].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong)) console.log(`  ${s}: ${t.right}/${t.wrong}`);
  console.log("\nfailures:");
  for (const line of failures) console.log(`  ${line}`);
}
