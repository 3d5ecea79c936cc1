/** Small statistics over timings (milliseconds). */

/** The q-quantile (0..1) of `values` by nearest rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median of `values`. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** A number for a table: 3 significant digits, no exponent. */
export function fmt(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return "–";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(4, digits - Math.floor(Math.log10(abs)) - 1);
  return n.toFixed(decimals);
}
