import { readFileSync } from "node:fs";
import { failure, type Outcome, type Task, type TaskSettings } from "./records.js";
import { pageRecord, parsePage } from "./page.js";
import { describeValue, errorMessage } from "./describe.js";

/** `.txt` files are read as plain text; other files are sniffed by the library. */
function formatOfPath(path: string): "text" | undefined {
  return /\.txt$/i.test(path) ? "text" : undefined;
}

function runFile(task: Extract<Task, { kind: "file" }>, settings: TaskSettings): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(task.path);
  } catch (error) {
    return failure(task.source, null, "read-failed", errorMessage(error));
  }
  const parsed = parsePage(bytes, settings, null, formatOfPath(task.path));
  if (!parsed.ok) return failure(task.source, null, "parse-failed", parsed.message);
  return { line: JSON.stringify(pageRecord(task.source, null, parsed.page, settings.output)), error: null };
}

function runLine(task: Extract<Task, { kind: "line" }>, settings: TaskSettings): Outcome {
  let record: unknown;
  try {
    record = JSON.parse(task.line);
  } catch (error) {
    return failure(task.source, null, "invalid-json", errorMessage(error));
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return failure(task.source, null, "invalid-record", `a record must be an object {url, html}, got ${describeValue(record)}`);
  }
  const { url: rawUrl, html } = record as { url?: unknown; html?: unknown };
  const url = typeof rawUrl === "string" && rawUrl.trim() !== "" ? rawUrl.trim() : null;
  if (html === undefined || html === null) return failure(task.source, url, "missing-html", "the record has no html");
  if (typeof html !== "string") {
    return failure(task.source, url, "invalid-html", `html must be a string, got ${describeValue(html)}`);
  }
  const parsed = parsePage(html, settings, url);
  if (!parsed.ok) return failure(task.source, url, "parse-failed", parsed.message);
  return { line: JSON.stringify(pageRecord(task.source, url, parsed.page, settings.output)), error: null };
}

/**
 * Runs one batch task: reads the page or checks the JSONL record, parses it, and renders its output
 * line. Never throws: every failure becomes an `{source, url, error}` line.
 */
export function runTask(task: Task, settings: TaskSettings): Outcome {
  try {
    if (task.kind === "file") return runFile(task, settings);
    if (task.kind === "line") return runLine(task, settings);
    return failure(task.source, null, "read-failed", task.message);
  } catch (error) {
    return failure(task.source, null, "parse-failed", errorMessage(error));
  }
}
