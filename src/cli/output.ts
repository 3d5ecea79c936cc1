import { createWriteStream, openSync } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { UsageError } from "./usage.js";

/** A line writer that waits when the stream is full, so a fast batch never piles output in memory. */
export interface LineWriter {
  write(line: string): Promise<void>;
  end(): Promise<void>;
}

/**
 * Opens the batch output: `path`, created or truncated now (so a bad path is a usage error before
 * anything is parsed), or `stdout` when path is null.
 */
export function openOutput(path: string | null, stdout: Writable): LineWriter {
  let stream: Writable = stdout;
  if (path !== null) {
    let fd: number;
    try {
      fd = openSync(path, "w");
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
    stream = createWriteStream("", { fd });
  }
  return {
    async write(line) {
      if (!stream.write(`${line}\n`)) await once(stream, "drain");
    },
    async end() {
      if (stream === stdout) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}
