import { describe, expect, it } from "vitest";
import { readByline } from "../../../src/article/byline.js";
import { readBylineOnPage } from "../../../src/html/metadata/byline-reads.js";
import { startPage } from "../../../src/language/page-cache.js";

describe("readBylineOnPage", () => {
  it("answers as readByline does, with independent copies when a text repeats", () => {
    startPage();
    const exclude = ["Example News"];
    const raw = "By Jane Doe and John Roe, Senior Correspondent";
    const expected = readByline(raw, { exclude });
    const first = readBylineOnPage(raw, exclude);
    expect(first).toEqual(expected);
    const author = first.byline?.authors[0];
    if (author) author.url = "https://example.com/jane";
    const second = readBylineOnPage(raw, exclude);
    expect(second).toEqual(expected);
    expect(second.byline?.authors[0]).not.toBe(author);
  });

  it("reads the same text again against other or changed excluded names", () => {
    startPage();
    expect(readBylineOnPage("Jane Doe", ["Jane Doe"]).byline).toBeNull();
    expect(readBylineOnPage("Jane Doe", ["Someone Else"]).byline?.authors.map((p) => p.name)).toEqual(["Jane Doe"]);
    const list = ["Jane Doe"];
    expect(readBylineOnPage("Jane Doe", list).byline).toBeNull();
    list[0] = "Someone Else";
    expect(readBylineOnPage("Jane Doe", list).byline?.authors.map((p) => p.name)).toEqual(["Jane Doe"]);
  });
});
