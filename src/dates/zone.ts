import { foldDigits } from "../language/normalize.js";
import { ZONES } from "./data/zones.js";

/**
 * Offsets: formatting, US daylight-saving time, and the `timezone` option.
 * An offset is minutes east of UTC; "Z" is kept apart so a page that wrote Z gets Z back.
 */
export type Offset = number | "Z";

/** "+04:00", "-05:00", "Z". */
export function formatOffset(offset: Offset): string {
  if (offset === "Z") return "Z";
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Day of month of the n-th (1-based) Sunday of `month` (1-12), or the last one when n is 0. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstDow) % 7) + (n - 1) * 7;
}

/**
 * True when US daylight-saving time is in force on that local day (the switch hour is ignored).
 * Since 2007: second Sunday of March to first Sunday of November; 1987-2006: first Sunday of April
 * to last Sunday of October; before 1987: last Sunday of April to last Sunday of October.
 */
export function usDaylightTime(year: number, month: number, day: number): boolean {
  const [startMonth, startDay, endMonth, endDay] =
    year >= 2007 ? [3, sunday(year, 3, 2), 11, sunday(year, 11, 1)]
    : year >= 1987 ? [4, sunday(year, 4, 1), 10, sunday(year, 10, 0)]
    : [4, sunday(year, 4, 0), 10, sunday(year, 10, 0)];
  const key = month * 100 + day;
  return key >= startMonth * 100 + startDay && key < endMonth * 100 + endDay;
}

/** The offset a zone abbreviation ("EST", "ET", "GMT") means on that local day, or null when unknown. */
export function zoneOffset(name: string, year: number, month: number, day: number): number | null {
  const zone = ZONES[name.toLowerCase()];
  if (!zone) return null;
  if (zone.dstOffset !== undefined && usDaylightTime(year, month, day)) return zone.dstOffset;
  return zone.offset;
}

/** Digits are folded to ASCII before this test. */
const OFFSET_TEXT = /^(?:Z|[+\-−](?:[0-9]{2}:?[0-9]{2}|[0-9]{2}))$/u;

/** Reads "+03:00", "-0500", "+03", "Z" into an offset, or null. */
export function parseOffset(text: string): Offset | null {
  const t = foldDigits(text.trim());
  if (!OFFSET_TEXT.test(t)) return null;
  if (t === "Z") return "Z";
  const sign = t[0] === "+" ? 1 : -1;
  const digits = t.slice(1).replace(":", "");
  const hours = Number.parseInt(digits.slice(0, 2), 10);
  const minutes = digits.length > 2 ? Number.parseInt(digits.slice(2), 10) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * The offset of the `timezone` option at a wall-clock moment: an offset string is itself; an IANA
 * name is looked up with Intl (the offset in force at that moment). Null when unknown.
 */
export function optionOffset(timezone: string | undefined, year: number, month: number, day: number, hour = 12, minute = 0): Offset | null {
  if (!timezone) return null;
  const fixed = parseOffset(timezone);
  if (fixed !== null) return fixed;
  try {
    const f = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" });
    const probe = (ms: number): number | null => {
      const name = f.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "";
      if (name === "GMT") return 0;
      const m = /^GMT([+-])(\d{2}):(\d{2})$/u.exec(name);
      return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
    };
    const wall = Date.UTC(year, month - 1, day, hour, minute);
    const first = probe(wall);
    if (first === null) return null;
    return probe(wall - first * 60_000) ?? first;
  } catch {
    return null;
  }
}
