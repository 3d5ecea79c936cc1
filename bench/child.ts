/**
 * The parent's handle on a benchmark child process. The child runs bench/worker.ts bundled once
 * by esbuild into `.bench/worker.mjs` and started with plain `node`, so its peak RSS is the
 * candidate's and Node's, not the TypeScript loader's (tsx adds about 30 MB to every process).
 * With `--src` the child runs through tsx instead, which khabar's src/ needs.
 */
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { ROOT } from "./pages.js";
import type { Request } from "./worker.js";

/** The bundle sits one folder under the repository root, where bench/pages.ts's ROOT still resolves. */
const BUNDLE = join(ROOT, ".bench", "worker.mjs");
let bundled = false;

function workerBundle(): string {
  if (!bundled) {
    // Packages stay imports (resolved from the repository's node_modules); only bench/ and scripts/lib are bundled.
    buildSync({ entryPoints: [join(ROOT, "bench", "worker.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: BUNDLE, logLevel: "warning" });
    bundled = true;
  }
  return BUNDLE;
}

export class BenchChild {
  private readonly proc: ChildProcess;
  private pending: ((message: Record<string, unknown>) => void) | null = null;

  constructor(fromSrc = false) {
    const limits = ["--max-old-space-size=2048", "--stack-size=984"];
    this.proc = fromSrc
      ? fork(join(ROOT, "bench", "worker.ts"), [], { execArgv: ["--import", "tsx", ...limits], stdio: ["ignore", "inherit", "inherit", "ipc"] })
      : fork(workerBundle(), [], { execArgv: limits, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.proc.on("message", (m) => {
      const done = this.pending;
      this.pending = null;
      done?.(m as Record<string, unknown>);
    });
    this.proc.on("exit", (code) => {
      const done = this.pending;
      this.pending = null;
      done?.({ type: "error", message: `the child exited with code ${code}` });
    });
  }

  /** Sends one request and waits for its answer; an `error` answer rejects. */
  request(req: Request): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.pending = (m) => (m.type === "error" ? reject(new Error(String(m.message))) : resolve(m));
      this.proc.send(req);
    });
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
