import { describe, expect, it } from "vitest";
import { loadHtml } from "../../../src/html/load.js";
import { normalizeLanguage } from "../../../src/html/metadata/language.js";
import { readMetadata } from "../../../src/html/metadata/index.js";

describe("normalizeLanguage", () => {
  it.each([
    ["ar-SA", "ar-SA"], ["en_US", "en-US"], ["AR-sa", "ar-SA"], ["zh-hant-tw", "zh-Hant-TW"], ["es-419", "es-419"],
    ["fr", "fr"], [" de ", "de"], ["English", null], ["", null], ["{{lang}}", null], [null, null],
  ])("%s → %s", (raw, expected) => expect(normalizeLanguage(raw)).toBe(expected));
});

describe("language and direction of a page", () => {
  const read = (html: string) => readMetadata(loadHtml(html));

  it("reads <html lang dir>", () => {
    const m = read('<html lang="ar-EG" dir="rtl"><head><title>x</title></head><body><h1>x</h1></body></html>');
    expect([m.language, m.direction, m.provenance.language, m.provenance.direction]).toEqual(["ar-EG", "rtl", "html:lang", "html:dir"]);
  });

  it("falls back to og:locale and gives the direction from the language", () => {
    const m = read('<html><head><meta property="og:locale" content="fa_IR"></head><body></body></html>');
    expect([m.language, m.direction, m.provenance.direction]).toEqual(["fa-IR", "rtl", "language"]);
  });

  it("takes the dir closest to the headline over the one on <html>", () => {
    const m = read('<html dir="ltr"><head><title>RTL Test</title></head><body><main dir="rtl"><h1>RTL Test</h1></main></body></html>');
    expect([m.direction, m.provenance.direction]).toEqual(["rtl", "h1:dir"]);
  });

  it("detects the language of an undeclared Arabic page from its headline", () => {
    const m = read("<html><head><title>أميركا: 50 ألفا حصيلة الوفيات بسبب فيروس كورونا في الولايات المتحدة</title></head><body></body></html>");
    expect([m.language, m.direction, m.provenance.language]).toEqual(["ar", "rtl", "detected:headline"]);
  });

  it("leaves both null when nothing tells", () => {
    const m = read("<html><body><p>x</p></body></html>");
    expect([m.language, m.direction]).toEqual([null, null]);
  });
});
