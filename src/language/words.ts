/**
 * Word counting that works in every script: a word is a run of letters, marks and digits
 * (Arabic and Latin alike), and each Han or kana character standing alone counts as one word, since
 * those scripts write no spaces. Linear in the length of the text.
 *
 * The count is exactly that of the regex `WORD` below (matches counted one after another); it is
 * computed with a table of character classes instead, because the regex is a hot path of the
 * HTML stages (test/language/words.test.ts compares the two).
 */
export const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Flags of a code point: 1 a word character (letter, mark, digit), 2 Han or kana script (a word alone). */
function classify(ch: string): number {
  return (WORD_CHAR.test(ch) ? 1 : 0) | (CJK_CHAR.test(ch) ? 2 : 0);
}

/** Classes of BMP code units, filled lazily (255: not yet known). */
const CLASS = new Uint8Array(65536).fill(255);

/** Flags of the code point at `i`, with 4 set when it takes two code units (a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | 4;
  }
  return unitFlags(c);
}

/** Flags of a BMP code unit, from the table. */
function unitFlags(c: number): number {
  let k = CLASS[c] as number;
  if (k === 255) {
    k = classify(String.fromCharCode(c));
    CLASS[c] = k;
  }
  return k;
}

/** Counts the words of `text` (the number of `WORD` matches). */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    let k = classAt(text, i);
    i += k & 4 ? 2 : 1;
    k &= 3;
    if (k === 0) continue;
    n++;
    // A Han or kana character starting a match is a word alone; any other word character starts a
    // run of word characters, Han and kana letters included.
    if (k & 2) continue;
    while (i < len) {
      const next = classAt(text, i);
      if ((next & 1) === 0) break;
      i += next & 4 ? 2 : 1;
    }
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
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let k: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // Outside the BMP: classify the whole code point (rare; no cache).
      k = classify(String.fromCodePoint(text.codePointAt(i) as number));
      i++;
    } else k = unitFlags(code);
    if (k & 2) {
      n++;
      inWord = false;
    } else if (k & 1) {
      if (!inWord) n++;
      inWord = true;
    } else inWord = false;
  }
  return n;
}
