import { describe, expect, it } from "vitest";
import { inCapitals } from "../../src/language/capitals.js";
import { pick, seededRandom } from "../random.js";

/** The definition: the letters copied out are unchanged by upper-casing, one is upper-case, and there are enough of them. */
function plain(text: string, minLetters = 1): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= minLetters && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

describe("inCapitals", () => {
  it.each([
    ["DISAPPOINTING NIGHT FOR ‘IRISHMAN’", true],
    ["LONDON, Jan 24", false],
    ["WASHINGTON/BEIRUT", true],
    ["ÉTÉ À PARIS", true],
    ["Été", false],
    ["STRASSE ß", false],
    ["بغداد", false],
    ["NATO دعم", true],
    ["123 !!", false],
    ["𝒜", true],
    ["𝒶", false],
    ["ⓐ BC", true],
  ])("%j is %s", (text, expected) => expect(inCapitals(text)).toBe(expected));

  it("answers as the letters copied out do, on random texts", () => {
    const random = seededRandom(17);
    const alphabet = [..."aZxQ ,.1'’-", ..."éÉßẞİıǅǆ", ..."دعـً", ..."ΣσςЖж", "\u0345", "ⓐ", "Ⓐ", "ⅰ", "Ⅰ", "𝐀", "𝐚", "😀", "\ud800"];
    let caps = 0;
    for (let n = 0; n < 3_000; n++) {
      let text = "";
      const length = Math.floor(random() * 12);
      // Mostly capitals, so both answers come up often.
      for (let i = 0; i < length; i++) text += random() < 0.5 ? pick(random, "ABCÉ Ж") : pick(random, alphabet);
      for (const min of [1, 2]) {
        expect(inCapitals(text, min), JSON.stringify(text)).toBe(plain(text, min));
        if (plain(text, min)) caps++;
      }
    }
    expect(caps).toBeGreaterThan(500);
  });
});
