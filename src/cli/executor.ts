import { failure, type Outcome, type Task, type TaskSettings } from "./records.js";
import { runTask } from "./task.js";
import { errorMessage } from "./describe.js";

/** Runs batch tasks, on this thread or on a pool of worker threads. */
export interface Executor {
  /** Worker threads in use; 1 when tasks run on this thread. */
  threads: number;
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** The built worker entry; it sits beside the built CLI (dist/cli.js, dist/cli-worker.js). */
const WORKER_FILE = new URL("./cli-worker.js", import.meta.url);

/** Runs every task on the calling thread (`--workers 1`): no thread start-up, no copying. */
export function inlineExecutor(settings: TaskSettings): Executor {
  return {
    threads: 1,
    run: async (task) => runTask(task, settings),
    close: async () => {},
  };
}

/**
 * Runs tasks on a tinypool of `threads` worker threads. A task whose worker dies (out of memory, a
 * crash) becomes a `worker-failed` record, one that runs past `timeout` seconds a `timeout` record
 * (tinypool stops its worker); tinypool replaces the worker and the batch goes on.
 * tinypool is loaded only here, so one-page runs never load it; if it cannot be loaded the batch
 * runs on this thread and `warn` says why.
 */
export async function poolExecutor(
  settings: TaskSettings,
  threads: number,
  timeout: number | null,
  warn: (message: string) => void,
): Promise<Executor> {
  let Tinypool: typeof import("tinypool").Tinypool;
  try {
    ({ Tinypool } = await import("tinypool"));
  } catch (error) {
    const limit = timeout === null ? "" : ", without a time limit";
    warn(`worker threads unavailable (${errorMessage(error)}); parsing on one thread${limit}`);
    return inlineExecutor(settings);
  }
  const pool = new Tinypool({
    filename: WORKER_FILE.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1_000,
  });
  return {
    threads,
    run: async (task) => {
      const signal = timeout === null ? null : AbortSignal.timeout(Math.ceil(timeout * 1000));
      try {
        return (await pool.run({ task, settings }, { signal })) as Outcome;
      } catch (error) {
        if (signal?.aborted) {
          return failure(task.source, null, "timeout", `took longer than ${timeout} s; its worker was stopped`);
        }
        return failure(task.source, null, "worker-failed", errorMessage(error));
      }
    },
    close: () => pool.destroy(),
  };
}
