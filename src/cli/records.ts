/**
 * The units of work of a batch and what comes back from each. Tasks and outcomes cross the worker
 * boundary, so they are plain, structured-cloneable data.
 */

/** How a record is rendered in the output. */
export type OutputFormat = "json" | "markdown" | "text";

/** Per-run settings every task is parsed with. */
export interface TaskSettings {
  output: OutputFormat;
  quotes: boolean;
  charset?: string;
  /** Force the reader (`html` or `text`) instead of sniffing. */
  inputFormat?: "html" | "text";
  language?: string;
}

/**
 * One record to parse. `source` names where it came from (a file path, or `file.jsonl:LINE`).
 * - `file`: a page on disk, read by whoever runs the task (a worker reads it itself).
 * - `line`: one raw JSONL line `{url, html}`, checked and parsed by whoever runs the task.
 * - `unreadable`: an input that broke off while being read (a truncated gzip, an I/O error).
 */
export type Task =
  | { kind: "file"; source: string; path: string }
  | { kind: "line"; source: string; line: string }
  | { kind: "unreadable"; source: string; message: string };

/** Codes of per-record errors in the batch output. */
export type RecordErrorCode =
  | "invalid-json"
  | "invalid-record"
  | "missing-html"
  | "invalid-html"
  | "read-failed"
  | "parse-failed"
  | "worker-failed"
  | "timeout";

/** What a task gives back: the output line (JSON, no newline) and, on failure, the error code. */
export interface Outcome {
  line: string;
  error: RecordErrorCode | null;
}

/** A failed record's line: `{source, url, error: {code, message}}`. */
export function failure(source: string, url: string | null, code: RecordErrorCode, message: string): Outcome {
  return { line: JSON.stringify({ source, url, error: { code, message } }), error: code };
}
