import type { RelativeMatch } from "./relative.js";
import type { DateOptions, NewsDate } from "./schema.js";
import type { TimeMatch } from "./time.js";
import { formatOffset, optionOffset, parseOffset, zoneOffset, type Offset } from "./zone.js";

/**
 * The moment relative forms count from, as a wall clock plus the offset it is in (null: a wall
 * clock with no zone). Only ever the caller's `reference`: the system clock is never read.
 */
export interface Reference {
  year: number;
  month: number;
  day: number;
  /** Wall-clock milliseconds (the wall clock encoded as if it were UTC). */
  wall: number;
  /** False when the reference gives only a day: then hours and minutes back cannot be counted. */
  hasTime: boolean;
  offset: Offset | null;
}

const MINUTE = 60_000;
const UNIT_MS = { minute: MINUTE, hour: 60 * MINUTE, day: 1440 * MINUTE, week: 7 * 1440 * MINUTE } as const;
const ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]{1,9})?)?\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$/u;

function fromWall(wall: number, hasTime: boolean, offset: Offset | null): Reference {
  const d = new Date(wall);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), wall, hasTime, offset };
}

/** Reads `options.reference` (an ISO string or a Date), or null when absent or unreadable. */
export function readReference(options: DateOptions): Reference | null {
  const ref = options.reference;
  if (ref instanceof Date) {
    const ms = ref.getTime();
    if (!Number.isFinite(ms)) return null;
    const u = new Date(ms);
    const offset = optionOffset(options.timezone, u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes());
    const minutes = offset === null || offset === "Z" ? 0 : offset;
    return fromWall(ms + minutes * MINUTE, true, offset ?? "Z");
  }
  if (typeof ref !== "string") return null;
  const m = ISO.exec(ref.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => (v === undefined ? 0 : Number(v))) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d) return null;
  const offset = m[7] ? parseOffset(m[7]) : optionOffset(options.timezone, y!, mo!, d!, h, mi);
  return fromWall(wall, m[4] !== undefined, offset);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/**
 * The date a relative form means against `ref`, or null (hours back from a day-only reference).
 * A time after a day form ("yesterday at 3:05 PM") is that day's wall clock, in the time's zone
 * when it gives one, else in the reference's.
 */
export function applyRelative(ref: Reference, rel: RelativeMatch, text: string, start: number, end: number, time: TimeMatch | null = null): NewsDate | null {
  const base = { calendar: "gregorian" as const, original: text.slice(start, end), start, end };
  const wall = new Date(ref.wall - rel.count * UNIT_MS[rel.unit]);
  const ymd = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  if (rel.unit === "day" && time) {
    const offset = time.offset ?? (time.zoneName ? zoneOffset(time.zoneName, wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()) : null) ?? ref.offset;
    const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second ?? 0)}`;
    return { date: `${ymd}T${clock}${offset === null ? "" : formatOffset(offset)}`, precision: time.second === null ? "minute" : "second", ...base };
  }
  if (rel.needsTime) return null;
  if (rel.unit === "day" || rel.unit === "week") return { date: ymd, precision: "day", ...base };
  if (!ref.hasTime) return null;
  const clock = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:00`;
  return { date: `${ymd}T${clock}${ref.offset === null ? "" : formatOffset(ref.offset)}`, precision: "minute", ...base };
}
