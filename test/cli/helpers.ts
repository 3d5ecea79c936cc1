import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The built command; CI builds before testing (`npm run build`). */
export const CLI = join(ROOT, "dist", "cli.js");
/** Why the subprocess tests are skipped, or null when dist/cli.js is there. */
export const SKIP_REASON = existsSync(CLI) ? null : "dist/cli.js is missing: run `npm run build` first";
/** The fixture folder of the CLI tests. */
export const PAGES = "fixtures/cli/pages";

/** What a run of the command gave. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in the project root, with `input` on stdin. */
export function khabar(args: readonly string[], input?: string | Buffer): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", fail);
    child.on("close", (code) =>
      done({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.on("error", () => {}); // the command may exit before reading stdin (usage errors)
    child.stdin.end(input ?? "");
  });
}

/** The JSON lines of a batch output. */
export function jsonLines(text: string): Record<string, any>[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** A fixture page's text. */
export function page(path: string): string {
  return readFileSync(join(ROOT, PAGES, path), "utf8");
}

/**
 * A JSONL scraper dump with good and bad records, one per line (line numbers in the comments):
 * 1 good Arabic HTML, 2 not JSON, 3 no html, 4 html a number, 5 blank (skipped), 6 an array,
 * 7 html null, 8 good Arabic text; CRLF line ends as some scrapers write them.
 */
export function mixedJsonl(): string {
  const lines = [
    JSON.stringify({ url: "https://arabic.cnn.com/2013/syria/11/9/syria.rebels", html: page("ar/cnnarabic-1.htm") }),
    '{"url": "https://example.com/cut", "html": "<p>cut off',
    JSON.stringify({ url: "https://example.com/no-html" }),
    JSON.stringify({ url: "https://example.com/number", html: 42 }),
    "",
    "[1, 2]",
    JSON.stringify({ url: "https://example.com/null", html: null }),
    JSON.stringify({ url: "https://elaph.com/Web/News/2023/01/1500000.html", html: page("ar/elaph-iraq-nato.txt") }),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** Writes `text` to a new temporary file named `name` and returns its path. */
export function tempFile(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "khabar-cli-")), name);
  writeFileSync(path, text);
  return path;
}
