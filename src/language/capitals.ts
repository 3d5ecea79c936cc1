/**
 * Whether a text is written in capitals ("DISAPPOINTING NIGHT", "LONDON"): every letter unchanged by
 * upper-casing, at least one an upper-case letter (`\p{Lu}`), and enough letters. Marks, digits and
 * punctuation do not count.
 *
 * A loop over the text that stops at its first small letter: most texts asked about are ordinary
 * sentence-case paragraphs, turned down at their second character. Copying the letters out with a
 * `[^\p{L}]` replace first cost a Unicode-class regex per character of every such paragraph.
 */
import { letterLengthAt } from "./scripts.js";
import { codeUnitAt } from "./code-units.js";

const CAPITAL = /^\p{Lu}$/u;
const SMALL_A = 0x61, SMALL_Z = 0x7a, CAPITAL_A = 0x41, CAPITAL_Z = 0x5a, ASCII_END = 0x80;

/** Whether every letter of `text` is a capital, one at least is upper-case, and the letters fill `minLetters` UTF-16 code units. */
export function inCapitals(text: string, minLetters = 1): boolean {
  let capital = false;
  let letters = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = codeUnitAt(text, i);
    if (c < ASCII_END) {
      if (c >= SMALL_A && c <= SMALL_Z) return false;
      if (c >= CAPITAL_A && c <= CAPITAL_Z) {
        capital = true;
        letters++;
      }
      continue;
    }
    const length = letterLengthAt(text, i);
    if (length === 0) continue;
    const ch = text.slice(i, i + length);
    i += length - 1;
    // Upper-casing maps each character alone (no context, no locale), so the text's letters are
    // unchanged by it exactly when each one is.
    if (ch.toUpperCase() !== ch) return false;
    if (!capital && CAPITAL.test(ch)) capital = true;
    letters += length;
  }
  return capital && letters >= minLetters;
}
