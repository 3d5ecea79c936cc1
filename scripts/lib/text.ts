/**
 * Text helpers shared by the accuracy scripts: normalising for comparison, tokenising, token F1.
 * Scoring rules only: nothing here uses the parser under test.
 */
import { load } from "cheerio/slim";

/** NFKC, curly quotes made straight, runs of white space made one space, trimmed, lower case. */
export function norm(s: string): string {
  return s.normalize("NFKC").replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"').replace(/\s+/gu, " ").trim().toLowerCase();
}

/** Tokens: runs of letters and digits (\p{L}\p{N}), so Arabic and every other script count. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of the token multiset `pred` against `gold` (1 when both are empty). */
export function tokenF1(pred: string[], gold: string[]): number {
  if (pred.length === 0 && gold.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of gold) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / pred.length;
  const r = common / gold.length;
  return (2 * p * r) / (p + r);
}

/**
 * The text of an expected.html (Readability's output, small and shallow), as the content script
 * has always read it: cheerio's text of the whole document.
 */
export function htmlText(html: string): string {
  return load(html).root().text();
}
