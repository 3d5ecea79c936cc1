import type { Readable, Writable } from "node:stream";
import { performance } from "node:perf_hooks";
import { inlineExecutor, poolExecutor, type Executor } from "./executor.js";
import { runOrdered } from "./ordered.js";
import { openOutput } from "./output.js";
import { Progress, type ProgressStream } from "./progress.js";
import type { TaskSettings } from "./records.js";
import { planInputs, planTasks } from "./sources.js";
import { summaryLine, type BatchCounts } from "./summary.js";
import { EXIT } from "./usage.js";

/** What `khabar parse` runs on. */
export interface BatchOptions {
  inputs: string[];
  out: string | null;
  workers: number;
  /** Seconds a record may take before its worker is stopped; null for no limit. */
  timeout: number | null;
  quiet: boolean;
  settings: TaskSettings;
}

/** The streams of the process, passed in so the batch can be run from code and tests. */
export interface BatchIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

/** Tasks in flight per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Runs `khabar parse`: plans the inputs (usage errors before any work), parses every record on
 * `workers` threads (1 = this thread), writes one line per record in input order, draws progress on
 * a TTY and prints the summary. Returns the counts and the exit code (1 when any record failed).
 */
export async function runBatch(options: BatchOptions, io: BatchIo): Promise<{ code: number; counts: BatchCounts }> {
  const plan = planInputs(options.inputs);
  const writer = openOutput(options.out, io.stdout);
  const started = performance.now();
  const showProgress = !options.quiet && io.stderr.isTTY === true;
  const progress = new Progress(showProgress ? (io.stderr as ProgressStream) : null, plan.meter, started, () =>
    performance.now(),
  );
  // Threads only pay off when there is more than one record to share out; a time limit needs one
  // (a record can only be stopped by stopping its thread).
  const few = plan.meter.records !== null && plan.meter.records < 2;
  const threads = few ? 1 : options.workers;
  const warn = (message: string) => io.stderr.write(`khabar: ${message}\n`);
  const executor: Executor =
    threads > 1 || options.timeout !== null
      ? await poolExecutor(options.settings, threads, options.timeout, warn)
      : inlineExecutor(options.settings);
  const counts: BatchCounts = { records: 0, failed: 0, byCode: {}, seconds: 0, workers: executor.threads };
  try {
    await runOrdered(planTasks(plan, io.stdin), executor, executor.threads * IN_FLIGHT_PER_WORKER, async (outcome) => {
      counts.records++;
      if (outcome.error) {
        counts.failed++;
        counts.byCode[outcome.error] = (counts.byCode[outcome.error] ?? 0) + 1;
      }
      await writer.write(outcome.line);
      progress.update(counts.records, counts.failed);
    });
  } finally {
    await executor.close();
    progress.clear();
  }
  await writer.end();
  counts.seconds = (performance.now() - started) / 1000;
  if (!options.quiet) io.stderr.write(`${summaryLine(counts)}\n`);
  return { code: counts.failed > 0 ? EXIT.failed : EXIT.ok, counts };
}
