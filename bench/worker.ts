/**
 * One benchmark child process: holds one candidate and the pages in memory and runs what the parent
 * asks (over IPC), so every candidate has its own heap and its own peak RSS. Network is cut off: a
 * candidate that tries to fetch fails its page.
 */
import { readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { CANDIDATES, loadKhabar, type Extract } from "./candidates.js";
import { runQuotes } from "./quotes.js";
import { runScaling } from "./scaling.js";

export type Request =
  | { type: "init"; candidate: string; files: string[]; fromSrc: boolean }
  | { type: "warmup" }
  | { type: "pass"; from: number; to: number }
  | { type: "quotes"; file: string; fromSrc: boolean; maxTexts: number }
  | { type: "scaling"; page: string; fromSrc: boolean }
  | { type: "finish" };

let fetches = 0;
globalThis.fetch = (() => {
  fetches++;
  return Promise.reject(new Error("network is off in the benchmark"));
}) as typeof fetch;

let extract: Extract | null = null;
/** Page files, read before each timed call (the OS caches them), so the heap holds one page at a time. */
let pages: { file: string; url: string }[] = [];

/** Pages run by the warm-up: enough for the JIT to settle, without a whole extra pass of the slow peers. */
const WARMUP_PAGES = 25;

/** Times pages `from` to `to` (exclusive) of the list, in order. */
async function pass(from: number, to: number): Promise<{ times: number[]; failures: number }> {
  const times: number[] = [];
  let failures = 0;
  for (const page of pages.slice(from, to)) {
    const html = readFileSync(page.file, "utf8");
    const t = performance.now();
    try {
      const out = (extract as Extract)(html, page.url);
      if (out instanceof Promise) await out;
      times.push(performance.now() - t);
    } catch {
      failures++;
      times.push(Number.NaN);
    }
  }
  return { times, failures };
}

const send = (message: unknown) => new Promise<void>((done) => (process.send as NonNullable<typeof process.send>)(message, () => done()));

process.on("message", (raw) => {
  void (async () => {
    const req = raw as Request;
    try {
      if (req.type === "init") {
        const candidate = CANDIDATES.find((c) => c.name === req.candidate);
        if (!candidate) throw new Error(`no candidate ${req.candidate}`);
        pages = req.files.map((f) => ({ file: f, url: `https://example.com/${basename(dirname(f))}/${basename(f)}` }));
        extract = await candidate.setup(req.fromSrc);
        const from = req.candidate === "khabar" ? (await loadKhabar(req.fromSrc)).from : "";
        await send({ type: "ready", from });
      } else if (req.type === "warmup") {
        await pass(0, WARMUP_PAGES);
        await send({ type: "warm" });
      } else if (req.type === "pass") {
        await send({ type: "times", ...(await pass(req.from, req.to)) });
      } else if (req.type === "quotes") {
        await send({ type: "quotes", ...(await runQuotes(req.file, req.fromSrc, req.maxTexts)) });
      } else if (req.type === "scaling") {
        await send({ type: "scaling", rows: await runScaling(req.page, req.fromSrc) });
      } else if (req.type === "finish") {
        await send({ type: "rss", maxRssKb: process.resourceUsage().maxRSS, fetches });
        process.exit(0);
      }
    } catch (error) {
      await send({ type: "error", message: String((error as Error)?.stack ?? error) });
    }
  })();
});
