import { describe, expect, it } from "vitest";
import { seededRandom } from "../../random.js";
import { lowerIncludes } from "../../../src/html/metadata/lower-includes.js";

/**
 * `lowerIncludes(key)(text)` must answer exactly `text.toLowerCase().includes(key)`: it is a faster
 * form of that test (image.ts), so it is checked against it over many texts and keys, including
 * the characters whose case mapping touches ASCII (İ, K Kelvin, ı, ſ) and others that change length.
 */

const ALPHABET = [..."aAbBiIkKsSzZ09-_./%?=&é", "\u0130", "\u0131", "\u212a", "\u017f", "ß", "Σ", "ς", "\u0307", "ي", "\u{1d400}"];
const KEY_ALPHABET = [..."abiksz09-_.%", "i\u0307", "ß", "K", "I"];

describe("lowerIncludes", () => {
  it("agrees with toLowerCase().includes on random texts and keys", () => {
    const next = seededRandom(7);
    const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] ?? "";
    for (let round = 0; round < 3_000; round++) {
      const key = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(KEY_ALPHABET)).join("");
      const contains = lowerIncludes(key);
      for (let t = 0; t < 10; t++) {
        let text = Array.from({ length: Math.floor(next() * 12) }, () => pick(ALPHABET)).join("");
        // Plant the key, in a random case, in half the texts.
        if (next() < 0.5) {
          const planted = [...key].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join("");
          const at = Math.floor(next() * (text.length + 1));
          text = text.slice(0, at) + planted + text.slice(at);
        }
        expect(contains(text), `${JSON.stringify(text)} / ${JSON.stringify(key)}`).toBe(text.toLowerCase().includes(key));
      }
    }
  });

  it.each([
    ["https://cdn.example.com/IMG_1234-Border.JPG", "img_1234-border", true],
    ["/images/photo-\u212Aey.jpg", "photo-key", true],
    ["/images/\u0130stanbul.jpg", "istanbul", false],
    ["/images/\u0130.jpg", "i", true],
    ["/images/\u0131stanbul.jpg", "istanbul", false],
    ["/a/b.png?x=(1)", "b.png?x=(1)", true],
  ])("%s contains %s: %s", (text, key, expected) => {
    expect(lowerIncludes(key)(text)).toBe(expected);
    expect(text.toLowerCase().includes(key)).toBe(expected);
  });
});
