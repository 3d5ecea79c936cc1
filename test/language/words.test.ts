import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, WORD } from "../../src/language/words.js";

/** The definition: the number of matches of WORD. */
function byRegex(text: string): number {
  return text.match(new RegExp(WORD.source, WORD.flags))?.length ?? 0;
}

describe("countWords", () => {
  it.each([
    ["", 0],
    ["one two  three", 3],
    ["قال الوزير، إن", 3],
    ["東京都", 3],
    ["ab東京", 1],
    ["東京ab", 3],
    ["3.5 km", 3],
    ["𝒜𝒷 😀 x", 2],
    ["\ud835 lone", 1],
    ["مَدْرَسَة", 1],
    ["0㋐", 2],
  ])("counts %j as %i words, like the regex", (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(byRegex(text)).toBe(words);
  });

  it("agrees with the regex on any text", () => {
    const alphabet = fc.constantFrom(..."a Z9،東かカ한\u064e\u0301😀𝒜\ud835\udc00-  .\n\u200b".split(""), "𝒜", "😀", "\ud835");
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.array(alphabet).map((a) => a.join("")));
    fc.assert(fc.property(text, (s) => {
      expect(countWords(s)).toBe(byRegex(s));
    }), { numRuns: 3000, seed: 42 });
  });
});
