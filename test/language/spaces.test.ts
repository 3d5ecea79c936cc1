import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces, countNonSpace, hasNonSpace, isSpaceCode } from "../../src/language/spaces.js";

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

describe("countNonSpace", () => {
  it.each([
    ["", 0],
    ["a b", 2],
    ["\n  a\tb \u00a0", 2],
    ["نص\u200bعربي", 7],
  ])("counts %j as %i", (input, count) => {
    expect(countNonSpace(input)).toBe(count);
  });

  it("equals the length after removing whitespace with the regex, on any text", () => {
    const char = fc.constantFrom(...[...SPACES, ...NOT_SPACES]);
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(char).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (s) => {
        expect(countNonSpace(s)).toBe(s.replace(/\s+/gu, "").length);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});

describe("hasNonSpace", () => {
  it("agrees with /\\S/u on any text", () => {
    const piece = fc.constantFrom("", "a", " ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b", "\u180e", "😀", "\ud835", "\udc00", "\u0085", "x y");
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(piece, { maxLength: 12 }).map((a) => a.join("")));
    fc.assert(fc.property(text, (t) => hasNonSpace(t) === /\S/u.test(t)), { numRuns: 5000, seed: 13 });
  });

  it("reads only the range it is given, as /\\S/u on that slice", () => {
    const piece = fc.constantFrom("", "a", " ", "\n", "\u00a0", "\u3000", "x y");
    const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        return hasNonSpace(t, start, end) === /\S/u.test(t.slice(start, end));
      }),
      { numRuns: 5000, seed: 17 },
    );
  });
});

describe("collapseSpaces", () => {
  it("makes each run of whitespace one space, as the \\s+ replace does, on any text", () => {
    const char = fc.constantFrom(...[...SPACES, ...NOT_SPACES, " ", " "]);
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(char).map((a) => a.join("")));
    fc.assert(fc.property(text, (s) => collapseSpaces(s) === s.replace(/\s+/gu, " ")), { numRuns: 5000, seed: 31 });
  });

  it("returns a text with nothing to collapse as it is", () => {
    const text = "one two three";
    expect(collapseSpaces(text)).toBe(text);
    expect(collapseSpaces(" a\u00a0\u00a0b\t")).toBe(" a b ");
  });
});

