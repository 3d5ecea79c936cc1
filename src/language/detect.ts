import type { Direction } from "../model/article.js";
import { countScripts } from "./scripts.js";
import { FUNCTION_WORDS } from "./data/function-words.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const LETTER_RUNS = /\p{L}+/gu;

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

const WORD_SETS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);
/** Words examined when telling Latin-script languages apart. */
const WORD_SAMPLE = 2_000;

function latinLanguage(text: string): string | null {
  const scores = new Map<string, number>();
  let seen = 0;
  for (const match of text.toLowerCase().matchAll(LETTER_RUNS)) {
    if (++seen > WORD_SAMPLE) break;
    for (const [lang, words] of WORD_SETS) {
      if (words.has(match[0])) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
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
