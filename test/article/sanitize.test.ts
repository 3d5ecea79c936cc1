import { describe, expect, it } from "vitest";
import { httpOnly, stripMarkup } from "../../src/article/sanitize.js";
import { parse } from "../../src/parse.js";

describe("stripMarkup", () => {
  it.each([
    ["><script>alert(1)</script>", "> alert(1)"],
    ["ا<title>التعليقات", "ا التعليقات"],
    ["alert(1)</button></body></html>", "alert(1)"],
    ["<p>inner xmp</p>", "inner xmp"],
    ["a < b and c > d", "a < b and c > d"],
    ["x <!-- hidden --> y", "x y"],
    ["no tags at all", "no tags at all"],
  ])("%s → %s", (input, expected) => expect(stripMarkup(input)).toBe(expected));
});

describe("httpOnly", () => {
  it.each([
    ["https://example.com/a", "https://example.com/a"],
    ["http://example.com", "http://example.com"],
    ["javascript:alert(1)", null],
    ["data:text/html,<b>x</b>", null],
    ["vbscript:x", null],
    ["/relative/path", null],
  ])("%s → %s", (input, expected) => expect(httpOnly(input)).toBe(expected));
});

describe("parse() output holds no markup and no unsafe URL", () => {
  it("strips a tag-bearing og:title and drops a javascript: image", () => {
    const html = `<html><head><meta property="og:title" content="><script>alert(1)</script>">
      <meta property="og:image" content="javascript:alert(1)"></head>
      <body><article><p>${"A paragraph of the article body with enough words to be read as text. ".repeat(4)}</p></article></body></html>`;
    const article = parse(html);
    expect(JSON.stringify([article.headline, article.blocks])).not.toMatch(/<\/?script/);
    expect(article.image).toBeNull();
  });
});
