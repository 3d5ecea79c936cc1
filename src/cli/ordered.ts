import type { Executor } from "./executor.js";
import type { Outcome, Task } from "./records.js";

/** Lets at most `limit` calls run at once; the others wait their turn in call order. */
function limiter(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    // A finished job hands its slot straight to the next waiter, so `running` never overshoots.
    if (running < limit) running++;
    else await new Promise<void>((resume) => waiting.push(resume));
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Runs tasks and hands each outcome to `emit` in input order, however the workers finish: a task's
 * outcome waits for those before it. At most `window` tasks are read ahead (bounding memory on
 * inputs of any length), and at most one task per thread is handed to the executor at a time, so a
 * task's time limit counts from when it starts, not from when it was queued. `emit` may await
 * (backpressure from the output).
 */
export async function runOrdered(
  tasks: AsyncIterable<Task>,
  executor: Executor,
  window: number,
  emit: (outcome: Outcome) => Promise<void> | void,
): Promise<void> {
  const slot = limiter(executor.threads);
  const pending: Promise<Outcome>[] = [];
  for await (const task of tasks) {
    pending.push(slot(() => executor.run(task)));
    if (pending.length >= window) await emit(await (pending.shift() as Promise<Outcome>));
  }
  while (pending.length > 0) await emit(await (pending.shift() as Promise<Outcome>));
}
