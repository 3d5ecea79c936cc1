import { readFileSync, statSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import type { TaskSettings } from "./records.js";
import { parsePage, renderPage } from "./page.js";
import { EXIT, UsageError } from "./usage.js";

/** What `khabar FILE|-` runs on. */
export interface PageOptions {
  input: string;
  url: string | null;
  pretty: boolean;
  settings: TaskSettings;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function readPageFile(path: string): Uint8Array {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`no such file: ${path}`);
  }
  if (isDirectory) throw new UsageError(`${path} is a folder; use khabar parse ${path}`);
  if (/\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(path)) throw new UsageError(`${path} holds many records; use khabar parse ${path}`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

/**
 * Runs `khabar FILE|-`: reads one page (bytes, so the library decodes its charset), parses it and
 * prints it as JSON, markdown or text. Returns the exit code: 1 when the page fails to parse.
 */
export async function runPage(
  options: PageOptions,
  io: { stdin: Readable; stdout: Writable; stderr: Writable },
): Promise<number> {
  if (options.url !== null && !URL.canParse(options.url)) throw new UsageError(`--url is not a URL: "${options.url}"`);
  const bytes = options.input === "-" ? await readAll(io.stdin) : readPageFile(options.input);
  const inputFormat = /\.txt$/i.test(options.input) ? "text" : undefined;
  const parsed = parsePage(bytes, options.settings, options.url, inputFormat);
  if (!parsed.ok) {
    io.stderr.write(`khabar: ${options.input === "-" ? "stdin" : options.input}: parse-failed: ${parsed.message}\n`);
    return EXIT.failed;
  }
  io.stdout.write(renderPage(parsed.page, options.settings.output, options.pretty));
  return EXIT.ok;
}
