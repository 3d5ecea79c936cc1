/**
 * Per-field tallies of verdicts (right, justified, wrong), with the misses kept for --verbose.
 */
import type { Verdict } from "./metadata-rules.js";

/** The counts of one field. */
export interface Tally {
  right: number;
  justified: number;
  total: number;
}

/** Tallies by field, in the order fields were first scored. */
export class FieldTallies {
  readonly tallies = new Map<string, Tally>();
  readonly misses: string[] = [];

  /** Counts one verdict; a verdict other than right is kept with `detail`. */
  score(field: string, page: string, verdict: Verdict, detail: string): void {
    let t = this.tallies.get(field);
    if (!t) this.tallies.set(field, (t = { right: 0, justified: 0, total: 0 }));
    t.total++;
    if (verdict === "right") t.right++;
    if (verdict === "justified") t.justified++;
    if (verdict !== "right") this.misses.push(`${verdict.padEnd(9)} ${field.padEnd(13)} ${page.padEnd(40)} ${detail}`);
  }
}

/** "96.1% (122/127)". */
export function percent(n: number, total: number): string {
  return total ? `${((100 * n) / total).toFixed(1)}% (${n}/${total})` : "–";
}
