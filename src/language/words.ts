/**
 * Word counting that works in every script: a word is a run of letters, marks and digits
 * (Arabic and Latin alike), and each Han or kana character standing alone counts as one word, since
 * those scripts write no spaces. Linear in the length of the text.
 *
 * The count is exactly that of the regex `WORD` below (matches counted one after another); it is
 * computed with a table of character classes instead, because the regex is a hot path of the
 * HTML stages (test/language/words.test.ts compares the two).
 */
import { codePointAt, codeUnitAt } from "./code-units.js";

export const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Flags of a code point: 1 a word character (letter, mark, digit), 2 Han or kana script (a word alone). */
function classify(ch: string): number {
  return (WORD_CHAR.test(ch) ? 1 : 0) | (CJK_CHAR.test(ch) ? 2 : 0);
}

/**
 * Classes of BMP code units, filled lazily (255: not yet known). High surrogates stay 255: what
 * they mean depends on the unit after them.
 */
const CLASS = new Uint8Array(65536).fill(255);

/** Flags of a BMP code unit, from the table. */
function unitFlags(c: number): number {
  let k = CLASS[c] as number;
  if (k === 255) {
    k = classify(String.fromCharCode(c));
    if (c < 0xd800 || c > 0xdbff) CLASS[c] = k;
  }
  return k;
}

/** Counts the words of `text` (the number of `WORD` matches). */
export function countWords(text: string): number {
  let n = 0;
  /** 1 inside a run of word characters started by a character other than Han or kana. */
  let run = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const code = codeUnitAt(text, i);
    let k = CLASS[code] as number;
    // One test per character for the rare cases: a unit not yet in the table, a high surrogate.
    if (k === 255) {
      const next = i + 1 < len ? codeUnitAt(text, i + 1) : 0;
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair: the code point is one character.
        k = classify(text.slice(i, i + 2));
        i++;
      } else k = unitFlags(code);
    }
    // Without branches, like countWordsCjkApart: a word character continues a run; outside one, any
    // word character or Han/kana character starts a match (counted), and a run unless Han or kana
    // (a Han or kana character starting a match is a word alone; inside a run it is part of it).
    const cont = run & k & 1;
    const start = (cont ^ 1) & ((k + 3) >> 2);
    n += start;
    run = cont | (start & ~(k >> 1) & 1);
  }
  return n;
}

/**
 * Counts words like {@link countWords}, except that a Han or kana character is always a word of
 * its own, even inside a run of other letters ("ab東京" is 3 words here, 1 for `countWords`): the
 * count the HTML page index uses. After a high surrogate the next code unit is always consumed
 * with it (a lone high surrogate counts as a separator).
 */
export function countWordsCjkApart(text: string): number {
  let n = 0;
  /** 1 when the previous character continued a run of (non-Han, non-kana) word characters. */
  let prev = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const code = codeUnitAt(text, i);
    let k = CLASS[code] as number;
    // One test per character for the rare cases: a unit not yet in the table, a high surrogate.
    if (k === 255) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
        // Outside the BMP: classify the whole code point (rare; no cache).
        k = classify(String.fromCodePoint(codePointAt(text, i) as number));
        i++;
      } else k = unitFlags(code);
    }
    // Without branches (word starts are unpredictable, and a mispredicted branch per word cost more
    // than this arithmetic): a Han or kana character is a word (cjk); another word character
    // starts one unless the previous character was one too.
    const cjk = k >> 1;
    const word = k & ~cjk & 1;
    n += cjk | (word & ~prev);
    prev = word;
  }
  return n;
}
