import { normalizeForMatch } from "../language/normalize.js";
import { AR, GREGORIAN_YEAR_MARKS, HIJRI_MONTHS, HIJRI_YEAR_MARKS } from "./data/ar.js";
import { EN_ORDINALS } from "./data/en.js";
import { FR_ORDINALS } from "./data/fr.js";
import { LANGUAGES } from "./data/index.js";
import type { RelativeUnit } from "./data/types.js";

/** The matching key of a date word: normalized, lower case, without a trailing dot. */
export function wordKey(text: string): string {
  return normalizeForMatch(text).replace(/\.$/u, "");
}

function addAll(map: Map<string, number>, names: readonly (readonly string[])[]): void {
  names.forEach((list, index) => {
    for (const name of list) map.set(wordKey(name), index + 1);
  });
}

/** Gregorian month names of every language, key → month 1-12. Keys may hold one space (two words). */
export const MONTHS = new Map<string, number>();
for (const lang of LANGUAGES) addAll(MONTHS, lang.months);

/** Hijri month names, key → month 1-12. */
export const HIJRI = new Map<string, number>();
addAll(HIJRI, HIJRI_MONTHS);

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(wordKey));

export const WEEKDAYS = set(LANGUAGES.flatMap((l) => l.weekdays));
export const AM_WORDS = set(LANGUAGES.flatMap((l) => l.am ?? []));
export const PM_WORDS = set(LANGUAGES.flatMap((l) => l.pm ?? []));
export const FILLERS = set(LANGUAGES.flatMap((l) => l.fillers ?? []));
export const ORDINALS = set([...EN_ORDINALS, ...FR_ORDINALS, "º", "ª"]);
export const HIJRI_MARKS = set(HIJRI_YEAR_MARKS);
export const GREGORIAN_MARKS = set(GREGORIAN_YEAR_MARKS);

/** Arabic words that change an hour: noon-ish and night words need their own rule (see time.ts). */
export const ARABIC_NIGHT = set(["ليلا", "ليلًا"]);

export interface RelativeLexicon {
  before: readonly (readonly string[])[];
  after: readonly (readonly string[])[];
  units: ReadonlyMap<string, { unit: RelativeUnit; count?: number }>;
  one: ReadonlySet<string>;
  numbers: ReadonlyMap<string, number>;
  /** `lang`: the language of the expression ("hier" is French "yesterday" but German "here"). */
  daysBack: readonly { words: readonly string[]; days: number; lang: string }[];
}

/** "avant-hier" → ["avant", "hier"]; "aujourd'hui" → ["aujourd", "hui"] (the tokenizer splits on punctuation). */
function splitWords(text: string): string[] {
  return wordKey(text).split(/[^\p{L}\p{M}]+/u).filter((w) => w !== "");
}

function buildRelative(): RelativeLexicon {
  const before: string[][] = [];
  const after: string[][] = [];
  const units = new Map<string, { unit: RelativeUnit; count?: number }>();
  const one = new Set<string>();
  const numbers = new Map<string, number>();
  const daysBack: { words: string[]; days: number; lang: string }[] = [];
  for (const lang of LANGUAGES) {
    const r = lang.relative;
    if (!r) continue;
    for (const b of r.before ?? []) before.push(b.map(wordKey));
    for (const a of r.after ?? []) after.push(a.map(wordKey));
    for (const u of r.units) units.set(wordKey(u.word), u.count === undefined ? { unit: u.unit } : { unit: u.unit, count: u.count });
    for (const o of r.one ?? []) one.add(wordKey(o));
    for (const d of r.daysBack ?? []) daysBack.push({ words: splitWords(d.words), days: d.days, lang: lang.lang });
    for (const t of r.today ?? []) daysBack.push({ words: splitWords(t), days: 0, lang: lang.lang });
    for (const [w, n] of Object.entries(r.numbers ?? {})) numbers.set(wordKey(w), n);
  }
  daysBack.sort((a, b) => b.words.length - a.words.length);
  return { before, after, units, one, numbers, daysBack };
}

export const RELATIVE = buildRelative();

/**
 * First words that can open a date: month names (first word of two-word ones), weekdays, and the
 * zones a time may start with ("GMT 17:27"). Any other word is skipped without trying the grammar.
 */
export const DATE_STARTERS: ReadonlySet<string> = new Set([
  ...[...MONTHS.keys(), ...HIJRI.keys()].map((k) => k.split(" ")[0]!),
  ...WEEKDAYS,
  "gmt",
  "utc",
]);

/** Longest month name in words (two: "كانون الثاني", "ربيع الأول"). */
export const MAX_NAME_WORDS = 2;

export { AR };

/** Word lengths the starter filter tells apart; longer words share the last slot. */
const SHAPE_SLOTS = 31;
/** Code units below this are ASCII. */
const ASCII_END = 128;
/** The bit that makes an ASCII capital small. */
const LOWER_BIT = 0x20;
/**
 * For each ASCII code, the lengths of the all-ASCII {@link DATE_STARTERS} that start with it (bit n
 * set: one of n characters). Most words of a text are ASCII, and their key is their lower-case copy,
 * with the same first letter and the same length: a word whose first letter and length no starter
 * has is not one, without making its key or hashing it.
 */
const STARTER_SHAPES = new Uint32Array(ASCII_END);
for (const key of DATE_STARTERS) {
  if ([...key].some((c) => c.charCodeAt(0) >= ASCII_END)) continue;
  STARTER_SHAPES[key.charCodeAt(0)]! |= 1 << Math.min(key.length, SHAPE_SLOTS);
}

/**
 * False when the word (`ascii`: of ASCII letters only) cannot be one of {@link DATE_STARTERS}; true
 * when it may be (then the set decides). Words with any other character always may.
 */
export function mayStartDate(word: string, ascii: boolean): boolean {
  if (!ascii) return true;
  return ((STARTER_SHAPES[word.charCodeAt(0) | LOWER_BIT]! >>> Math.min(word.length, SHAPE_SLOTS)) & 1) === 1;
}
