/**
 * Quote extraction throughput: extractQuotes() over the PolNeAR dev texts, in MB (UTF-8) per second on
 * one core. Runs in a benchmark child.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadKhabar } from "./candidates.js";
import { ROOT } from "./pages.js";

export interface QuotesResult {
  ok: boolean;
  note: string;
  texts: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  quotes: number;
}

/** extractQuotes from the build, else from src/quotes through tsx; null when neither has it. */
export async function quoteExtractor(fromSrc: boolean): Promise<{ fn: ((text: string) => unknown[]) | null; from: string }> {
  const { mod, from } = await loadKhabar(fromSrc);
  if (typeof mod.extractQuotes === "function") return { fn: mod.extractQuotes as (t: string) => unknown[], from };
  const src = join(ROOT, "src", "quotes", "index.ts");
  if (!existsSync(src)) return { fn: null, from: "" };
  const q = (await import(pathToFileURL(src).href)) as { extractQuotes?: (t: string) => unknown[] };
  return { fn: q.extractQuotes ?? null, from: "src/quotes (tsx; not exported from the build yet)" };
}

/** Times extractQuotes over the texts of a PolNeAR .jsonl file (warm-up on the first texts, then one timed pass). */
export async function runQuotes(file: string, fromSrc: boolean, maxTexts: number): Promise<QuotesResult> {
  const empty = { texts: 0, megabytes: 0, seconds: 0, mbPerSecond: 0, quotes: 0 };
  if (!existsSync(file)) return { ok: false, note: `no ${file}`, ...empty };
  const { fn, from } = await quoteExtractor(fromSrc);
  if (!fn) return { ok: false, note: "extractQuotes is not available", ...empty };
  const texts = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, maxTexts)
    .map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ""));
  for (const t of texts.slice(0, 10)) fn(t);
  let quotes = 0;
  const start = performance.now();
  for (const t of texts) quotes += fn(t).length;
  const seconds = (performance.now() - start) / 1000;
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  return { ok: true, note: `extractQuotes from ${from}`, texts: texts.length, megabytes, seconds, mbPerSecond: megabytes / seconds, quotes };
}
