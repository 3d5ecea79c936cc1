/**
 * Trimming a run of characters of a class from the ends of a string, in linear time.
 *
 * `text.replace(/[\s\p{P}]+$/u, "")` looks harmless but is quadratic in V8: the engine tries the run
 * from every start position, and each attempt scans to the end before `$` fails (a line of 100,000
 * spaces followed by a letter takes seconds). These walk from the end once instead.
 */
import { codePointAt, codeUnitAt } from "./code-units.js";

/** A regex that tests one character (no `g` or `y` flag), e.g. `/[\s\p{P}]/u`. */
export type CharClass = RegExp;

/** The code point that ends at `end` (exclusive) as a string: one or two UTF-16 units. */
function charBefore(text: string, end: number): string {
  const low = codeUnitAt(text, end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = codeUnitAt(text, end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.slice(end - 1, end);
}

/** `text` without the run of characters matching `cls` at its end. */
export function trimEndWhere(text: string, cls: CharClass): string {
  const length = text.length;
  let end = length;
  while (end > 0) {
    const ch = charBefore(text, end);
    if (!cls.test(ch)) break;
    end -= ch.length;
  }
  return end === length ? text : text.slice(0, end);
}

/** `text` without the run of characters matching `cls` at its start. */
export function trimStartWhere(text: string, cls: CharClass): string {
  let start = 0;
  const length = text.length;
  while (start < length) {
    const cp = codePointAt(text, start) as number;
    const ch = String.fromCodePoint(cp);
    if (!cls.test(ch)) break;
    start += ch.length;
  }
  return start === 0 ? text : text.slice(start);
}
