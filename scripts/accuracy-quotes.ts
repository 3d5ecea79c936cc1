/**
 * Accuracy and speed of the quote extractor on PolNeAR (dev split), scored with the shared scorer.
 *
 *   npx tsx scripts/accuracy-quotes.ts [gold.jsonl] [--min-confidence 0.5]
 *
 * Writes /tmp/khabar-quotes-pred.jsonl ({id, quotes: [{content, speaker, cue, type}]}, offsets are JS
 * string indices into each line's `text`) and runs ../shared/tools/quotes/score.js on it. Throughput is
 * measured over extractQuotes alone (one core), after one warm-up pass.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { extractQuotes } from "../src/quotes/index.js";

const args = process.argv.slice(2);
const minIdx = args.indexOf("--min-confidence");
const minConfidence = minIdx >= 0 ? Number(args.splice(minIdx, 2)[1]) : 0;
const gold = args[0] ?? "/work/shared/corpus/quotes/polnear_doc_dev.jsonl";
const predPath = "/tmp/khabar-quotes-pred.jsonl";
const scorer = "/work/shared/tools/quotes/score.js";

interface Row {
  id: string;
  text: string;
  lang?: string;
}

const rows: Row[] = readFileSync(gold, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const out: string[] = [];
for (const row of rows) {
  const quotes = extractQuotes(row.text, { lang: row.lang ?? "en", minConfidence }).map((q) => ({
    content: q.parts.map((p) => ({ start: p.start, end: p.end })),
    speaker: q.speaker && q.speaker.start !== null && q.speaker.end !== null ? { start: q.speaker.start, end: q.speaker.end } : null,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    type: q.kind,
  }));
  out.push(JSON.stringify({ id: row.id, quotes }));
}
writeFileSync(predPath, out.join("\n") + "\n");
console.log(execFileSync("node", [scorer, gold, predPath], { encoding: "utf8" }));

// Throughput: three timed passes over every dev text (the pass above warmed the code up); the median.
let chars = 0;
let bytes = 0;
for (const row of rows) {
  chars += row.text.length;
  bytes += Buffer.byteLength(row.text, "utf8");
}
const times: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  const t0 = process.hrtime.bigint();
  for (const row of rows) extractQuotes(row.text, { lang: row.lang ?? "en" });
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
const seconds = times[1] as number;
console.log(
  `throughput: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s median of 3 passes (${(bytes / 1e6).toFixed(2)} MB UTF-8, ${chars} chars, ${rows.length} texts, ${seconds.toFixed(3)} s per pass)`,
);
