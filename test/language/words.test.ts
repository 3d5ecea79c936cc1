import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, countWordsCjkApart, WORD } from "../../src/language/words.js";

/** The definition: the number of matches of WORD. */
function byRegex(text: string): number {
  return text.match(new RegExp(WORD.source, WORD.flags))?.length ?? 0;
}

/**
 * Texts for the property tests of both counters: any UTF-16 (lone surrogates too), graphemes, and
 * runs of the characters the counters tell apart (letters, digits, Arabic, Han, kana, Hangul,
 * combining marks, astral letters and emoji, a circled katakana, spaces and punctuation).
 */
const alphabet = fc.constantFrom(..."a Z9،東かカ한\u064e\u0301😀𝒜\ud835\udc00-  .\n\u200b㋐".split(""), "𝒜", "😀", "\ud835");
const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.array(alphabet).map((a) => a.join("")));

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
    fc.assert(fc.property(anyText, (s) => {
      expect(countWords(s)).toBe(byRegex(s));
    }), { numRuns: 3000, seed: 42 });
  });
});

// The page index's counter as it stood in src/html/content/text.ts before it moved here, verbatim.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SINGLE_WORD_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Per code unit: 0 separator, 1 word character, 2 a character that is a word alone (Han, kana); cached lazily. */
const CHAR_CLASS = new Uint8Array(65536).fill(255);

function charClass(code: number): number {
  let c = CHAR_CLASS[code] as number;
  if (c === 255) {
    const ch = String.fromCharCode(code);
    c = SINGLE_WORD_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0;
    CHAR_CLASS[code] = c;
  }
  return c;
}

/**
 * Counts words like `countWords` (runs of letters, marks and digits; each Han or kana character one
 * word), with a table per UTF-16 code unit instead of a regex: the hot path of page indexing.
 * Characters outside the BMP are classified by code point, like the regex does.
 */
function referenceCjkApart(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // Outside the BMP: classify the whole code point (rare; no cache).
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      c = SINGLE_WORD_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0;
      i++;
    } else c = charClass(code);
    if (c === 2) {
      n++;
      inWord = false;
    } else if (c === 1) {
      if (!inWord) n++;
      inWord = true;
    } else inWord = false;
  }
  return n;
}

describe("countWordsCjkApart", () => {
  it.each([
    ["ab東京", 3],
    ["東京ab", 3],
    ["one two", 2],
    ["\ud835 lone", 1],
  ])("counts %j as %i words", (text, words) => {
    expect(countWordsCjkApart(text)).toBe(words);
    expect(referenceCjkApart(text)).toBe(words);
  });

  it("agrees with the counter it replaced on any text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(countWordsCjkApart(s)).toBe(referenceCjkApart(s));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
