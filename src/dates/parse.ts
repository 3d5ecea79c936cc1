import { MONTH_FIRST_LOCALES } from "./data/index.js";
import { matchDay, weekdayAt, type DayMatch } from "./calendar.js";
import { hijriToGregorian } from "./hijri.js";
import { DATE_STARTERS, FILLERS, mayStartDate } from "./lexicon.js";
import { applyRelative, readReference } from "./reference.js";
import { matchRelative } from "./relative.js";
import { matchTime, type TimeMatch } from "./time.js";
import { tokenize, type Token } from "./tokens.js";
import type { DateOptions, NewsDate } from "./schema.js";
import { formatOffset, optionOffset, zoneOffset, type Offset } from "./zone.js";

/** Longest input read, in characters: a date string is short; a text scan stops here. */
export const MAX_INPUT = 2_000_000;
/** Tokens that may stand between a date and its time ("," "-" "at" "à" "الساعة" "T"): at most this many. */
const MAX_CONNECTORS = 4;

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

function isMonthFirst(lang: string | undefined): boolean {
  return lang !== undefined && MONTH_FIRST_LOCALES.includes(lang.toLowerCase().replace("_", "-"));
}

function skipConnectors(toks: Token[], i: number): number {
  let j = i;
  while (j - i < MAX_CONNECTORS) {
    const t = toks[j];
    if (!t) break;
    const connector =
      (t.kind === "punct" && ",،-–—|/@(·•".includes(t.text)) || (t.kind === "word" && (FILLERS.has(t.key) || t.text === "T"));
    if (!connector) break;
    j++;
  }
  return j;
}

/** Turns a day (and time) into a NewsDate; null when the day does not exist. */
function build(text: string, toks: Token[], start: number, day: DayMatch, time: TimeMatch | null, end: number, options: DateOptions, ref: YearHint | null): NewsDate | null {
  let year = day.year;
  let ymd: string | null;
  if (day.calendar === "hijri") {
    ymd = year === null ? null : hijriToGregorian(year, day.month, day.day);
  } else {
    if (year === null && ref) year = inferYear(day.month, day.day, ref);
    ymd = year === null ? null : `${pad(year, 4)}-${pad(day.month)}-${pad(day.day)}`;
  }
  if (ymd === null) return null;
  const s = toks[start]!.start;
  const e = toks[end - 1]!.end;
  const base = { calendar: day.calendar, original: text.slice(s, e), start: s, end: e };
  if (!time) return { date: ymd, precision: "day", ...base };
  // The day's numbers are read only for a time's zone (most dates in a text have no time).
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  let offset: Offset | null = time.offset;
  if (offset === null && time.zoneName) offset = zoneOffset(time.zoneName, y, m, d);
  if (offset === null) offset = optionOffset(options.timezone, y, m, d, time.hour, time.minute);
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second ?? 0)}`;
  return { date: `${ymd}T${clock}${offset === null ? "" : formatOffset(offset)}`, precision: time.second === null ? "minute" : "second", ...base };
}

/** What a date without a year may take its year from: a reference day, or just a year. */
export interface YearHint {
  year: number;
  /** Month and day of the reference; null when only the year is known. */
  month: number | null;
  day: number | null;
}

/**
 * The year of "Jan 24" against a reference: the reference's year, or the year before when the day
 * would fall more than `FUTURE_DAYS` after the reference (a story does not date itself ahead).
 */
const FUTURE_DAYS = 2;
function inferYear(month: number, day: number, ref: YearHint): number {
  if (ref.month === null || ref.day === null) return ref.year;
  const candidate = Date.UTC(ref.year, month - 1, day);
  const limit = Date.UTC(ref.year, ref.month - 1, ref.day + FUTURE_DAYS);
  return candidate > limit ? ref.year - 1 : ref.year;
}

interface Found {
  date: NewsDate;
  next: number;
}

/** Tries every date form starting at token `i`. */
function matchAt(text: string, toks: Token[], i: number, options: DateOptions, monthFirst: boolean, ref: YearHint | null): Found | null {
  const pos = weekdayAt(toks, i) ?? i;
  // Time first: "11:42 AM ET, Mon March 6, 2023", "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠".
  const lead = matchTime(toks, pos);
  if (lead) {
    let j = skipConnectors(toks, lead.end);
    j = weekdayAt(toks, j) ?? j;
    const day = matchDay(toks, j, monthFirst);
    if (day) {
      const date = build(text, toks, i, day, lead, day.end, options, ref);
      return date ? { date, next: day.end } : null;
    }
  }
  const day = matchDay(toks, pos, monthFirst);
  if (!day) return null;
  const j = skipConnectors(toks, day.end);
  const time = day.calendar === "gregorian" ? matchTime(toks, j) : null;
  const end = time ? time.end : day.end;
  const date = build(text, toks, i, day, time, end, options, ref);
  return date ? { date, next: end } : null;
}

/**
 * Every date in `text`, in order: absolute dates in any supported language and calendar, and
 * relative forms when `options.reference` is given. Never throws; returns [] for bad input.
 */
export function findDates(text: string, options: DateOptions = {}): NewsDate[] {
  return scanDates(text, options, null);
}

/** {@link findDates} with an explicit year hint for dates written without a year (datelines). */
export function scanDates(text: string, options: DateOptions, yearHint: YearHint | null): NewsDate[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const toks = tokenize(input);
  const monthFirst = isMonthFirst(options.lang);
  const ref = readReference(options);
  const hint: YearHint | null = yearHint ?? (ref ? { year: ref.year, month: ref.month, day: ref.day } : null);
  const out: NewsDate[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // The shape test first: most words are told apart from every starter without their key.
    const canStart = t.kind === "num" || (t.kind === "word" && mayStartDate(t.text, t.ascii) && DATE_STARTERS.has(t.key));
    const found = canStart ? matchAt(input, toks, i, options, monthFirst, hint) : null;
    if (found) {
      out.push(found.date);
      i = Math.max(found.next, i + 1);
      continue;
    }
    if (ref && t.kind !== "punct") {
      const rel = matchRelative(toks, i, options.lang);
      if (rel) {
        // "Yesterday at 3:05 PM", "أمس الساعة 10:30", "Today 09:12".
        const time = rel.unit === "day" ? matchTime(toks, skipConnectors(toks, rel.end)) : null;
        const end = time ? time.end : rel.end;
        const date = applyRelative(ref, rel, input, toks[i]!.start, toks[end - 1]!.end, time);
        if (date) out.push(date);
        i = end;
        continue;
      }
    }
    i++;
  }
  return out;
}

/**
 * Reads the date in `text`: "Jan. 24, 2023", "Tuesday, January 24, 2023 3:05 PM EST",
 * "الثلاثاء ٢٤ كانون الثاني ٢٠٢٣", "11 شوال 1441هـ", "2023-01-24T15:05:00+0400", "منذ ساعتين" (with a
 * reference) …. When the text holds several, the first Gregorian one wins over a Hijri one (a page
 * that gives both means the Gregorian day); otherwise the first. Returns null when there is none,
 * when the day does not exist (31 فبراير), or on bad input; never throws.
 */
export function parseNewsDate(text: string, options: DateOptions = {}): NewsDate | null {
  try {
    const all = findDates(text, options);
    return all.find((d) => d.calendar === "gregorian") ?? all[0] ?? null;
  } catch {
    return null;
  }
}
