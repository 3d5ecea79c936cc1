/**
 * Growth of parse() time with input size: one real page with its body repeated 1×, 2×, 4×, and the
 * hostile shapes of issue 8 (paragraphs, nesting depth, a long line, quote marks, a 10 MB page) at
 * n, 2n, 4n. Linear code shows ratios near 1 : 2 : 4. Runs in a benchmark child.
 */
import { readFileSync } from "node:fs";
import { loadKhabar } from "./candidates.js";
import { quoteExtractor } from "./quotes.js";
import { median } from "./stats.js";

export interface ScalingRow {
  shape: string;
  sizes: string[];
  ms: number[];
}

type Make = (k: number) => string;

/** The page with the inside of its <body> repeated `k` times, and the size of that inside. */
function repeatBody(page: string): { make: Make; bodyBytes: number } {
  const open = /<body[^>]{0,500}>/i.exec(page);
  const close = page.toLowerCase().lastIndexOf("</body>");
  if (!open || close < open.index) return { make: (k) => page.repeat(k), bodyBytes: Buffer.byteLength(page) };
  const start = open.index + open[0].length;
  const head = page.slice(0, start);
  const body = page.slice(start, close);
  const tail = page.slice(close);
  return { make: (k) => head + body.repeat(k) + tail, bodyBytes: Buffer.byteLength(body) };
}

const WORDS = "The minister said on Tuesday that the talks would resume next week in Baghdad. وقال الوزير إن المحادثات ستستأنف الأسبوع المقبل ";

/** A shape: `make(n)` builds the input of size n (in `unit`); sizes are base, 2·base, 4·base. */
interface Shape {
  shape: string;
  unit: string;
  base: number;
  make: Make;
  quotes?: boolean;
}

const textParagraphs: Make = (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the story goes here.`).join("\n\n");

function shapes(page: string): Shape[] {
  const { make: body, bodyBytes } = repeatBody(page);
  const tenMbK = Math.max(1, Math.round(10e6 / bodyBytes / 4));
  const mark = '"a" «ب» “c” ';
  return [
    { shape: "real page, body repeated", unit: "kB", base: 1, make: body },
    { shape: "page grown to ~10 MB at 4×", unit: "MB", base: tenMbK, make: body },
    { shape: "paragraphs (<p>), 100,000 at 4×", unit: "paragraphs", base: 25_000, make: (n) => `<html><body><article>${`<p>${WORDS.slice(0, 60)}</p>`.repeat(n)}</article></body></html>` },
    { shape: "nesting depth (<div>), 100,000 at 4×", unit: "deep", base: 25_000, make: (n) => `<html><body>${"<div>".repeat(n)}<p>${WORDS}</p>${"</div>".repeat(n)}</body></html>` },
    { shape: "one line of text, 1,000,000 chars at 4×", unit: "chars", base: 250_000, make: (n) => WORDS.repeat(Math.ceil(n / WORDS.length)).slice(0, n) },
    { shape: "quote marks, 100,000 at 4×", unit: "marks", base: 25_000, make: (n) => `He said ${mark.repeat(Math.ceil(n / 6))}.`, quotes: true },
    // Paragraphs without quote marks: each paragraph's mark scan must stop at the paragraph's end.
    { shape: "text paragraphs, 100,000 at 4×", unit: "paragraphs", base: 25_000, make: textParagraphs, quotes: true },
  ];
}

function sizeLabel(s: Shape, n: number, input: string): string {
  if (s.unit === "kB") return `${Math.round(Buffer.byteLength(input) / 1e3)} kB`;
  if (s.unit === "MB") return `${(Buffer.byteLength(input) / 1e6).toFixed(1)} MB`;
  return `${n.toLocaleString("en")} ${s.unit}`;
}

/** Each size is timed at least this often, and more while its 4× input takes under ROW_BUDGET_MS in all. */
const MIN_RUNS = 5;
const MAX_RUNS = 25;
const ROW_BUDGET_MS = 2500;

/**
 * Median ms of `fn` on each input. The sizes take turns (1×, 2×, 4×, 1×, …), so a collection or a
 * busy moment on the machine falls on every size alike rather than on whichever size ran then.
 * Short inputs get more runs, up to MAX_RUNS: their times are short and noisy.
 */
function timeSizes(fn: (input: string) => unknown, inputs: string[]): number[] {
  let largest = 0;
  for (const input of inputs) {
    // warm-up at every size; the largest one's time sets the number of runs
    const t = performance.now();
    fn(input);
    largest = performance.now() - t;
  }
  const runs = Math.min(MAX_RUNS, Math.max(MIN_RUNS, Math.round(ROW_BUDGET_MS / Math.max(largest, 1))));
  const ms = inputs.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    inputs.forEach((input, i) => {
      const t = performance.now();
      fn(input);
      ms[i]!.push(performance.now() - t);
    });
  }
  return ms.map((m) => median(m));
}

/** Times parse() (and extractQuotes for the quote-mark shape) at 1×, 2×, 4× of each shape. */
export async function runScaling(pageFile: string, fromSrc: boolean): Promise<ScalingRow[]> {
  const { mod } = await loadKhabar(fromSrc);
  const parse = mod.parse as (input: string) => unknown;
  const extractQuotes = (await quoteExtractor(fromSrc)).fn;
  const page = readFileSync(pageFile, "utf8");
  const rows: ScalingRow[] = [];
  for (const s of shapes(page)) {
    const ns = [1, 2, 4].map((f) => s.base * f);
    const inputs = ns.map((n) => s.make(n));
    const sizes = inputs.map((input, i) => sizeLabel(s, ns[i]!, input));
    rows.push({ shape: `parse(): ${s.shape}`, sizes, ms: timeSizes(parse, inputs) });
    if (s.quotes && extractQuotes) rows.push({ shape: `extractQuotes(): ${s.shape}`, sizes, ms: timeSizes(extractQuotes, inputs) });
  }
  return rows;
}
