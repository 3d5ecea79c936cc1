import { createReadStream, statSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import type { Task } from "./records.js";
import { UsageError } from "./usage.js";
import { listPages } from "./walk.js";
import { errorMessage } from "./describe.js";

/** Files read as JSONL scraper dumps (one `{url, html}` per line), optionally gzipped. */
const JSONL_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/** How far a batch has read, for the progress bar. */
export interface Meter {
  /** Records in all inputs when known up front (folders and page files only). */
  records: number | null;
  /** Bytes of the inputs when every input is a JSONL file; null otherwise. */
  bytes: number | null;
  /** Bytes of the JSONL inputs read so far. */
  bytesRead: number;
}

type Input =
  | { kind: "pages"; paths: string[] }
  | { kind: "jsonl"; path: string; size: number; gzip: boolean }
  | { kind: "stdin" };

/** The planned inputs of a batch, checked before anything is parsed. */
export interface Plan {
  inputs: Input[];
  meter: Meter;
}

function statOrFail(path: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(`no such file or folder: ${path}`);
  }
}

/**
 * Checks the batch inputs (a folder, a page file, a JSONL file or `-` for JSONL on stdin) and lists
 * folder pages. Throws UsageError for a missing path, so that nothing is parsed on a typo.
 */
export function planInputs(args: readonly string[]): Plan {
  const inputs: Input[] = [];
  let records: number | null = 0;
  let bytes: number | null = 0;
  let stdin = false;
  for (const arg of args) {
    if (arg === "-") {
      if (stdin) throw new UsageError("stdin (-) can be given only once");
      stdin = true;
      inputs.push({ kind: "stdin" });
      records = null;
      bytes = null;
      continue;
    }
    const stats = statOrFail(arg);
    if (stats.isDirectory()) {
      const paths = listPages(arg);
      inputs.push({ kind: "pages", paths });
      if (records !== null) records += paths.length;
    } else if (JSONL_FILE.test(arg)) {
      inputs.push({ kind: "jsonl", path: arg, size: stats.size, gzip: /\.gz$/i.test(arg) });
      records = null;
      if (bytes !== null) bytes += stats.size;
    } else {
      inputs.push({ kind: "pages", paths: [arg] });
      if (records !== null) records += 1;
    }
  }
  // Bytes measure progress only when every input is a JSONL file: mixed with pages, neither unit covers all.
  const onlyJsonl = inputs.every((input) => input.kind === "jsonl");
  return { inputs, meter: { records, bytes: onlyJsonl ? bytes : null, bytesRead: 0 } };
}

async function* jsonlTasks(stream: Readable, name: string, counted: Readable | null, meter: Meter): AsyncGenerator<Task> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  let before = 0;
  try {
    for await (const line of lines) {
      number++;
      if (counted) {
        const read = (counted as Readable & { bytesRead?: number }).bytesRead ?? 0;
        meter.bytesRead += read - before;
        before = read;
      }
      if (line.trim() === "") continue;
      yield { kind: "line", source: `${name}:${number}`, line };
    }
  } catch (error) {
    // A gzip that breaks off or a read error: one failed record, then the batch goes on.
    yield { kind: "unreadable", source: `${name}:${number + 1}`, message: errorMessage(error) };
  }
}

/**
 * The tasks of a plan, in input order: folder pages in sorted order, JSONL records line by line
 * (streamed, never the whole file in memory).
 */
export async function* planTasks(plan: Plan, stdin: Readable): AsyncGenerator<Task> {
  for (const input of plan.inputs) {
    if (input.kind === "pages") {
      for (const path of input.paths) yield { kind: "file", source: path, path: resolve(path) };
    } else if (input.kind === "stdin") {
      yield* jsonlTasks(stdin, "stdin", null, plan.meter);
    } else {
      const file = createReadStream(input.path);
      const stream = input.gzip ? file.pipe(createGunzip()) : file;
      file.on("error", (error) => stream.destroy(error));
      yield* jsonlTasks(stream, input.path, file, plan.meter);
    }
  }
}
