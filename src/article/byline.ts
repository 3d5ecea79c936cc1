import type { Byline, Person } from "../model/parts.js";
import { isKnownSource } from "./agency.js";

/**
 * Reads a byline as written ("By Jane Doe and John Roe", "كتب: حسام أبو العلا - القاهرة") into
 * the people it names. Prefixes, handles, e-mail addresses and dates are dropped; a name followed
 * by a comma and a job title keeps the title as `role`; agency names are not people.
 */

/** Words that introduce a byline, per language; matched at the start, case-insensitively. */
export const BYLINE_PREFIXES: readonly string[] = [
  "by", "written by", "story by", "words by", "reporting by", "von", "par", "por", "di", "door", "av",
  "كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تقرير", "متابعة", "حوار",
];

/** Separators between authors. Arabic " و" joins names only when a space precedes the و. */
const SPLIT = /\s*(?:,|،|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\s+و(?=\p{L}))\s*/u;
const PREFIX = new RegExp(
  String.raw`^\s*(?:${BYLINE_PREFIXES.map((p) => p.replace(/\s/g, "\\s")).join("|")})(?![\p{L}])\s*[:：]?\s*`,
  "iu",
);
const HANDLE = /(?:^|\s)@\w{1,30}/gu;
const EMAIL = /\S{1,64}@\S{1,255}\.\w{2,10}/gu;
/** A date or time glued to a byline ("Jane Doe | Jan 24, 2023", "Updated 5:00 PM"). */
const DATEISH = /\s*[|–—-]?\s*(?:updated|published|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}).*$/iu;
/** Most words a single author's name may have. */
const MAX_NAME_WORDS = 6;

/** Job-title words that end a name when they follow a comma ("Jane Doe, Senior Correspondent"). */
const ROLE_WORDS = /\b(?:correspondent|reporter|editor|writer|columnist|staff|contributor|producer|analyst|chief|bureau|مراسل|محرر|مراسلة)\b/iu;

export interface BylineRead {
  byline: Byline | null;
  /** A city appended to the byline ("حسام أبو العلا - القاهرة"): the dateline's location. */
  location: string | null;
}

function person(name: string, role: string | null = null): Person {
  return { name, url: null, role };
}

/** Reads `raw` (the byline text as shown) into a Byline, or null when it names nobody. */
export function readByline(raw: string): BylineRead {
  let text = raw.replace(/\s+/g, " ").trim();
  if (text.length > 300) text = text.slice(0, 300);
  text = text.replace(PREFIX, "").replace(EMAIL, "").replace(HANDLE, " ").replace(DATEISH, "").trim();
  let location: string | null = null;
  const cityTail = /^(.{2,60}?)\s[-–—]\s(\p{L}[\p{L} ]{1,30})$/u.exec(text);
  if (cityTail && !/\s(?:and|و)\s/u.test(cityTail[2] ?? "")) {
    text = (cityTail[1] ?? "").trim();
    location = (cityTail[2] ?? "").trim();
  }
  const authors: Person[] = [];
  let pendingRole: Person | null = null;
  for (const piece of text.split(SPLIT)) {
    const name = piece.replace(/^[\s:|–—-]+|[\s:|–—-]+$/gu, "");
    if (!name) continue;
    if (ROLE_WORDS.test(name) && pendingRole) {
      pendingRole.role = name;
      continue;
    }
    if (isKnownSource(name) || name.split(/\s+/).length > MAX_NAME_WORDS || !/\p{L}/u.test(name)) continue;
    const p = person(name);
    authors.push(p);
    pendingRole = p;
  }
  return { byline: authors.length ? { raw: raw.trim(), authors } : null, location };
}

/** True when a short line is a byline ("By Jane Doe", "كتب: …"). */
export function looksLikeByline(line: string): boolean {
  const t = line.trim();
  return t.length <= 120 && PREFIX.test(t) && t.replace(PREFIX, "").trim().length > 0;
}
