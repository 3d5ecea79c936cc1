import { describe, expect, it } from "vitest";
import { foldChars, foldDigits, normalizeForMatch, stripInvisible } from "../../src/language/normalize.js";

describe("foldDigits", () => {
  it.each([
    ["٢٠٢٣", "2023"],
    ["۲۰۲۳", "2023"],
    ["١ / ١٢ / ٢٠٢٠", "1 / 12 / 2020"],
    ["۴۵۶ and ٤٥٦", "456 and 456"],
    ["no digits", "no digits"],
  ])("%s → %s", (input, expected) => expect(foldDigits(input)).toBe(expected));
});

describe("foldChars keeps the length", () => {
  it.each(["أغسطس", "إقرأ", "الرى", "کتاب", "a\u00a0b", "٠٩"])("%s", (input) => {
    expect(foldChars(input)).toHaveLength(input.length);
  });
  it("folds alef, yeh and Persian forms", () => {
    expect(foldChars("أإآٱ")).toBe("اااا");
    expect(foldChars("ى")).toBe("ي");
    expect(foldChars("ک")).toBe("ك");
  });
});

describe("normalizeForMatch", () => {
  it("removes tatweel, harakat and bidi marks", () => {
    expect(stripInvisible("يونـيو")).toBe("يونيو");
    expect(stripInvisible("مطَّلع")).toBe("مطلع");
    expect(stripInvisible("\u200fعنوان\u200e")).toBe("عنوان");
  });
  it("makes spelling variants meet", () => {
    expect(normalizeForMatch("إقرأ أيضاً")).toBe(normalizeForMatch("اقرأ ايضا"));
    expect(normalizeForMatch("مشاركة")).toBe(normalizeForMatch("مشاركه"));
    expect(normalizeForMatch("  Share\u00a0THIS ")).toBe("share this");
  });
});
