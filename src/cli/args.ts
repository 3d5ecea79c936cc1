import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { OutputFormat, TaskSettings } from "./records.js";
import { UsageError } from "./usage.js";
import type { BatchOptions } from "./batch.js";

/** What the command line asks for. */
export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "schema"; quotes: boolean; pretty: boolean }
  | { kind: "page"; input: string; url: string | null; pretty: boolean; settings: TaskSettings }
  | ({ kind: "batch" } & BatchOptions);

/** Every option of the command; `--help` lists the same. */
export const OPTIONS = {
  format: { type: "string", short: "f" },
  quotes: { type: "boolean" },
  url: { type: "string" },
  charset: { type: "string" },
  "read-as": { type: "string" },
  language: { type: "string" },
  pretty: { type: "boolean" },
  out: { type: "string", short: "o" },
  workers: { type: "string", short: "w" },
  timeout: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Most worker threads `--workers` accepts. */
const MAX_WORKERS = 256;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean };

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
}

// Counts and durations on the command line are ASCII numerals (Number() reads no other digits).
const WHOLE = /^[0-9]{1,4}$/;
const DECIMAL = /^[0-9]{1,6}(?:\.[0-9]{1,3})?$/;

/**
 * Cores left out of the default thread count. A thread that parses keeps more than one core busy:
 * V8 collects garbage and compiles on threads of its own (one parsing thread used about 1.4 cores'
 * worth of CPU over 200–600 corpus pages), so one thread per core made a 2-core machine slower than
 * one thread alone (200 pages: 3.7–4.1 s on 2 threads against 2.5–2.9 s on 1; 600 pages: 6.1–6.3 s
 * against 5.9–6.1 s; measured on the 2-core build machine).
 */
const CORES_KEPT = 1;

/** `--workers`, or by default one thread per core but {@link CORES_KEPT} (at least one). */
export function workerCount(value: string | undefined, cores: number = availableParallelism()): number {
  if (value === undefined) return Math.max(1, cores - CORES_KEPT);
  if (!WHOLE.test(value) || Number(value) < 1 || Number(value) > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got "${value}"`);
  }
  return Number(value);
}

function timeLimit(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!DECIMAL.test(value) || Number(value) <= 0) {
    throw new UsageError(`--timeout must be a number of seconds above 0, got "${value}"`);
  }
  return Number(value);
}

function refuse(values: Values, names: readonly (keyof Values)[], where: string): void {
  for (const name of names) {
    if (values[name] !== undefined) throw new UsageError(`--${name} cannot be used with ${where}`);
  }
}

function settingsOf(values: Values): TaskSettings {
  const settings: TaskSettings = {
    output: oneOf<OutputFormat>("format", values.format, ["json", "markdown", "text"]) ?? "json",
    quotes: values.quotes === true,
  };
  const readAs = oneOf("read-as", values["read-as"], ["html", "text"] as const);
  if (readAs) settings.inputFormat = readAs;
  if (values.charset) settings.charset = values.charset;
  if (values.language) settings.language = values.language;
  return settings;
}

/** Turns Node's parseArgs errors into one line without its advice paragraph. */
function parse(argv: readonly string[]): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s/)[0]?.replace(/\.$/, "") ?? message);
  }
}

/**
 * Reads the command line (without `node` and the script): `khabar FILE|-`, `khabar parse INPUT...`,
 * `khabar schema`. Throws UsageError on unknown options, bad values and misplaced options.
 */
export function readCommand(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [first, ...rest] = positionals;
  if (first === undefined) throw new UsageError("give a page file, - for stdin, or a command (see khabar --help)");
  if (first === "schema") {
    if (rest.length > 0) throw new UsageError(`khabar schema takes no file, got "${rest[0]}"`);
    refuse(values, ["format", "url", "charset", "read-as", "language", "out", "workers", "timeout"], "khabar schema");
    return { kind: "schema", quotes: values.quotes === true, pretty: true };
  }
  if (first === "parse") {
    if (rest.length === 0) throw new UsageError("khabar parse needs a folder, a .jsonl file or - (see khabar --help)");
    refuse(values, ["url"], "khabar parse: each JSONL record carries its own url");
    refuse(values, ["pretty"], "khabar parse: its output is one JSON line per record");
    return {
      kind: "batch",
      inputs: rest,
      out: values.out ?? null,
      workers: workerCount(values.workers),
      timeout: timeLimit(values.timeout),
      quiet: values.quiet === true,
      settings: settingsOf(values),
    };
  }
  if (rest.length > 0) throw new UsageError(`one page at a time; for many, use khabar parse ${positionals.join(" ")}`);
  refuse(values, ["out", "workers", "timeout"], "one page (it belongs to khabar parse)");
  return { kind: "page", input: first, url: values.url ?? null, pretty: values.pretty === true, settings: settingsOf(values) };
}
