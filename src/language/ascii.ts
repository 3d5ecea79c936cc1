/**
 * ASCII character tests on UTF-16 code units, for the scanners that read markup and dates code unit by
 * code unit (the tree builder, the nesting guard, the date tokenizer).
 */

/** The bit that makes an ASCII capital small, the small "a", and the letters from it. */
const LOWER_BIT = 0x20;
const SMALL_A = 0x61;
const ASCII_LETTERS = 26;

/**
 * Whether the code unit is an ASCII letter, A-Z or a-z. The unsigned compare also rejects codes below
 * "a", and `NaN` (`charCodeAt` past the end of a string) is none.
 */
export function isAsciiLetter(c: number): boolean {
  return ((c | LOWER_BIT) - SMALL_A) >>> 0 < ASCII_LETTERS;
}
