import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/language/escape-regexp.js";

describe("escapeRegExp", () => {
  it.each(["a.b", "(AFP)", "[Foto]", "$1 + 2?", "a|b", "x*y^z", "{3}", "back\\slash", "نص.عربي", "plain"])("matches %j literally, and only it", (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`, "u");
    expect(re.test(text)).toBe(true);
    expect(re.test(`${text}x`)).toBe(false);
  });
});
