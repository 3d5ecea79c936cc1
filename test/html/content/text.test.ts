import { describe, expect, it } from "vitest";
import { countWords } from "../../../src/language/words.js";
import { collapse, countCommas, fastCountWords, isBlank } from "../../../src/html/content/text.js";
import { classWords, classHeads } from "../../../src/html/content/dom.js";
import { loadHtml } from "../../../src/html/load.js";

describe("text helpers", () => {
  it.each([
    "Hello, world — 2024!", "قال المتحدث باسم الوزارة، في بيان", "日本語のテキスト、漢字とかな", "mañana à l'école",
    "😀 emoji text 𝒜𝒷𝒸", "", "   ", "a-b_c d.e", "हिन्दी पाठ", "١٢٣ ۴۵۶ digits", "한국어 텍스트", "x\u0301y combining",
  ])("fastCountWords agrees with countWords: %s", (text) => {
    expect(fastCountWords(text)).toBe(countWords(text));
  });

  it.each([
    ["a, b، c，d、e", 4],
    ["no commas", 0],
  ])("countCommas(%s) = %i", (text, n) => expect(countCommas(text)).toBe(n));

  it("collapses every kind of space", () => {
    expect(collapse(" a\u00a0\u00a0b\n\tc\u200b d ")).toBe("a b c d");
  });

  it.each([["\u00a0", true], ["…|–", true], ["x", false], ["٣", false]])("isBlank(%j) = %s", (text, blank) => {
    expect(isBlank(text as string)).toBe(blank);
  });
});

describe("class words", () => {
  const el = (html: string) => loadHtml(html).$("div").get(0)!;
  it.each([
    [`<div class="article-body storyText">`, ["article", "body", "articlebody", "story", "text", "storytext"]],
    [`<div class="has-sidebar main_col">`, ["main", "col", "maincol"]],
    [`<div class="o-section--ads">`, ["o", "section", "osection"]],
    [`<div id="comments">`, ["comments"]],
    [`<div>`, []],
  ])("%s", (html, words) => expect(classWords(el(html))).toEqual(words));

  it("the head word is the last word of each token", () => {
    expect(classHeads(el(`<div class="article_details_tags main-nav">`))).toEqual(["tags", "nav"]);
  });
});
