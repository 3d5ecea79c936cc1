/**
 * Normalization for matching only: output text always keeps the original characters.
 *
 * `foldChars` maps one character to one character, so offsets in the folded copy are offsets in the
 * original; use it where positions matter (quotes, datelines). `normalizeForMatch` also removes
 * characters (tatweel, harakat, bidi controls, zero-width) and collapses whitespace; use it for lookups.
 */

const EASTERN_ZERO = 0x0660; // ٠
const PERSIAN_ZERO = 0x06f0; // ۰

/** One-to-one character folds: alef forms, yeh, Persian letters, hamza seats, digits. */
const CHAR_FOLDS: Readonly<Record<string, string>> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ى": "ي", "ی": "ي", "ئ": "ي",
  "ک": "ك", "ؤ": "و",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
};

/** Characters that carry nothing for matching: tatweel, harakat, bidi controls, zero-width marks, BOM. */
const REMOVABLE = /[\u0640\u064b-\u0655\u0670\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

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

/**
 * The matching key of a text: invisible characters removed, characters folded, teh marbuta folded to
 * heh at word ends, whitespace collapsed, lower-cased. Never shown to users.
 */
export function normalizeForMatch(text: string): string {
  return foldChars(stripInvisible(text))
    .replace(/ة(?=$|[^\p{L}])/gu, "ه")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
