import { isExists } from "date-fns/isExists";
import { MAX_YEAR, MIN_YEAR } from "../calendar.js";
import { parseNewsDate } from "../parse.js";
import { formatOffset } from "../zone.js";

const COMPACT = /^([0-9]{4})([0-9]{2})([0-9]{2})(?:[T ]?([0-9]{2})([0-9]{2})([0-9]{2})?)?$/u;
/** Longest attribute value read: a date is short; anything longer is not a date value. */
const MAX_VALUE = 200;

/**
 * Reads a machine date from an attribute or JSON value: Unix time, compact "20230124", then every
 * other form through parseNewsDate (ISO with or without offset, and human text: Arabic in
 * article:published_time is read, not dropped). Returns the ISO string or null.
 */
export function readDateValue(value: unknown, lang?: string): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return epoch(value);
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (v === "" || v.length > MAX_VALUE) return null;
  if (/^[0-9]{10}(?:[0-9]{3})?$/u.test(v)) return epoch(Number(v));
  const c = COMPACT.exec(v);
  if (c) {
    const day = `${c[1]}-${c[2]}-${c[3]}`;
    const parsed = parseNewsDate(day);
    if (!parsed) return null;
    return c[4] ? `${day}T${c[4]}:${c[5]}:${c[6] ?? "00"}` : day;
  }
  const iso = isoValue(v);
  if (iso !== null) return iso;
  const d = parseNewsDate(v, lang ? { lang } : {});
  return d ? d.date : null;
}

/**
 * The ISO forms pages write in metadata: "2023-01-24", "2023-01-24T15:05", "…T15:05:00.000Z",
 * "…T15:05:00+04:00", "+0400", "+04". Any other form, and any out-of-range part, goes to parseNewsDate.
 */
const ISO_VALUE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]{1,9})?)?(Z|([+-])([0-9]{2})(?::?([0-9]{2}))?)?)?$/u;

/**
 * A plain ISO value read without the tokenizer, or null to leave it to parseNewsDate (which reads
 * it the same way: a unit test checks that they agree). Most pages give their dates in this form,
 * and the general reader (tokens, every date grammar tried) cost most of the metadata date time.
 */
export function isoValue(v: string): string | null {
  const m = ISO_VALUE.exec(v);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || !isExists(year, month - 1, day)) return null;
  const ymd = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return ymd;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return null;
  const clock = `${m[4]}:${m[5]}:${m[6] ?? "00"}`;
  if (m[7] === undefined) return `${ymd}T${clock}`;
  if (m[7] === "Z") return `${ymd}T${clock}Z`;
  const hours = Number(m[9]);
  const minutes = Number(m[10] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${ymd}T${clock}${formatOffset((m[8] === "+" ? 1 : -1) * (hours * 60 + minutes))}`;
}

/** Unix seconds (10 digits) or milliseconds (13), as a UTC ISO string. */
function epoch(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return null;
  return d.toISOString().replace(/\.[0-9]{3}Z$/u, "Z");
}
