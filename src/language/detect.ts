import type { Direction } from "../model/article.js";
import { countScripts, letterLengthAt } from "./scripts.js";
import { FUNCTION_WORDS } from "./data/function-words.js";
import { codeUnitAt } from "./code-units.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const LETTER_RUNS = /\p{L}+/gu;
/** Any character but a letter. */
const NOT_A_LETTER = /\P{L}/u;
const SMALL_A = 0x61, SMALL_Z = 0x7a;

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "iw"]);

/** Letters found in Persian and Urdu but not in Arabic. */
const PERSIAN_LETTERS = /[پچژگکی]/gu;
const URDU_LETTERS = /[ٹڈڑںھےۓ]/gu;
const UKRAINIAN_LETTERS = /[іїєґ]/giu;

/** Share of letters a script needs before it decides the language. */
const MAJORITY = 0.5;
/** Fewest letters on which a guess is made at all. */
const MIN_LETTERS = 20;
/** Share of Persian-only letters (per Arabic-script letter) above which the text is Persian. */
const PERSIAN_SHARE = 0.01;

/**
 * The languages whose function words hold each word, in FUNCTION_WORDS' order: one lookup per word of
 * the text instead of one per language.
 */
const WORD_LANGUAGES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of new Set(words)) {
      const langs = map.get(word);
      if (langs) langs.push(lang);
      else map.set(word, [lang]);
    }
  }
  return map;
})();
/** Words examined when telling Latin-script languages apart. */
const WORD_SAMPLE = 2_000;

/**
 * The Latin-script language whose function words are most of the text's first words: its letter runs
 * (`\p{L}+`), lower-cased. The runs are found by a loop over code units, not a `\p{L}+` regex (four
 * times slower), and each is lower-cased alone when it holds anything but a-z (the whole text, up to
 * 200,000 characters, was lower-cased for 2,000 words); a run that lower-casing splits ("İ" gives "i"
 * and a combining dot) counts as the words of the lower-cased text. Ties go to the language that
 * scored first.
 */
function latinLanguage(text: string): string | null {
  const scores = new Map<string, number>();
  const count = (word: string): void => {
    const langs = WORD_LANGUAGES.get(word);
    if (langs) for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  };
  let seen = 0;
  /** Where the current run began (-1 between runs), and whether it holds a character other than a-z. */
  let start = -1;
  let cased = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const letter = i < n ? letterLengthAt(text, i) : 0;
    if (letter > 0) {
      if (start < 0) {
        start = i;
        cased = false;
      }
      const c = codeUnitAt(text, i);
      if (c < SMALL_A || c > SMALL_Z) cased = true;
      i += letter - 1;
      continue;
    }
    if (start < 0) continue;
    const run = text.slice(start, i);
    start = -1;
    const lower = cased ? run.toLowerCase() : run;
    if (lower === run || !NOT_A_LETTER.test(lower)) {
      if (++seen > WORD_SAMPLE) break;
      count(lower);
      continue;
    }
    let full = false;
    for (const word of lower.match(LETTER_RUNS) ?? []) {
      if ((full = ++seen > WORD_SAMPLE)) break;
      count(word);
    }
    if (full) break;
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

function ratio(text: string, re: RegExp, of: number): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return of === 0 ? 0 : n / of;
}

/**
 * Guesses the BCP 47 primary language of `text` from its own scripts (and, for Latin script, its
 * function words). Returns null when the text is too short or mixed to tell.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const c = countScripts(sample);
  if (c.total < MIN_LETTERS) return null;
  const share = (n: number) => n / c.total;
  if (share(c.arabic) >= MAJORITY) {
    if (ratio(sample, URDU_LETTERS, c.arabic) > PERSIAN_SHARE) return "ur";
    if (ratio(sample, PERSIAN_LETTERS, c.arabic) > PERSIAN_SHARE) return "fa";
    return "ar";
  }
  if (share(c.hebrew) >= MAJORITY) return "he";
  if (share(c.cyrillic) >= MAJORITY) return ratio(sample, UKRAINIAN_LETTERS, c.cyrillic) > PERSIAN_SHARE ? "uk" : "ru";
  if (share(c.greek) >= MAJORITY) return "el";
  if (share(c.hangul) >= MAJORITY) return "ko";
  if (c.kana > 0 && share(c.kana + c.han) >= MAJORITY) return "ja";
  if (share(c.han) >= MAJORITY) return "zh";
  if (share(c.thai) >= MAJORITY) return "th";
  if (share(c.devanagari) >= MAJORITY) return "hi";
  if (share(c.latin) >= MAJORITY) return latinLanguage(sample);
  return null;
}

/** Writing direction of a language tag (`ar`, `ar-EG`, `fa` → rtl). */
export function directionOf(language: string | null): Direction | null {
  if (!language) return null;
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}

/** Direction from the text's own letters: rtl when most letters are Arabic-script or Hebrew. */
export function directionOfText(text: string): Direction {
  const c = countScripts(text.length > 200_000 ? text.slice(0, 200_000) : text);
  return c.total > 0 && (c.arabic + c.hebrew) / c.total >= MAJORITY ? "rtl" : "ltr";
}
