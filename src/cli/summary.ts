import type { RecordErrorCode } from "./records.js";

/** Counts of a finished batch. */
export interface BatchCounts {
  records: number;
  failed: number;
  byCode: Partial<Record<RecordErrorCode, number>>;
  seconds: number;
  workers: number;
}

/**
 * The summary line of a batch on stderr, e.g.
 * `khabar: 7 records, 4 parsed, 3 failed (invalid-json 1, missing-html 2) in 0.41 s (17.1 records/s, 2 workers)`.
 */
export function summaryLine(counts: BatchCounts): string {
  const parsed = counts.records - counts.failed;
  const codes = Object.entries(counts.byCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  const failed = counts.failed > 0 ? `, ${counts.failed} failed (${codes})` : ", 0 failed";
  const rate = counts.seconds > 0 ? counts.records / counts.seconds : 0;
  const workers = counts.workers === 1 ? "1 worker" : `${counts.workers} workers`;
  const records = counts.records === 1 ? "1 record" : `${counts.records} records`;
  return `khabar: ${records}, ${parsed} parsed${failed} in ${counts.seconds.toFixed(2)} s (${rate.toFixed(1)} records/s, ${workers})`;
}
