/**
 * `npm run bench`: speed and memory of khabar against its peers, in one run, printed as markdown.
 *
 * One child process per candidate; a warm-up (25 pages), then interleaved passes: each pass goes through
 * the pages in turns of {@link CHUNK_PAGES}, every candidate parsing the same pages in each turn, so a
 * busy stretch of the machine slows all of them alike, in an order that changes from round to round
 * so that each candidate follows each other one equally often (order.ts). Then: quotes throughput
 * over the PolNeAR dev texts, the CLI's 2-worker speed-up, and growth at 1×/2×/4× input.
 *
 * Options: --pages N (default 100; 0 = all), --passes N (3), --chunk N (pages per turn, 10), --only a,b (candidate names, substring),
 * --src (khabar from src through tsx instead of dist), --no-quotes, --no-cli, --no-scaling,
 * --cli-pages N (200), --quotes-texts N (all).
 */
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { BenchChild } from "./child.js";
import { CANDIDATES } from "./candidates.js";
import { runCliSpeed, type CliResult } from "./cli-speed.js";
import { roundOrder } from "./order.js";
import { benchPages, CORPUS, ROOT } from "./pages.js";
import type { QuotesResult } from "./quotes.js";
import { printReport, type CandidateResult } from "./report.js";
import type { ScalingRow } from "./scaling.js";

/**
 * Pages each candidate parses per turn. The machine's speed drifts over seconds (on the 2-core VM
 * the README's table comes from, one process's pass median moved between 2.9 and 5.2 ms in a
 * minute); in short turns every candidate samples the same stretches of the run, so the ratios
 * between them do not depend on which candidate happened to run in a slow stretch.
 */
const CHUNK_PAGES = 10;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

async function main(): Promise<void> {
  const limit = option("pages", 100);
  const passes = Math.max(1, option("passes", 3));
  const chunk = Math.max(1, option("chunk", CHUNK_PAGES));
  const fromSrc = flag("src");
  const onlyArg = process.argv.indexOf("--only");
  const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? "").split(",").map((s) => s.toLowerCase()) : null;
  const pageSet = benchPages(limit > 0 ? limit : null);
  const candidates = CANDIDATES.filter((c) => c.name === "khabar" || !only || only.some((o) => c.name.toLowerCase().includes(o)));
  const started = performance.now();
  console.error(`bench: ${pageSet.files.length} pages (${JSON.stringify(pageSet.counts)}), ${passes} passes, ${candidates.length} candidates`);

  const children = new Map<string, BenchChild>();
  const results = new Map<string, CandidateResult>();
  try {
    for (const c of candidates) {
      const child = new BenchChild(fromSrc);
      children.set(c.name, child);
      const ready = await child.request({ type: "init", candidate: c.name, files: pageSet.files, fromSrc });
      results.set(c.name, { name: c.name, note: c.note, from: String(ready.from ?? ""), times: pageSet.files.map(() => [] as number[]), failures: 0, passMs: [], maxRssKb: 0 });
      await child.request({ type: "warmup" });
      console.error(`bench: ${c.name} ready and warm`);
    }
    const pageCount = pageSet.files.length;
    let round = 0;
    for (let p = 0; p < passes; p++) {
      for (const c of candidates) (results.get(c.name) as CandidateResult).passMs.push(0);
      for (let from = 0; from < pageCount; from += chunk, round++) {
        const to = Math.min(pageCount, from + chunk);
        // Each round takes the next order of a balanced design, so no candidate always runs right after the same peer (order.ts).
        for (const k of roundOrder(candidates.length, round)) {
          const c = candidates[k] as (typeof candidates)[number];
          const r = await (children.get(c.name) as BenchChild).request({ type: "pass", from, to });
          const res = results.get(c.name) as CandidateResult;
          const times = r.times as number[];
          times.forEach((ms, i) => res.times[from + i]?.push(ms));
          res.failures += Number(r.failures);
          res.passMs[p] = (res.passMs[p] as number) + times.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
        }
      }
      console.error(`bench: pass ${p + 1}/${passes} done`);
    }
    for (const c of candidates) {
      const child = children.get(c.name) as BenchChild;
      const r = await child.request({ type: "finish" });
      (results.get(c.name) as CandidateResult).maxRssKb = Number(r.maxRssKb);
    }
  } finally {
    for (const child of children.values()) child.kill();
  }

  let quotes: QuotesResult | null = null;
  let scaling: ScalingRow[] | null = null;
  if (!flag("no-quotes") || !flag("no-scaling")) {
    const child = new BenchChild(fromSrc);
    try {
      if (!flag("no-quotes")) {
        console.error("bench: quotes throughput");
        quotes = (await child.request({ type: "quotes", file: join(CORPUS, "quotes", "polnear_doc_dev.jsonl"), fromSrc, maxTexts: option("quotes-texts", 1e9) })) as unknown as QuotesResult;
      }
      if (!flag("no-scaling")) {
        console.error("bench: scaling");
        const page = join(ROOT, "fixtures", "cli", "pages", "en", "ars-1.html");
        scaling = ((await child.request({ type: "scaling", page, fromSrc })) as { rows: ScalingRow[] }).rows;
      }
    } finally {
      child.kill();
    }
  }
  let cli: CliResult | null = null;
  if (!flag("no-cli")) {
    console.error("bench: CLI workers 1 vs 2");
    cli = runCliSpeed(benchPages(null).files.filter((f) => f.startsWith(CORPUS)).filter((_, i) => i % 3 === 0).slice(0, option("cli-pages", 200)));
  }

  printReport({
    machine: `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
    pages: pageSet,
    passes,
    chunk,
    results: candidates.map((c) => results.get(c.name) as CandidateResult),
    quotes,
    cli,
    scaling,
    seconds: (performance.now() - started) / 1000,
  });
}

await main();
