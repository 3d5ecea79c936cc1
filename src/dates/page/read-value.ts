import { parseNewsDate } from "../parse.js";

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
  const d = parseNewsDate(v, lang ? { lang } : {});
  return d ? d.date : null;
}

/** Unix seconds (10 digits) or milliseconds (13), as a UTC ISO string. */
function epoch(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return null;
  return d.toISOString().replace(/\.[0-9]{3}Z$/u, "Z");
}
