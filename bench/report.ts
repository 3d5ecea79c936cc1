/** The benchmark's markdown report: paste-able tables and the issue-7 targets, met or missed. */
import type { CliResult } from "./cli-speed.js";
import type { PageSet } from "./pages.js";
import type { QuotesResult } from "./quotes.js";
import type { ScalingRow } from "./scaling.js";
import { fmt, median, quantile } from "./stats.js";

export interface CandidateResult {
  name: string;
  note: string;
  from: string;
  /** Per page, the time of each pass (NaN when the candidate failed on the page). */
  times: number[][];
  failures: number;
  passMs: number[];
  maxRssKb: number;
}

/** Issue 7's targets. */
export const TARGETS = {
  /** khabar's median at most this many times the cheerio/slim floor's. */
  maxRatioToFloor: 2,
  /** Readability on jsdom at least this many times slower than khabar. */
  minSpeedupOverJsdom: 25,
  /** Peak RSS over the corpus, MB. */
  maxRssMb: 150,
  /** extractQuotes on one core, MB/s. */
  minQuotesMbPerSecond: 1,
  /** 4× the input may take "about" 4× the time: allow this much for timer noise and GC. */
  maxGrowthAt4x: 5,
} as const;

interface Summary {
  median: number;
  p90: number;
  pagesPerSecond: number;
  rssMb: number;
}

function summarize(r: CandidateResult): Summary {
  const perPage = r.times.map((ts) => median(ts.filter(Number.isFinite))).filter(Number.isFinite);
  return {
    median: median(perPage),
    p90: quantile(perPage, 0.9),
    pagesPerSecond: r.times.length / (median(r.passMs) / 1000),
    rssMb: r.maxRssKb / 1024,
  };
}

/** The candidates the floor target compares (bench/candidates.ts names them). */
const KHABAR = "khabar";
const FLOOR = "floor: cheerio/slim load";

const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

/**
 * The ratio of `a`'s median to `b`'s in each pass alone. The passes interleave the candidates' turns,
 * so both sample the same stretches of the run; how far the passes' ratios lie apart shows how
 * much the machine moved the run's ratio (within one process, a candidate's median over a pass
 * moved by up to 2× on this VM, with nothing changed).
 */
function ratiosByPass(a: CandidateResult, b: CandidateResult, passes: number): number[] {
  const passMedian = (r: CandidateResult, p: number) => median(r.times.map((ts) => ts[p] as number).filter(Number.isFinite));
  return Array.from({ length: passes }, (_, p) => passMedian(a, p) / passMedian(b, p));
}

/** The median, over every page and pass, of `a`'s time over `b`'s on the same page in the same round of turns. */
function pairedRatio(a: CandidateResult, b: CandidateResult): number {
  const ratios: number[] = [];
  a.times.forEach((ts, i) => ts.forEach((t, p) => {
    const u = b.times[i]?.[p];
    if (Number.isFinite(t) && u !== undefined && Number.isFinite(u) && u > 0) ratios.push(t / u);
  }));
  return median(ratios);
}

export interface Report {
  machine: string;
  pages: PageSet;
  passes: number;
  /** Pages per turn in the interleaved passes. */
  chunk: number;
  results: CandidateResult[];
  quotes: QuotesResult | null;
  cli: CliResult | null;
  scaling: ScalingRow[] | null;
  seconds: number;
}

/** Prints the report to stdout. */
export function printReport(rep: Report): void {
  const out: string[] = [];
  const s = new Map(rep.results.map((r) => [r.name, summarize(r)]));
  const k = s.get(KHABAR);
  out.push(`### Speed and memory (${rep.pages.files.length} pages: ${rep.pages.counts.fixtures} from fixtures/, ${rep.pages.counts.readability} from corpus/readability, ${rep.pages.counts.snippets} from corpus/snippets; warm-up on 25 pages, then ${rep.passes} passes, the candidates taking turns of ${rep.chunk} pages)`);
  out.push("");
  out.push("| candidate | median ms/page | p90 ms/page | pages/s | peak RSS MB | median vs khabar | failed pages |");
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rep.results) {
    const x = s.get(r.name) as Summary;
    const ratio = k ? x.median / k.median : Number.NaN;
    const failed = r.failures / rep.passes;
    out.push(`| ${r.name}${r.from ? ` (${r.from})` : ""} | ${fmt(x.median)} | ${fmt(x.p90)} | ${fmt(x.pagesPerSecond)} | ${fmt(x.rssMb)} | ${r.name === KHABAR ? "1×" : `${fmt(ratio)}×`} | ${fmt(failed)} |`);
  }
  out.push("| @postlight/parser | not run | | | | | |");
  out.push("");
  out.push(`Machine: ${rep.machine}. Each candidate runs in its own process (peak RSS = process.resourceUsage().maxRSS, so it includes Node itself, ~40 MB). "median vs khabar" > 1 means slower than khabar.`);
  out.push("@postlight/parser could not be installed here (it depends on a git URL and this machine reaches only the npm registry); for reference, the corpus README's published accuracy for it: main-text F 0.831 on the snippets, page-date F 0.702.");
  for (const r of rep.results) out.push(`- ${r.name}: ${r.note}`);

  out.push("");
  out.push("### Quotes, CLI, scaling");
  out.push("");
  if (rep.quotes) {
    const q = rep.quotes;
    out.push(q.ok ? `- Quotes: ${fmt(q.mbPerSecond)} MB/s on one core (${q.texts} PolNeAR dev texts, ${fmt(q.megabytes)} MB UTF-8 in ${fmt(q.seconds)} s, ${q.quotes} quotes; ${q.note})` : `- Quotes: not measured (${q.note})`);
  }
  if (rep.cli) {
    const c = rep.cli;
    out.push(c.ok ? `- CLI: ${c.pages} corpus pages in ${fmt(c.seconds1)} s with --workers 1, ${fmt(c.seconds2)} s with --workers 2: speed-up ×${fmt(c.speedup)} (${c.note})` : `- CLI: not measured (${c.note})`);
  }
  let worstGrowth = 0;
  if (rep.scaling) {
    out.push("");
    out.push("| input | sizes (1× / 2× / 4×) | ms at 1× / 2× / 4× | time ratio 2× | time ratio 4× |");
    out.push("| --- | --- | --- | ---: | ---: |");
    for (const row of rep.scaling) {
      const [a, b, c] = row.ms as [number, number, number];
      worstGrowth = Math.max(worstGrowth, c / a);
      out.push(`| ${row.shape} | ${row.sizes.join(" / ")} | ${row.ms.map((m) => fmt(m)).join(" / ")} | ${fmt(b / a)} | ${fmt(c / a)} |`);
    }
  }

  out.push("");
  out.push("### Targets (issue 7)");
  out.push("");
  const floor = s.get(FLOOR);
  const jsdom = s.get("Readability + jsdom");
  const kResult = rep.results.find((r) => r.name === KHABAR);
  const floorResult = rep.results.find((r) => r.name === FLOOR);
  if (k && floor && kResult && floorResult) {
    const byPass = rep.passes > 1 ? ` (each pass alone: ${ratiosByPass(kResult, floorResult, rep.passes).map((x) => `${fmt(x)}×`).join(", ")}; page by page, same round: median ${fmt(pairedRatio(kResult, floorResult))}×)` : "";
    out.push(`- parse median at most ${TARGETS.maxRatioToFloor}× the cheerio/slim floor: ${fmt(k.median / floor.median)}×${byPass} — ${verdict(k.median / floor.median <= TARGETS.maxRatioToFloor)}`);
  }
  if (k && jsdom) out.push(`- at least ${TARGETS.minSpeedupOverJsdom}× faster than Readability on jsdom: ${fmt(jsdom.median / k.median)}× — ${verdict(jsdom.median / k.median >= TARGETS.minSpeedupOverJsdom)}`);
  if (k) out.push(`- peak RSS at most ${TARGETS.maxRssMb} MB: ${fmt(k.rssMb)} MB — ${verdict(k.rssMb <= TARGETS.maxRssMb)}`);
  if (rep.quotes?.ok) out.push(`- quotes at least ${TARGETS.minQuotesMbPerSecond} MB/s: ${fmt(rep.quotes.mbPerSecond)} MB/s — ${verdict(rep.quotes.mbPerSecond >= TARGETS.minQuotesMbPerSecond)}`);
  if (rep.scaling) out.push(`- 4× the input takes about 4× the time (≤ ${TARGETS.maxGrowthAt4x}×): worst ${fmt(worstGrowth)}× — ${verdict(worstGrowth <= TARGETS.maxGrowthAt4x)}`);
  out.push("");
  out.push(`(bench took ${fmt(rep.seconds)} s)`);
  console.log(out.join("\n"));
}
