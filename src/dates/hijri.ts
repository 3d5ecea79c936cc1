/**
 * Hijri (Umm al-Qura) to Gregorian, with Intl's islamic-umalqura calendar doing the arithmetic.
 * We estimate the Gregorian day, then look at the days around it for the one Intl calls y/m/d:
 * the answer is checked in reverse by construction, and a day that does not exist (30 in a month
 * of 29) finds no match and gives null.
 */

const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH (Julian 16 July 622) as a UTC day number. */
const HIJRI_EPOCH_MS = Date.UTC(622, 6, 19);
/** Mean lengths in days of the Hijri year and month. */
const YEAR_DAYS = 354.36667;
const MONTH_DAYS = 29.530589;
/** How far either side of the estimate to look: the estimate is within a few days. */
const SEARCH_DAYS = 4;
/** Years the Umm al-Qura tables of ICU cover well; outside them, no conversion. */
const MIN_YEAR = 1300;
const MAX_YEAR = 1600;

let formatter: Intl.DateTimeFormat | null | undefined;

function hijriFormatter(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
      if (!formatter.resolvedOptions().calendar.startsWith("islamic")) formatter = null;
    } catch {
      formatter = null;
    }
  }
  return formatter;
}

/** The Hijri y/m/d of a UTC day, or null when Intl has no Islamic calendar. */
export function toHijri(utcMs: number): { year: number; month: number; day: number } | null {
  const f = hijriFormatter();
  if (!f) return null;
  let year = 0, month = 0, day = 0;
  for (const p of f.formatToParts(new Date(utcMs))) {
    if (p.type === "year") year = Number.parseInt(p.value, 10);
    else if (p.type === "month") month = Number.parseInt(p.value, 10);
    else if (p.type === "day") day = Number.parseInt(p.value, 10);
  }
  return year && month && day ? { year, month, day } : null;
}

/** The Gregorian day ("2020-06-03") of Hijri `year`/`month`/`day`, or null when that day does not exist. */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = HIJRI_EPOCH_MS + Math.round((year - 1) * YEAR_DAYS + (month - 1) * MONTH_DAYS + (day - 1)) * DAY_MS;
  for (let delta = 0; delta <= SEARCH_DAYS; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const ms = estimate + sign * delta * DAY_MS;
      const h = toHijri(ms);
      if (h && h.year === year && h.month === month && h.day === day) return new Date(ms).toISOString().slice(0, 10);
    }
  }
  return null;
}
