/**
 * The CLI's speed-up with 2 workers against 1: `node dist/cli.js parse DIR --workers N` over a folder of
 * corpus pages, each setting run twice in turn (1, 2, 1, 2), the faster run of each kept.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { ROOT } from "./pages.js";

export interface CliResult {
  ok: boolean;
  note: string;
  pages: number;
  seconds1: number;
  seconds2: number;
  speedup: number;
}

/** Runs the CLI over `files` (copied into a temporary folder) with 1 and 2 workers. */
export function runCliSpeed(files: readonly string[]): CliResult {
  const cli = join(ROOT, "dist", "cli.js");
  const none = { pages: 0, seconds1: 0, seconds2: 0, speedup: 0 };
  if (!existsSync(cli)) return { ok: false, note: "dist/cli.js does not exist (run npm run build)", ...none };
  const dir = mkdtempSync(join(tmpdir(), "khabar-bench-cli-"));
  try {
    files.forEach((f, i) => copyFileSync(f, join(dir, `${String(i).padStart(4, "0")}-${basename(dirname(f))}-${basename(f)}`)));
    const run = (workers: number): number => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, "parse", dir, "--workers", String(workers), "--quiet", "--out", "/dev/null"], { stdio: ["ignore", "ignore", "pipe"], timeout: 300_000 });
      const ms = performance.now() - t;
      if (r.status !== 0 && r.status !== 1) throw new Error(`cli exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
      return ms / 1000;
    };
    let one = Infinity;
    let two = Infinity;
    for (let i = 0; i < 2; i++) {
      one = Math.min(one, run(1));
      two = Math.min(two, run(2));
    }
    return { ok: true, note: `node dist/cli.js parse DIR --workers 1|2 --quiet --out /dev/null`, pages: files.length, seconds1: one, seconds2: two, speedup: one / two };
  } catch (error) {
    return { ok: false, note: String((error as Error).message).slice(0, 200), ...none };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
