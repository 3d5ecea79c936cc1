import { ARABIC_ZONE_LEADS, ARABIC_ZONES, ZONES } from "./data/zones.js";
import { AM_WORDS, ARABIC_NIGHT, PM_WORDS, wordKey } from "./lexicon.js";
import type { Token } from "./tokens.js";

/**
 * A clock time read from tokens: "15:05", "3:05 PM EST", "11:42 a.m.", "٠٢:٠٠ م", "15h05",
 * "15.05 Uhr", "17:27 GMT", "GMT 17:27", "10:30:00.000+04:00", "3 عصرا".
 * A zone is kept as found: a fixed offset, or a name ("ET") resolved later on the date.
 */
export interface TimeMatch {
  hour: number;
  minute: number;
  second: number | null;
  /** A fixed offset in minutes, "Z", or null. */
  offset: number | "Z" | null;
  /** A zone abbreviation whose offset depends on the date (resolved by the caller). */
  zoneName: string | null;
  /** Index of the first token after the time. */
  end: number;
}

const ARABIC_ZONE_LEAD_KEYS = new Set(ARABIC_ZONE_LEADS.map(wordKey));
const ARABIC_ZONE_KEYS = new Map(Object.entries(ARABIC_ZONES).map(([k, v]) => [wordKey(k), v]));

const isNum = (t: Token | undefined, min: number, max: number): t is Token =>
  t !== undefined && t.kind === "num" && t.text.length >= min && t.text.length <= max;
const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === "punct" && chars.includes(t.text);
const isUpperLatin = (t: Token): boolean => /^[A-Z]+$/u.test(t.text);

/** A zone abbreviation in capitals ("EST", "GMT", "Z"): lower-case "et" is the French "and". */
function zoneWord(t: Token | undefined): string | null {
  if (!t || t.kind !== "word" || !isUpperLatin(t)) return null;
  return ZONES[t.text.toLowerCase()] ? t.text.toUpperCase() : null;
}

/** "+04:00", "+0400", "-05", "+4" after GMT/UTC. Returns minutes and the next index. */
function numericOffset(toks: Token[], i: number, afterZoneWord: boolean): { offset: number; end: number } | null {
  const sign = toks[i];
  if (!sign || !isPunct(sign, "+-−")) return null;
  const h = toks[i + 1];
  if (!isNum(h, 1, 4) || h.spaced) return null;
  let hours: number;
  let minutes = 0;
  let end = i + 2;
  if (h.text.length === 4) {
    hours = Number(h.text.slice(0, 2));
    minutes = Number(h.text.slice(2));
  } else if (h.text.length === 3) {
    return null;
  } else {
    if (h.text.length === 1 && !afterZoneWord) return null;
    hours = Number(h.text);
    if (isPunct(toks[end], ":") && isNum(toks[end + 1], 2, 2) && !toks[end]!.spaced) {
      minutes = Number(toks[end + 1]!.text);
      end += 2;
    }
  }
  if (hours > 14 || minutes > 59) return null;
  return { offset: (sign.text === "+" ? 1 : -1) * (hours * 60 + minutes), end };
}

/** A zone after a time: "EST", "GMT+4", "(GMT+0400)", "+04:00", "Z", "ت.غ", "بتوقيت مكة". */
function matchZone(toks: Token[], i: number): { offset: number | "Z" | null; zoneName: string | null; end: number } | null {
  let j = i;
  const paren = isPunct(toks[j], "(");
  if (paren) j++;
  const name = zoneWord(toks[j]);
  let result: { offset: number | "Z" | null; zoneName: string | null; end: number } | null = null;
  if (name) {
    const num = name === "GMT" || name === "UTC" ? numericOffset(toks, j + 1, true) : null;
    if (num) result = { offset: num.offset, zoneName: null, end: num.end };
    else if (name === "Z") result = toks[j]!.spaced ? null : { offset: "Z", zoneName: null, end: j + 1 };
    else result = { offset: null, zoneName: name, end: j + 1 };
  } else if (!paren) {
    const t = toks[j];
    // "+04:00" right after the time; spaced only in the four-digit form of e-mail dates ("15:05:00 +0000").
    const spacedOk = t !== undefined && t.spaced && toks[j + 1]?.text.length === 4;
    const num = t && (!t.spaced || spacedOk) ? numericOffset(toks, j, false) : null;
    if (num) result = { offset: num.offset, zoneName: null, end: num.end };
    else if (t?.key === "ت" && isPunct(toks[j + 1], ".") && toks[j + 2]?.key === "غ") result = { offset: 0, zoneName: null, end: j + 3 };
    else if (t && ARABIC_ZONE_LEAD_KEYS.has(t.key)) {
      const two = toks[j + 2] ? `${toks[j + 1]?.key} ${toks[j + 2]?.key}` : "";
      const one = toks[j + 1]?.key ?? "";
      if (ARABIC_ZONE_KEYS.has(two)) result = { offset: ARABIC_ZONE_KEYS.get(two)!, zoneName: null, end: j + 3 };
      else if (ARABIC_ZONE_KEYS.has(one)) result = { offset: ARABIC_ZONE_KEYS.get(one)!, zoneName: null, end: j + 2 };
    }
  }
  if (result && paren) {
    if (!isPunct(toks[result.end], ")")) return null;
    result.end += 1;
  }
  return result;
}

/** AM/PM after the hour: "PM", "p.m.", "ص", "مساءً". Returns "am" | "pm" | "night" and the next index. */
function matchMeridiem(toks: Token[], i: number): { kind: "am" | "pm" | "night"; end: number } | null {
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  if ((t.key === "a" || t.key === "p") && isPunct(toks[i + 1], ".") && toks[i + 2]?.key === "m") {
    const end = isPunct(toks[i + 3], ".") ? i + 4 : i + 3;
    return { kind: t.key === "a" ? "am" : "pm", end };
  }
  if (ARABIC_NIGHT.has(t.key)) return { kind: "night", end: i + 1 };
  if (AM_WORDS.has(t.key)) return { kind: "am", end: i + 1 };
  if (PM_WORDS.has(t.key)) return { kind: "pm", end: i + 1 };
  return null;
}

function applyMeridiem(hour: number, kind: "am" | "pm" | "night"): number | null {
  if (hour < 1 || hour > 12) return null;
  if (kind === "am") return hour === 12 ? 0 : hour;
  if (kind === "pm") return hour === 12 ? 12 : hour + 12;
  // Night: "9 ليلا" is 21:00, "12 ليلا" midnight, "2 ليلا" 02:00.
  if (hour === 12) return 0;
  return hour >= 6 ? hour + 12 : hour;
}

/**
 * Reads a time starting at token `i`, or null. A lone number is a time only with AM/PM ("3 PM");
 * "15.05" only with "Uhr"/"h" after it (otherwise it is a decimal or a date).
 */
export function matchTime(toks: Token[], i: number): TimeMatch | null {
  let j = i;
  let lead: ReturnType<typeof matchZone> = null;
  const leadName = zoneWord(toks[j]);
  if (leadName === "GMT" || leadName === "UTC") {
    lead = matchZone(toks, j);
    if (lead) j = lead.end;
  }
  const h = toks[j];
  if (!isNum(h, 1, 2)) return null;
  let hour = Number(h.text);
  let minute = 0;
  let second: number | null = null;
  let k = j + 1;
  const sep = toks[k];
  const minTok = toks[k + 1];
  let hasMinutes = false;
  if (sep && !sep.spaced && isNum(minTok, 2, 2) && !minTok.spaced) {
    const after = toks[k + 2]?.key;
    if (sep.text === ":" || sep.key === "h" || (sep.text === "." && (after === "uhr" || after === "h"))) {
      minute = Number(minTok.text);
      hasMinutes = true;
      k += 2;
      if (sep.text === ":" && isPunct(toks[k], ":") && isNum(toks[k + 1], 2, 2) && !toks[k]!.spaced) {
        second = Number(toks[k + 1]!.text);
        k += 2;
        if (isPunct(toks[k], ".,") && isNum(toks[k + 1], 1, 9) && !toks[k]!.spaced) k += 2;
      }
    }
  }
  const mer = matchMeridiem(toks, k);
  if (mer) {
    const h12 = applyMeridiem(hour, mer.kind);
    if (h12 !== null) {
      hour = h12;
      k = mer.end;
    } else if (!hasMinutes) return null;
  } else if (!hasMinutes) {
    if (toks[k]?.key !== "uhr" && toks[k]?.key !== "h") return null;
  }
  if (toks[k]?.key === "uhr" || toks[k]?.key === "h") k++;
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return null;
  let offset: number | "Z" | null = lead?.offset ?? null;
  let zoneName: string | null = lead?.zoneName ?? null;
  if (!lead) {
    const zone = matchZone(toks, k);
    if (zone) {
      offset = zone.offset;
      zoneName = zone.zoneName;
      k = zone.end;
    }
  }
  return { hour, minute, second, offset, zoneName, end: k };
}
