import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_CLASS_WORDS } from "../../src/dates/data/page-words.js";
import { alternationPattern } from "../../src/dates/page/word-pattern.js";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** The alternation as first written: every word, one after the other. */
const plain = (words: readonly string[]): RegExp => new RegExp(words.map(escape).join("|"), "iu");

describe("alternationPattern", () => {
  it("factors common prefixes", () => {
    expect(alternationPattern(["date", "datum", "details", "time"])).toBe("d(?:at(?:e|um)|etails)|time");
    expect(alternationPattern(["a.b", "a(c"])).toBe("a(?:\\.b|\\(c)");
  });

  it("tests as the plain alternation on class names", () => {
    const factored = new RegExp(alternationPattern(DATE_CLASS_WORDS), "iu");
    const words = plain(DATE_CLASS_WORDS);
    const piece = fc.oneof(
      fc.constantFrom(...DATE_CLASS_WORDS, ...DATE_CLASS_WORDS.map((w) => w.toUpperCase()), ...DATE_CLASS_WORDS.map((w) => w.slice(0, -1)), "da", "ti", "ſ", "K", "post", "-", "_", " "),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((a) => a.join("")), (text) => {
        expect(factored.test(text)).toBe(words.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("tests as the plain alternation on any word list", () => {
    const alphabet = fc.constantFrom("a", "b", "c", ".", "(", "é", "😀");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(alphabet, { maxLength: 12 }).map((a) => a.join("")), (list, text) => {
        expect(new RegExp(alternationPattern(list), "iu").test(text)).toBe(plain(list).test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
