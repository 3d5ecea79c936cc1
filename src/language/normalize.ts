/**
 * Normalization for matching only: output text always keeps the original characters.
 *
 * `foldChars` maps one character to one character, so offsets in the folded copy are offsets in the
 * original; use it where positions matter (quotes, datelines). `normalizeForMatch` also removes
 * characters (tatweel, harakat, bidi controls, zero-width) and collapses whitespace; use it for lookups.
 */

import { isSpaceCode } from "./spaces.js";
import { codeUnitAt } from "./code-units.js";

const EASTERN_ZERO = 0x0660; // ٠
const PERSIAN_ZERO = 0x06f0; // ۰

/** One-to-one character folds: alef forms, yeh, Persian letters, hamza seats, digits. */
const CHAR_FOLDS: Readonly<Record<string, string>> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ى": "ي", "ی": "ي", "ئ": "ي",
  "ک": "ك", "ؤ": "و",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
};

/** Characters that carry nothing for matching: tatweel, harakat, bidi controls, zero-width marks, BOM (code-unit ranges). */
const REMOVABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0640, 0x0640], [0x064b, 0x0655], [0x0670, 0x0670], [0x200b, 0x200f], [0x061c, 0x061c], [0x202a, 0x202e],
  [0x2066, 0x2069], [0xfeff, 0xfeff],
];
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, "0")}`;
/** The removable characters as the inside of a regex character class (the date stage's label pre-test uses it too). */
export const REMOVABLE_CLASS = REMOVABLE_RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join("");
const REMOVABLE = new RegExp(`[${REMOVABLE_CLASS}]`, "g");
/** One removable character (a test; `REMOVABLE` is global, for replacing). */
const ANY_REMOVABLE = new RegExp(`[${REMOVABLE_CLASS}]`, "u");

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Maps Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII 0-9, one character for one. */
export function foldDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode(48 + c - (c >= PERSIAN_ZERO ? PERSIAN_ZERO : EASTERN_ZERO));
  });
}

/** Folds characters one for one (same length as the input): digits, alef and yeh forms, Persian letters, odd spaces. */
export function foldChars(text: string): string {
  return foldDigits(text).replace(/[أإآٱىیئکؤ\u00a0\u2009\u202f\u2007]/g, (c) => CHAR_FOLDS[c] ?? c);
}

/** Removes tatweel, harakat, bidi controls and zero-width characters. Changes the length. */
export function stripInvisible(text: string): string {
  return text.replace(REMOVABLE, "");
}

/** Whether `text` holds a character {@link stripInvisible} removes. */
export function hasInvisible(text: string): boolean {
  return ANY_REMOVABLE.test(text);
}

/** What the single pass of `normalizeForMatch` does with each UTF-16 code unit (KIND), and folds to what (FOLDED). */
const KEEP = 0, DROP = 1, SPACE = 2, FOLD = 3, TEH = 4;
const KIND = new Uint8Array(0x10000);
const FOLDED = new Uint16Array(0x10000);
const TEH_MARBUTA = 0x0629; // ة

// Later marks win: U+00A0 and friends fold to a space but count as whitespace; U+FEFF is removed, not a space.
for (let d = 0; d < 10; d++) {
  FOLDED[EASTERN_ZERO + d] = FOLDED[PERSIAN_ZERO + d] = 48 + d;
  KIND[EASTERN_ZERO + d] = KIND[PERSIAN_ZERO + d] = FOLD;
}
for (const [from, to] of Object.entries(CHAR_FOLDS)) {
  FOLDED[from.charCodeAt(0)] = to.charCodeAt(0);
  KIND[from.charCodeAt(0)] = FOLD;
}
KIND[TEH_MARBUTA] = TEH;
// Exactly what `/\s/` matches (and `trim` removes): WhiteSpace and LineTerminator.
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) KIND[c] = SPACE;
for (const [from, to] of REMOVABLE_RANGES) KIND.fill(DROP, from, to + 1);

/** Cache of `\p{L}` for BMP code units, filled lazily: 0 unknown, 1 not a letter, 2 letter. */
const LETTER_CACHE = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

function isLetter(cp: number): boolean {
  if (cp < 0) return false;
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let v = LETTER_CACHE[cp]!;
  if (v === 0) LETTER_CACHE[cp] = v = LETTER.test(String.fromCharCode(cp)) ? 2 : 1;
  return v === 2;
}

/** Index of the first code unit at or after `i` that is not dropped (`text.length` if none). */
function skipDropped(text: string, i: number): number {
  const n = text.length;
  while (i < n && KIND[codeUnitAt(text, i)] === DROP) i++;
  return i;
}

/**
 * The code point that follows position `i` once dropped characters are gone and characters folded
 * (-1 at the end). A high surrogate pairs with the next kept unit, even across dropped characters.
 */
function nextKeptCodePoint(text: string, i: number): number {
  i = skipDropped(text, i);
  if (i >= text.length) return -1;
  const c = codeUnitAt(text, i);
  const hi = KIND[c] === FOLD ? FOLDED[c]! : c;
  if (hi < 0xd800 || hi > 0xdbff) return hi;
  const j = skipDropped(text, i + 1);
  const lo = j < text.length ? codeUnitAt(text, j) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff ? ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : hi;
}

/**
 * The matching key of a text: invisible characters removed, characters folded, teh marbuta folded to
 * heh at word ends, whitespace collapsed, lower-cased. Never shown to users.
 *
 * One pass, equal to `foldChars(stripInvisible(text)).replace(/ة(?=$|[^\p{L}])/gu, "ه").replace(/\s+/g, " ")
 * .trim().toLowerCase()`: unchanged runs are copied with `slice`, then lower-cased once.
 */
export function normalizeForMatch(text: string): string {
  const n = text.length;
  let out = "";
  let start = 0; // text[start, i) is kept as it is and not yet appended to `out`
  let space = true; // the last kept character was whitespace (true at the start: leading whitespace goes)
  for (let i = 0; i < n; i++) {
    const c = codeUnitAt(text, i);
    const kind = KIND[c]!;
    // Unchanged: ordinary characters, and ة before a letter.
    if (kind === KEEP || (kind === TEH && isLetter(nextKeptCodePoint(text, i + 1)))) {
      space = false;
      continue;
    }
    // A single ASCII space after a non-space is already collapsed: it stays in the run.
    if (c === 0x20 && !space) {
      space = true;
      continue;
    }
    out += text.slice(start, i);
    start = i + 1;
    if (kind === SPACE) {
      if (!space) out += " ";
      space = true;
    } else if (kind !== DROP) {
      out += kind === TEH ? "ه" : String.fromCharCode(FOLDED[c]!);
      space = false;
    }
  }
  out += text.slice(start);
  // A trailing whitespace run left exactly one space at the end.
  return (space && out.length > 0 ? out.slice(0, -1) : out).toLowerCase();
}
