/**
 * The worker-thread entry of `khabar parse --workers N` (built as dist/cli-worker.js and loaded by
 * tinypool): runs one task and returns its outcome.
 */
import { runTask } from "./task.js";
import type { Outcome, Task, TaskSettings } from "./records.js";

/** Runs one batch task in a worker thread. */
export default function work(payload: { task: Task; settings: TaskSettings }): Outcome {
  return runTask(payload.task, payload.settings);
}
