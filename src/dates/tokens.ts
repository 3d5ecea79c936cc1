import { foldText } from "./fold.js";
import { wordKey } from "./lexicon.js";

/**
 * The date reader's tokens. The text is folded one character for one (digits to ASCII, alef and yeh
 * forms), so every token's `start`/`end` are offsets into the caller's text.
 */
export interface Token {
  kind: "num" | "word" | "punct";
  /** The folded text of the token. */
  text: string;
  /** Words: the matching key (lower case, normalized). Numbers and punctuation: the text. */
  key: string;
  start: number;
  end: number;
  /** Whitespace stands between this token and the previous one. */
  spaced: boolean;
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

function classAt(text: string, i: number): { cls: Cls; width: number } {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return { cls: Cls.Digit, width: 1 };
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const pair = text.slice(i, i + 2);
    return { cls: classify(pair), width: 2 };
  }
  let cls = CLASSES[c] as Cls;
  if (cls === Cls.Unknown) {
    cls = classify(text[i]!);
    CLASSES[c] = cls;
  }
  return { cls, width: 1 };
}

/** Word keys are cached: pages repeat their words, and normalizing is the costly part. */
const KEY_CACHE_LIMIT = 20_000;
const keys = new Map<string, string>();
/** Arabic-script letters: only these words need the full normalization; others just lower-case. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
function keyOf(word: string): string {
  if (!ARABIC.test(word)) return word.toLowerCase();
  let k = keys.get(word);
  if (k === undefined) {
    k = wordKey(word);
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
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
    const { cls, width } = classAt(folded, i);
    if (cls === Cls.Space) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (cls === Cls.Digit || cls === Cls.Letter) {
      while (i < n) {
        const next = classAt(folded, i);
        if (next.cls !== cls) break;
        i += next.width;
      }
    }
    const t = folded.slice(start, i);
    const kind: Token["kind"] = cls === Cls.Digit ? "num" : cls === Cls.Letter || cls === Cls.Cjk ? "word" : "punct";
    out.push({ kind, text: t, key: kind === "word" ? keyOf(t) : t, start, end: i, spaced: start > last || out.length === 0 });
    last = i;
  }
  return out;
}
