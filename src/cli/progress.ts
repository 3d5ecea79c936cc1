import type { Meter } from "./sources.js";

/** Where the bar is drawn: a TTY stream (stderr). */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

/** How often the bar is redrawn, at most (ms): often enough to look live, rarely enough to cost nothing. */
const REDRAW_MS = 100;
const BAR_WIDTH = 20;
/** Narrower than this, a reported terminal width is not believed. */
const MIN_COLUMNS = 20;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * The progress line: bar and percentage when the size of the batch is known (records for folders,
 * bytes for JSONL files), then records done, rate, ETA and failures.
 */
export function progressLine(done: number, failed: number, seconds: number, meter: Meter, columns = 80): string {
  const rate = seconds > 0 ? done / seconds : 0;
  let fraction: number | null = null;
  if (meter.records !== null) fraction = meter.records > 0 ? done / meter.records : 1;
  else if (meter.bytes !== null) fraction = meter.bytes > 0 ? meter.bytesRead / meter.bytes : 1;
  const parts: string[] = [];
  if (fraction !== null) {
    const f = Math.min(Math.max(fraction, 0), 1);
    const filled = Math.round(f * BAR_WIDTH);
    parts.push(`[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.floor(f * 100)}%`);
  }
  parts.push(meter.records !== null ? `${done}/${meter.records} records` : `${done} records`);
  parts.push(`${rate.toFixed(1)}/s`);
  if (fraction !== null && fraction > 0) parts.push(`ETA ${clock((seconds / fraction) * (1 - fraction))}`);
  if (failed > 0) parts.push(`${failed} failed`);
  const line = parts.join(" · ");
  // A pseudo-terminal may report 0 columns: then assume the usual 80.
  const width = columns >= MIN_COLUMNS ? columns : 80;
  return line.length > width - 1 ? line.slice(0, width - 1) : line;
}

/** A progress bar on one stderr line, redrawn in place; a no-op when disabled. */
export class Progress {
  private last = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly meter: Meter,
    private readonly started: number,
    private readonly now: () => number,
  ) {}

  /** Redraws the bar, at most every REDRAW_MS unless `force`. */
  update(done: number, failed: number, force = false): void {
    if (!this.stream) return;
    const now = this.now();
    if (!force && now - this.last < REDRAW_MS) return;
    this.last = now;
    const line = progressLine(done, failed, (now - this.started) / 1000, this.meter, this.stream.columns ?? 80);
    this.stream.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Clears the bar so the summary prints on a clean line. */
  clear(): void {
    if (this.stream && this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
