/** The parent's handle on a benchmark child process (bench/worker.ts run through tsx). */
import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./pages.js";
import type { Request } from "./worker.js";

export class BenchChild {
  private readonly proc: ChildProcess;
  private pending: ((message: Record<string, unknown>) => void) | null = null;

  constructor() {
    this.proc = fork(join(ROOT, "bench", "worker.ts"), [], {
      execArgv: ["--import", "tsx", "--max-old-space-size=2048", "--stack-size=984"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
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
