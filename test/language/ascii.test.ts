import { describe, expect, it } from "vitest";
import { isAsciiLetter } from "../../src/language/ascii.js";

describe("isAsciiLetter", () => {
  it("is /[A-Za-z]/ on every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isAsciiLetter(c) !== /[A-Za-z]/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it("is false past the end of a string (charCodeAt gives NaN)", () => {
    expect(isAsciiLetter("a".charCodeAt(1))).toBe(false);
  });
});
