/**
 * Whitespace as the regex `\s` sees it, tested per UTF-16 code unit without a regex. Counting
 * needs no copy of the string; collapsing whitespace is left to the regex engine, which measured
 * faster than a loop over code units.
 */
import { codeUnitAt } from "./code-units.js";

/** Whether a UTF-16 code unit is one that `\s` matches (ASCII whitespace, NBSP, Unicode spaces, line separators, BOM). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `text[start, end)` (by default the whole text) holds anything but whitespace
 * (`/\S/u.test(text)`), read code unit by code unit. Most text nodes of a page are the indentation
 * between tags ("\n    "): a regex call on each cost more than this loop, which stops at the first
 * character that is not a space. The parser asks of a range of the page, without slicing it.
 */
export function hasNonSpace(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(codeUnitAt(text, i))) return true;
  return false;
}

/** Whitespace that collapsing changes: one that is not an ASCII space, or a run of two or more. */
const COLLAPSIBLE = /[^\S ]| \s/u;
/** Each such run (a single ASCII space is left alone: replacing it would copy the text for nothing). */
const COLLAPSIBLE_RUNS = /[^\S ]\s*| \s+/gu;

/**
 * `text` with each run of whitespace made one space (`text.replace(/\s+/g, " ")`), not trimmed. A
 * text without a run to collapse (most of a page's text pieces) is returned as it is: the test
 * allocates nothing, where the replace copies the text.
 */
export function collapseSpaces(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(COLLAPSIBLE_RUNS, " ") : text;
}

/** Characters of `text` that are not whitespace: `text.replace(/\s+/g, "").length` without the copy. */
export function countNonSpace(text: string): number {
  let n = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) if (!isSpaceCode(codeUnitAt(text, i))) n++;
  return n;
}
