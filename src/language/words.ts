/**
 * Word counting that works in every script: a word is a run of letters, marks and digits
 * (Arabic and Latin alike), and each Han, kana or Hangul character counts as one word, since
 * those scripts write no spaces. Linear in the length of the text.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

/** Counts the words of `text`. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
