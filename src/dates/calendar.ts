import { isExists } from "date-fns/isExists";
import { FILLERS, GREGORIAN_MARKS, HIJRI, HIJRI_MARKS, MONTHS, ORDINALS, WEEKDAYS } from "./lexicon.js";
import type { Token } from "./tokens.js";

/**
 * A calendar day read from tokens, before any conversion: `calendar` says whether y/m/d are
 * Gregorian or Hijri. `year` is null when the text gives none ("Jan 24"): the caller decides
 * whether a reference year may fill it.
 */
export interface DayMatch {
  year: number | null;
  month: number;
  day: number;
  calendar: "gregorian" | "hijri";
  end: number;
}

const isNum = (t: Token | undefined, min: number, max: number): t is Token =>
  t !== undefined && t.kind === "num" && t.text.length >= min && t.text.length <= max;
const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === "punct" && chars.includes(t.text);

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999 (the POSIX pivot). */
const TWO_DIGIT_PIVOT = 70;
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < TWO_DIGIT_PIVOT ? 2000 + n : 1900 + n;
}

/** Gregorian years the reader accepts at all (plausibility for news is the page stage's business). */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

/** A month name at `i` (two-word names first), Gregorian or Hijri. */
function monthAt(toks: Token[], i: number): { month: number; hijri: boolean; end: number } | null {
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  const next = toks[i + 1];
  if (next && next.kind === "word") {
    const two = `${t.key} ${next.key}`;
    const g = MONTHS.get(two);
    if (g) return { month: g, hijri: false, end: i + 2 };
    const h = HIJRI.get(two);
    if (h) return { month: h, hijri: true, end: i + 2 };
  }
  const g = MONTHS.get(t.key);
  if (g) return { month: g, hijri: false, end: isPunct(toks[i + 1], ".") && !toks[i + 1]!.spaced ? i + 2 : i + 1 };
  const h = HIJRI.get(t.key);
  if (h) return { month: h, hijri: true, end: i + 1 };
  return null;
}

/**
 * A month name with its paired form: "تموز يوليو", "آب/اغسطس", "نيسان / أبريل", "تموز (يوليو)".
 * The second name is taken only when it means the same month.
 */
function monthWithPair(toks: Token[], i: number): { month: number; hijri: boolean; end: number } | null {
  const first = monthAt(toks, i);
  if (!first || first.hijri) return first;
  let j = first.end;
  const open = isPunct(toks[j], "(");
  if (open || isPunct(toks[j], "/-")) j++;
  const second = monthAt(toks, j);
  if (!second || second.hijri || second.month !== first.month) return first;
  let end = second.end;
  if (open) {
    if (!isPunct(toks[end], ")")) return first;
    end++;
  }
  return { ...first, end };
}

/** A year at `i`: four digits, or "'23"; then an optional "م"/"هـ" mark. */
function yearAt(toks: Token[], i: number): { year: number; mark: "hijri" | "gregorian" | null; end: number } | null {
  let j = i;
  let year: number;
  if (isPunct(toks[j], "'’") && isNum(toks[j + 1], 2, 2) && !toks[j + 1]!.spaced) {
    year = fullYear(toks[j + 1]!.text);
    j += 2;
  } else if (isNum(toks[j], 4, 4)) {
    year = Number(toks[j]!.text);
    j += 1;
  } else return null;
  const mark = toks[j];
  if (mark && mark.kind === "word") {
    if (HIJRI_MARKS.has(mark.key)) return { year, mark: "hijri", end: j + 1 };
    if (GREGORIAN_MARKS.has(mark.key)) return { year, mark: "gregorian", end: j + 1 };
  }
  return { year, mark: null, end: j };
}

/** Skips filler words ("de", "of", "le") and commas, at most `max` tokens. */
function skipFillers(toks: Token[], i: number, max = 2): number {
  let j = i;
  while (j - i < max) {
    const t = toks[j];
    if (t && ((t.kind === "word" && FILLERS.has(t.key)) || isPunct(t, ",،"))) j++;
    else break;
  }
  return j;
}

/** The day number with its ordinal mark: "24", "24th", "1er", "24.", "1º". */
function dayAt(toks: Token[], i: number): { day: number; end: number } | null {
  const t = toks[i];
  if (!isNum(t, 1, 2)) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const next = toks[i + 1];
  if (next && !next.spaced && ((next.kind === "word" && ORDINALS.has(next.key)) || isPunct(next, "."))) return { day, end: i + 2 };
  return { day, end: i + 1 };
}

function finish(year: number | null, month: number, day: number, hijri: boolean, mark: string | null, end: number): DayMatch | null {
  const calendar = hijri ? "hijri" : "gregorian";
  if (mark === "hijri" && !hijri) return null;
  if (calendar === "gregorian" && year !== null && (year < MIN_YEAR || year > MAX_YEAR || !isExists(year, month - 1, day))) return null;
  if (calendar === "gregorian" && year === null && !isExists(2000, month - 1, day)) return null;
  if (calendar === "hijri" && day > 30) return null;
  return { year, month, day, calendar, end };
}

/** "24 January 2023", "24. Januar 2023", "24 de enero de 2023", "11 شوال 1441هـ", "24 تموز يوليو 2018". */
function dayMonthYear(toks: Token[], i: number): DayMatch | null {
  const d = dayAt(toks, i);
  if (!d) return null;
  const m = monthWithPair(toks, skipFillers(toks, d.end));
  if (!m) return null;
  const y = yearAt(toks, skipFillers(toks, m.end));
  if (!y) return finish(null, m.month, d.day, m.hijri, null, m.end);
  return finish(y.year, m.month, d.day, m.hijri, y.mark, y.end);
}

/** "January 24, 2023", "Jan. 24th 2023", "ديسمبر 25, 2020", "March 6". */
function monthDayYear(toks: Token[], i: number): DayMatch | null {
  const m = monthWithPair(toks, i);
  if (!m) return null;
  const d = dayAt(toks, skipFillers(toks, m.end, 1));
  if (!d) return null;
  // "March 2023" is a month, not a day: the day must not be the first two digits of a year.
  const y = yearAt(toks, skipFillers(toks, d.end, 1));
  if (!y) return finish(null, m.month, d.day, m.hijri, null, d.end);
  return finish(y.year, m.month, d.day, m.hijri, y.mark, y.end);
}

/**
 * All-numeric dates: "2023-01-24", "2020/12/25", "17.03.2020", "١ / ١٢ / ٢٠٢٠", "01/24/2023" (month first
 * only when `monthFirst`), "24.01.23". Dots are always day first. The same separator must be used twice,
 * and a fourth part ("1.2.3.4", an IP address) rejects the match.
 */
function numeric(toks: Token[], i: number, monthFirst: boolean): DayMatch | null {
  const a = toks[i], s1 = toks[i + 1], b = toks[i + 2], s2 = toks[i + 3], c = toks[i + 4];
  if (!isNum(a, 1, 4) || !s1 || !isPunct(s1, "-/.") || !isNum(b, 1, 2) || !s2 || s2.text !== s1.text || !isNum(c, 1, 4)) return null;
  // Spaced separators: "١ / ١٢ / ٢٠٢٠", and German "4. 2. 2022" (day and month short, the year in full).
  const spaced = s1.spaced || b.spaced || s2.spaced || c.spaced;
  if (spaced && s1.text === "-") return null;
  if (spaced && s1.text === "." && (a.text.length > 2 || c.text.length !== 4 || s1.spaced || s2.spaced)) return null;
  const after = toks[i + 5];
  if (after && !after.spaced && isPunct(after, "-/.") && isNum(toks[i + 6], 1, 4) && !toks[i + 6]!.spaced) return null;
  const before = toks[i - 1];
  if (before && !a.spaced && (isPunct(before, "-/.") || before.kind === "num")) return null;
  let year: number, month: number, day: number;
  if (a.text.length === 4) {
    if (c.text.length > 2) return null;
    [year, month, day] = [Number(a.text), Number(b.text), Number(c.text)];
  } else {
    if (a.text.length > 2 || (c.text.length !== 4 && c.text.length !== 2)) return null;
    year = fullYear(c.text);
    const first = s1.text !== "." && monthFirst;
    [month, day] = first ? [Number(a.text), Number(b.text)] : [Number(b.text), Number(a.text)];
  }
  let end = i + 5;
  const mark = toks[end];
  let hijri = false;
  if (mark && mark.kind === "word" && GREGORIAN_MARKS.has(mark.key)) end++;
  else if (mark && mark.kind === "word" && HIJRI_MARKS.has(mark.key)) {
    hijri = true;
    end++;
  }
  return finish(year, month, day, hijri, null, end);
}

/** "2023年1月24日", "2023년 1월 24일". */
function cjk(toks: Token[], i: number): DayMatch | null {
  const y = toks[i], ym = toks[i + 1], m = toks[i + 2], mm = toks[i + 3], d = toks[i + 4], dm = toks[i + 5];
  if (!isNum(y, 4, 4) || !isNum(m, 1, 2) || !isNum(d, 1, 2)) return null;
  if (!ym || !mm || !dm || !/^[年년]$/u.test(ym.text) || !/^[月월]$/u.test(mm.text) || !/^[日일号]$/u.test(dm.text)) return null;
  return finish(Number(y.text), Number(m.text), Number(d.text), false, null, i + 6);
}

/**
 * An upper-case first letter. A module constant, not a literal in `weekdayAt`: the build (esbuild)
 * writes a `\p{…}` literal as a `new RegExp(…)` call, which inside a function runs on every call.
 */
const CAPITALIZED = /^\p{Lu}/u;

/** A weekday name at `i` ("Tuesday,", "الثلاثاء،", "terça-feira,"), returning the next index, or null. */
export function weekdayAt(toks: Token[], i: number): number | null {
  const t = toks[i];
  if (!t || t.kind !== "word" || !WEEKDAYS.has(t.key)) return null;
  if (t.text.length <= 2 && !CAPITALIZED.test(t.text)) return null;
  let j = i + 1;
  if (isPunct(toks[j], "-") && toks[j + 1]?.key === "feira") j += 2;
  if (isPunct(toks[j], ".") && !toks[j]!.spaced) j++;
  if (isPunct(toks[j], ",،")) j++;
  return j;
}

/** Reads a calendar day starting at token `i`, or null. */
export function matchDay(toks: Token[], i: number, monthFirst: boolean): DayMatch | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") return cjk(toks, i) ?? numeric(toks, i, monthFirst) ?? dayMonthYear(toks, i);
  if (t.kind === "word") return monthDayYear(toks, i);
  return null;
}
