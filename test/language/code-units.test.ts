import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointAt, codeUnitAt } from "../../src/language/code-units.js";

/**
 * The same text in the representations V8 gives strings that come from a page: flat, a slice of a
 * longer string, a concatenation, a join, one made of char codes (two-byte when it holds Arabic).
 */
function representations(text: string): string[] {
  const padded = `<p>${text}</p>`;
  const half = text.length >> 1;
  return [text, padded.slice(3, 3 + text.length), text.slice(0, half) + text.slice(half), [text.slice(0, half), text.slice(half)].join(""), String.fromCharCode(...[...Array(text.length).keys()].map((i) => text.charCodeAt(i)))];
}

describe("code units read without a lookup on the text", () => {
  it.each([
    ["ASCII", "Reuters said on Monday"],
    ["Arabic", "قال المتحدث باسم الحكومة"],
    ["astral", "a😀b𝒜"],
    ["lone surrogate", "x\ud835y"],
  ])("gives what the string's own methods give (%s), in every representation, past the end too", (_name, text) => {
    for (const s of representations(text)) {
      for (let i = -1; i <= s.length; i++) {
        expect(codeUnitAt(s, i)).toBe(s.charCodeAt(i));
        expect(codePointAt(s, i)).toBe(s.codePointAt(i));
      }
    }
  });

  it("agrees with charCodeAt and codePointAt on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.nat(), (text, n) => {
        const i = text.length === 0 ? 0 : n % (text.length + 1);
        return Object.is(codeUnitAt(text, i), text.charCodeAt(i)) && codePointAt(text, i) === text.codePointAt(i);
      }),
    );
  });
});
