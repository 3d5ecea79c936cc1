import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces, countNonSpace, isSpaceCode } from "../../src/language/spaces.js";

/** Every character the regex `\s` matches, and some it does not (zero-width space, NEL, Mongolian vowel separator). */
const SPACES = "\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const NOT_SPACES = "\u200b\u0085\u180ea،ة😀";

describe("isSpaceCode", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe("collapseSpaces and countNonSpace", () => {
  it.each([
    ["", ""],
    ["a b", "a b"],
    ["a  b", "a b"],
    ["\n  a\tb \u00a0", " a b "],
    ["\u3000", " "],
    ["نص\u200bعربي", "نص\u200bعربي"],
  ])("collapses %j to %j", (input, output) => {
    expect(collapseSpaces(input)).toBe(output);
  });

  it("returns the same string when there is nothing to collapse", () => {
    const text = "one two three";
    expect(collapseSpaces(text)).toBe(text);
  });

  it("equals the regex replace on any text", () => {
    const char = fc.constantFrom(...[...SPACES, ...NOT_SPACES]);
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(char).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        expect(collapseSpaces(s)).toBe(s.replace(/\s+/gu, " "));
        expect(countNonSpace(s)).toBe(s.replace(/\s+/gu, "").length);
        expect(collapseSpaces(s, true)).toBe(s.replace(/[\s\u200b]+/gu, " "));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});
