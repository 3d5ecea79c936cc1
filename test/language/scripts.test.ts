import { describe, expect, it } from "vitest";
import { countScripts, type ScriptCounts } from "../../src/language/scripts.js";
import { detectLanguage } from "../../src/language/detect.js";
import { FUNCTION_WORDS } from "../../src/language/data/function-words.js";
import { pick, pickJoined, seededRandom } from "../random.js";

/**
 * countScripts remembers each character's script in a table, and detectLanguage lower-cases one word
 * at a time. Both must count as the plain definitions do: every character of the text tested
 * against the script regexes, and the words of the whole text lower-cased.
 */
const SCRIPTS: ReadonlyArray<readonly [keyof ScriptCounts, RegExp]> = [
  ["arabic", /\p{Script=Arabic}/u], ["latin", /\p{Script=Latin}/u], ["hebrew", /\p{Script=Hebrew}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u], ["greek", /\p{Script=Greek}/u], ["han", /\p{Script=Han}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ["hangul", /\p{Script=Hangul}/u],
  ["thai", /\p{Script=Thai}/u], ["devanagari", /\p{Script=Devanagari}/u],
];

function plainCount(text: string, limit: number): Record<string, number> {
  const counts: Record<string, number> = { total: 0, other: 0 };
  for (const [name] of SCRIPTS) counts[name] = 0;
  for (const ch of text) {
    if (counts.total! >= limit) break;
    if (!/\p{L}/u.test(ch)) continue;
    counts.total!++;
    const hit = SCRIPTS.find(([, re]) => re.test(ch));
    counts[hit ? hit[0] : "other"]!++;
  }
  return counts;
}

/** Letters, marks and signs of many scripts, and the odd ones: tatweel (a letter of no script here), a combining dot, lone and paired surrogates. */
const CHARACTERS = [..."aZéİıßΣσς", ..."دعاپـً", ..."שלום", ..."Жіє", ..."外交𠀋", ..."かカ한ไทยहि", ..." ,.1٣\u0307\u200f", "\ud800", "\udc00", "𝒜", "😀"];

describe("countScripts", () => {
  it("counts as a test of every character against the script regexes, on random texts", () => {
    const random = seededRandom(11);
    for (let n = 0; n < 300; n++) {
      const text = pickJoined(random, CHARACTERS, Math.floor(random() * 400));
      expect(countScripts(text)).toEqual(plainCount(text, Number.POSITIVE_INFINITY));
    }
  });

  it("stops at the sample's letter limit", () => {
    const text = "ab ".repeat(15_000) + "دعا".repeat(5_000);
    const counts = countScripts(text);
    expect(counts.total).toBe(20_000);
    expect(counts.arabic).toBe(0);
  });
});

/** The Latin language guess as it was defined: the whole text lower-cased, then its letter runs looked up. */
function plainLatin(text: string): string | null {
  const scores = new Map<string, number>();
  let seen = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++seen > 2_000) break;
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) if (words.includes(m[0])) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [lang, score] of scores) if (best === null || score > (scores.get(best) as number)) best = lang;
  return best;
}

describe("detectLanguage, Latin script", () => {
  it("picks the language the whole lower-cased text gives, on random texts", () => {
    const random = seededRandom(5);
    const words = [...new Set(Object.values(FUNCTION_WORDS).flat())];
    // Function words in any case, words that are in no list, "İ", which lower-cases to two characters,
    // and characters outside the BMP, letters ("𝒜", "𠀋") and not ("😀").
    const vocabulary = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1)), "İstanbul", "DİE", "Straße", "minister", "Ölçü", "𝒜die", "la😀", "𠀋de", "-", ","];
    let decided = 0;
    for (let n = 0; n < 300; n++) {
      const count = 5 + Math.floor(random() * (n % 10 === 0 ? 3_000 : 60));
      // Mostly spaces between words; now and then none, so that runs join across words.
      const text = Array.from({ length: count }, () => pick(random, vocabulary) + (random() < 0.9 ? " " : "")).join("");
      const latinLetters = plainCount(text, 20_000);
      if (latinLetters.latin! / latinLetters.total! < 0.5 || latinLetters.total! < 20) continue;
      const expected = plainLatin(text);
      expect(detectLanguage(text)).toBe(expected);
      if (expected !== null) decided++;
    }
    expect(decided).toBeGreaterThan(200);
  });
});
