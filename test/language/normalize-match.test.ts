/**
 * `normalizeForMatch` is a single pass over the code units; it must equal, for every input, the
 * original chain of regex passes kept here as `referenceNormalize`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldChars, normalizeForMatch, stripInvisible } from "../../src/language/normalize.js";

/** The original implementation, copied verbatim. */
function referenceNormalize(text: string): string {
  return foldChars(stripInvisible(text))
    .replace(/ة(?=$|[^\p{L}])/gu, "ه")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Fixed seed, so a CI failure reproduces. */
const SEED = 20_260_129;
const run = (arb: fc.Arbitrary<string>, numRuns: number) =>
  fc.assert(
    fc.property(arb, (s) => normalizeForMatch(s) === referenceNormalize(s)),
    { seed: SEED, numRuns, endOnFailure: true },
  );

const REMOVABLE = ["\u0640", ...range(0x064b, 0x0655), "\u0670", ...range(0x200b, 0x200f), "\u061c", ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), "\ufeff"];
/** Every character `/\s/` matches. */
const WHITESPACE = ["\t", "\n", "\v", "\f", "\r", " ", "\u00a0", "\u1680", ...range(0x2000, 0x200a), "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const DIGITS = [..."0123456789", ...range(0x0660, 0x0669), ...range(0x06f0, 0x06f9)];
const FOCUSED = [
  "ة", "ة", "ة", "ه", ..."ابتثجحخدذرزسشصضطظعغفقكلمنوي", ..."أإآٱىیئکؤ",
  ...REMOVABLE, ...WHITESPACE, ...DIGITS,
  "𝒜", "𝔸", "𐐀", "😀", "🙂", "\ud835", "\udc9c", "İ", "Σ", "ς", "ẞ", "A", "Z", "a", "z", ".", ",", "-", "!", "«", "»", "،",
];

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
}

describe("normalizeForMatch equals the regex implementation", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "   \t\n  "],
    ["only removables", "\u0640\u200f\ufeff"],
    ["ة at the end", "مدرسة"],
    ["ة before a letter", "مدرسةالبنات"],
    ["ة before tatweel then a space", "مدرسةـ كبيرة"],
    ["ة before tatweel then a letter", "مدرسةـالبنات"],
    ["ة before a removable at the end", "مدرسة\u200f"],
    ["ة before a surrogate-pair letter", "ة𝒜"],
    ["ة before an emoji", "ة😀"],
    ["ة before a pair split by a removable", "ة\ud835\u0640\udc9c"],
    ["ة before a lone high surrogate", "ة\ud835"],
    ["ة before a lone low surrogate", "ة\udc9c"],
    ["ة before a digit", "ة٣"],
    ["ة before a folded letter", "ةأ"],
    ["ة before NBSP", "ة\u00a0x"],
    ["ةة", "ةة ةةة"],
    ["mixed whitespace runs", " \u00a0a \u2028\u3000 b\u1680\u205f\r\n"],
    ["space around removables", " \u200f a \u0640 \u200e b \u064b"],
    ["BOM between words", "a\ufeffb \ufeff c"],
    ["final sigma after collapse", "ΟΔΟΣ\u200f  ΟΔΟΣ"],
    ["dotted capital I", "İSTANBUL  İ"],
    ["folds and digits", "إقرأ أيضاً ١٢٣ ۴۵۶ کتاب الرى"],
  ])("%s", (_, input) => expect(normalizeForMatch(input)).toBe(referenceNormalize(input)));

  it("every code unit, alone and between letters, spaces and after ة", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, ` ${ch} `, `ة${ch}`, `ة${ch}a`, `ة${ch}\udc9c`, `ة\ud835${ch}\udc9c`]) {
        if (normalizeForMatch(s) !== referenceNormalize(s)) expect(normalizeForMatch(s)).toBe(referenceNormalize(s));
      }
    }
  });

  it("arbitrary full-Unicode strings (lone surrogates included)", () => {
    run(fc.string({ unit: "binary", maxLength: 200 }), 2_000);
    run(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), 2_000);
  });

  it("strings over a focused alphabet (ة, removables, whitespace, digits, folds, surrogates)", () => {
    run(fc.string({ unit: fc.constantFrom(...FOCUSED), maxLength: 60 }), 20_000);
  });
});
