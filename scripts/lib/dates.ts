/**
 * Page-date scoring shared by the accuracy scripts (../shared/corpus/README.md, "Scoring page dates"):
 * the right day is a true positive, another day a false positive, no date a false negative;
 * P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN). The day is compared as the page states it,
 * in the page's own offset (the first ten characters of the ISO string), never converted to UTC.
 */

/** The day of an ISO 8601 date or date-time as written ("2021-11-01T10:52:50+0100" → "2021-11-01"). */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** True when both are given and name the same day as written. */
export function sameDay(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && isoDay(a) === isoDay(b);
}

/** How one page's date scores. */
export type DateOutcome = "TP" | "FP" | "FN";

/** Scores one page: `got` is the ISO date found (or null), `want` the expected day. */
export function dateOutcome(got: string | null | undefined, want: string): DateOutcome {
  if (!got) return "FN";
  return isoDay(got) === isoDay(want) ? "TP" : "FP";
}

/** Counts of outcomes and the P / R / F they give. */
export interface DateScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F (F = 2TP/(2TP+FP+FN)); 0 when nothing was counted. */
export function prf(s: DateScore): { p: number; r: number; f: number } {
  return {
    p: s.tp / (s.tp + s.fp || 1),
    r: s.tp / (s.tp + s.fn || 1),
    f: (2 * s.tp) / (2 * s.tp + s.fp + s.fn || 1),
  };
}

/** htmldate 1.10 (extensive mode) on ../shared/corpus/dates, as the corpus README gives it. */
export const HTMLDATE_REFERENCE = "htmldate 1.10 extensive: P .937 R .995 F .965";
