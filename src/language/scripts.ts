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

const SCRIPT_TESTS: ReadonlyArray<readonly [keyof Omit<ScriptCounts, "total" | "other">, RegExp]> = [
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

/** Upper bound on letters examined: a sample this large decides the script of any page. */
export const SCRIPT_SAMPLE_LETTERS = 20_000;

/** Counts letters per script over (at most) the first `SCRIPT_SAMPLE_LETTERS` letters of `text`. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {
    arabic: 0, hebrew: 0, latin: 0, cyrillic: 0, greek: 0, han: 0, kana: 0, hangul: 0, thai: 0,
    devanagari: 0, other: 0, total: 0,
  };
  for (const ch of text) {
    if (counts.total >= SCRIPT_SAMPLE_LETTERS) break;
    if (!LETTER.test(ch)) continue;
    counts.total++;
    let found = false;
    for (const [name, re] of SCRIPT_TESTS) {
      if (re.test(ch)) {
        counts[name]++;
        found = true;
        break;
      }
    }
    if (!found) counts.other++;
  }
  return counts;
}
