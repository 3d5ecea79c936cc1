import { foldText } from "./fold.js";
import { wordKey } from "./lexicon.js";
import { PageCache } from "../language/page-cache.js";
import { isAsciiLetter } from "../language/ascii.js";
import { codeUnitAt } from "../language/code-units.js";

/**
 * The date reader's tokens. The text is folded one character for one (digits to ASCII, alef and yeh
 * forms), so every token's `start`/`end` are offsets into the caller's text.
 *
 * A word's `key` is made on first read, not by the tokenizer: the scanner asks it only of words that
 * may open a date (see `mayStartDate`) and of the few words a date form reads after them, so most
 * words of a page's text are never lower-cased.
 */
export class Token {
  private cachedKey: string | undefined;

  constructor(
    readonly kind: "num" | "word" | "punct",
    /** The folded text of the token. */
    readonly text: string,
    readonly start: number,
    readonly end: number,
    /** Whitespace stands between this token and the previous one. */
    readonly spaced: boolean,
    /** Words: the word holds an Arabic-script letter (its key needs the full normalization). */
    private readonly arabic: boolean,
    /** Words: the word has only ASCII letters. */
    readonly ascii: boolean,
  ) {}

  /** Words: the matching key (lower case, normalized). Numbers and punctuation: the text. */
  get key(): string {
    let k = this.cachedKey;
    if (k === undefined) {
      k = this.kind === "word" ? keyOf(this.text, this.arabic) : this.text;
      this.cachedKey = k;
    }
    return k;
  }
}

/**
 * Character classes of the scanner: a run of ASCII digits (after folding) is a number, a run of
 * letters and marks a word, a CJK character (年, 月, 日, 년 …) a word of its own, any other
 * non-space character a punctuation token. Spaces and format characters (bidi marks, zero-width)
 * separate tokens. One pass over the text, each character classified once (cached per code unit).
 */
const enum Cls {
  Unknown = 0,
  Space = 1,
  Digit = 2,
  Letter = 3,
  Cjk = 4,
  Other = 5,
}
const CLASSES = new Uint8Array(65536);
const IS_SPACE = /^[\s\p{Cf}]$/u;
const IS_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;

function classify(ch: string): Cls {
  if (IS_SPACE.test(ch)) return Cls.Space;
  if (IS_CJK.test(ch)) return Cls.Cjk;
  if (IS_LETTER.test(ch)) return Cls.Letter;
  return Cls.Other;
}

/** Set in {@link classAt}'s answer when the class is that of a surrogate pair (two code units). */
const PAIR = 8;

/**
 * The class of the character at `i`, plus {@link PAIR} when it takes two code units. A number,
 * not a `{cls, width}` object: this runs once per character of a page's text.
 */
function classAt(text: string, i: number): number {
  const c = codeUnitAt(text, i);
  if (c >= 48 && c <= 57) return Cls.Digit;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return classify(text.slice(i, i + 2)) | PAIR;
  let cls = CLASSES[c] as Cls;
  if (cls === Cls.Unknown) {
    cls = classify(text[i]!);
    CLASSES[c] = cls;
  }
  return cls;
}

/** Whether a code unit lies in the Arabic-script blocks: a word with one needs the full key normalization. */
function isArabicCode(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/** Code units below this are ASCII. */
const ASCII_END = 128;

/** Word keys are cached: pages repeat their words, and normalizing is the costly part. */
const KEY_CACHE_LIMIT = 20_000;
const keys = new PageCache<string, string>(KEY_CACHE_LIMIT);
/**
 * The key of a word. Only words with Arabic-script letters (`arabic`, found by the scanner as it
 * reads the word) need the full normalization; others just lower-case.
 */
function keyOf(word: string, arabic: boolean): string {
  if (!arabic) return word.toLowerCase();
  let k = keys.get(word);
  if (k === undefined) {
    k = wordKey(word);
    keys.set(word, k);
  }
  return k;
}

/** Splits `text` into tokens (see {@link Token}). */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const out: Token[] = [];
  let last = 0;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    const first = classAt(folded, i);
    const cls = (first & ~PAIR) as Cls;
    if (cls === Cls.Space) {
      i += first & PAIR ? 2 : 1;
      continue;
    }
    const start = i;
    // The bits of every code unit of the word, or-ed: below ASCII_END it is all ASCII.
    let units = codeUnitAt(folded, i);
    let arabic = isArabicCode(units);
    i += first & PAIR ? 2 : 1;
    if (cls === Cls.Digit || cls === Cls.Letter) {
      while (i < n) {
        const c = codeUnitAt(folded, i);
        // An ASCII letter inside a word (most of a page's text): a letter, not Arabic, one code unit.
        if (cls === Cls.Letter && isAsciiLetter(c)) {
          units |= c;
          i++;
          continue;
        }
        const next = classAt(folded, i);
        if ((next & ~PAIR) !== cls) break;
        units |= c;
        if (!arabic) arabic = isArabicCode(c);
        i += next & PAIR ? 2 : 1;
      }
    }
    const kind: Token["kind"] = cls === Cls.Digit ? "num" : cls === Cls.Letter || cls === Cls.Cjk ? "word" : "punct";
    out.push(new Token(kind, folded.slice(start, i), start, i, start > last || out.length === 0, arabic, units < ASCII_END));
    last = i;
  }
  return out;
}
