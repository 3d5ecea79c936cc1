import { isAsciiLetter } from "./ascii.js";
import { codePointAt, codeUnitAt } from "./code-units.js";

/** Which writing systems a text uses, counted letter by letter. */
export interface ScriptCounts {
  arabic: number;
  hebrew: number;
  latin: number;
  cyrillic: number;
  greek: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
  devanagari: number;
  other: number;
  total: number;
}

type ScriptName = keyof Omit<ScriptCounts, "total">;

const SCRIPT_TESTS: ReadonlyArray<readonly [Exclude<ScriptName, "other">, RegExp]> = [
  ["arabic", /\p{Script=Arabic}/u],
  ["latin", /\p{Script=Latin}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["greek", /\p{Script=Greek}/u],
  ["han", /\p{Script=Han}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["thai", /\p{Script=Thai}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
];

const LETTER = /\p{L}/u;
const ASCII_END = 0x80, HIGH_SURROGATE = 0xd800, LOW_SURROGATE = 0xdc00;

/** Upper bound on letters examined: a sample this large decides the script of any page. */
export const SCRIPT_SAMPLE_LETTERS = 20_000;

/** What {@link classify} gives for a character that is not a letter. */
const NOT_A_LETTER = -1;
/** What it gives for a letter of none of SCRIPT_TESTS' scripts. */
const OTHER_SCRIPT = SCRIPT_TESTS.length;

/** The script of one character (a code point, as a string): an index of SCRIPT_TESTS, OTHER_SCRIPT or NOT_A_LETTER. */
function classify(ch: string): number {
  if (!LETTER.test(ch)) return NOT_A_LETTER;
  for (let k = 0; k < SCRIPT_TESTS.length; k++) if ((SCRIPT_TESTS[k] as (typeof SCRIPT_TESTS)[number])[1].test(ch)) return k;
  return OTHER_SCRIPT;
}

/**
 * The class of each character of the Basic Multilingual Plane met so far, plus two (0: not yet met).
 * A text's letters were each tested against up to eleven regexes; a page repeats a few dozen
 * characters, so each is tested once per process, and the 64 KB table answers after that.
 */
const BMP_CLASS = new Uint8Array(0x10000);

/** The ScriptCounts key of each class: SCRIPT_TESTS' names, then "other". */
const CLASS_NAMES: readonly ScriptName[] = [...SCRIPT_TESTS.map(([name]) => name), "other"];

/** The class of a BMP code unit (a lone surrogate is no letter), learnt once per character. */
function bmpClass(c: number): number {
  let cls = (BMP_CLASS[c] as number) - 2;
  if (cls < NOT_A_LETTER) {
    cls = classify(String.fromCharCode(c));
    BMP_CLASS[c] = cls + 2;
  }
  return cls;
}

/** Whether a code unit of the BMP is a letter (`\p{L}`); surrogates, halves of a pair, are not. */
function isLetterCode(c: number): boolean {
  return bmpClass(c) !== NOT_A_LETTER;
}

/**
 * The length, in UTF-16 code units, of the letter (`\p{L}`) at `i` of `text`: 1, or 2 for a letter
 * outside the BMP (a surrogate pair); 0 when the character there is not a letter (a lone surrogate is
 * none, and neither half of a pair on its own). ASCII is answered in place, the rest of the BMP by
 * the table, a pair by the regex (such letters are rare).
 */
export function letterLengthAt(text: string, i: number): number {
  const c = codeUnitAt(text, i);
  if (c < ASCII_END) return isAsciiLetter(c) ? 1 : 0;
  if (c >= HIGH_SURROGATE && c < LOW_SURROGATE && i + 1 < text.length) {
    const cp = codePointAt(text, i) as number;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isLetterCode(c) ? 1 : 0;
}

/** Counts letters per script over (at most) the first `SCRIPT_SAMPLE_LETTERS` letters of `text`. */
export function countScripts(text: string): ScriptCounts {
  const perClass = new Array<number>(CLASS_NAMES.length).fill(0);
  let total = 0;
  const length = text.length;
  for (let i = 0; i < length && total < SCRIPT_SAMPLE_LETTERS; i++) {
    const c = codeUnitAt(text, i);
    let cls: number;
    if (c >= HIGH_SURROGATE && c < LOW_SURROGATE && i + 1 < length) {
      // A character outside the BMP (a surrogate pair) is tested as it comes: such letters are rare.
      const cp = codePointAt(text, i) as number;
      if (cp > 0xffff) i++;
      cls = classify(String.fromCodePoint(cp));
    } else cls = bmpClass(c);
    if (cls === NOT_A_LETTER) continue;
    total++;
    perClass[cls] = (perClass[cls] as number) + 1;
  }
  const counts: ScriptCounts = {
    arabic: 0, hebrew: 0, latin: 0, cyrillic: 0, greek: 0, han: 0, kana: 0, hangul: 0, thai: 0,
    devanagari: 0, other: 0, total,
  };
  for (let k = 0; k < CLASS_NAMES.length; k++) counts[CLASS_NAMES[k] as ScriptName] = perClass[k] as number;
  return counts;
}
