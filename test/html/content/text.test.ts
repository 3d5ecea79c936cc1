import fc from "fast-check";
import { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { countWords } from "../../../src/language/words.js";
import { collapse, countCommas, fastCountWords, isBlank } from "../../../src/html/content/text.js";
import { classWords, classHeads } from "../../../src/html/content/dom.js";
import { loadHtml } from "../../../src/html/load.js";
import { tagged } from "../../../src/html/query.js";
import { startPage } from "../../../src/language/page-cache.js";

// The class splitter as it stood before tokens were found in its character loop, verbatim: the
// reference the single-pass splitter must agree with.
const STATE_WORDS: ReadonlySet<string> = new Set(["has", "with", "no", "without", "show", "is", "enable", "enabled", "disable", "disabled", "allow", "js", "can", "open"]);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isWordChar = (c: number): boolean => isLower(c) || isUpper(c) || (c >= 48 && c <= 57) || c > 127;
function refSplitToken(token: string, out: string[], heads: string[]): void {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= token.length; i++) {
    const c = i < token.length ? token.charCodeAt(i) : 32;
    const boundary = !isWordChar(c) || (start >= 0 && isUpper(c) && isLower(token.charCodeAt(i - 1)));
    if (boundary && start >= 0) {
      parts.push(token.slice(start, i).toLowerCase());
      start = -1;
    }
    if (isWordChar(c) && start < 0) start = i;
  }
  for (const p of parts) if (STATE_WORDS.has(p)) return;
  for (const p of parts) out.push(p);
  if (parts.length > 1) out.push(parts.join(""));
  const head = parts[parts.length - 1];
  if (head !== undefined) heads.push(head);
}
function refSplitValue(value: string): { words: string[]; heads: string[] } {
  const words: string[] = [];
  const heads: string[] = [];
  for (const token of value.slice(0, 300).split(/\s+/)) {
    const cut = token.indexOf("--");
    const name = cut > 0 ? token.slice(0, cut) : token;
    if (name) refSplitToken(name, words, heads);
  }
  return { words, heads };
}

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

  it("collapses like a replace of every whitespace run, on any text", () => {
    const piece = fc.constantFrom("a", "ب", " ", "  ", "\n", "\t", "\r", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u3000", "\u200e", "x y", "😀", "\ud835");
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(piece, { maxLength: 30 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (t) => {
        expect(collapse(t)).toBe(t.replace(/[\s\u00a0\u200b\ufeff]+/gu, " ").trim());
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it.each([["\u00a0", true], ["…|–", true], ["x", false], ["٣", false]])("isBlank(%j) = %s", (text, blank) => {
    expect(isBlank(text as string)).toBe(blank);
  });
});

describe("class words", () => {
  const el = (html: string) => tagged(loadHtml(html).dom, "div")[0]!;
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

  it("agrees with the splitter it replaced on any class and id", () => {
    const piece = fc.constantFrom(
      "a", "Z", "9", "-", "--", "---", "_", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\ufeff", "\u200b", "İ", "ß", "مقال", "東",
      "has", "no", "is", "with", "disabled", "article", "Body", "storyText", "HTML", "x2", ".", ":", "😀",
    );
    const value = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(piece, { maxLength: 40 }).map((a) => a.join("")), fc.array(piece, { minLength: 120, maxLength: 200 }).map((a) => a.join("")));
    fc.assert(
      fc.property(value, fc.option(value, { nil: undefined }), (cls, id) => {
        startPage();
        const attribs: Record<string, string> = { class: cls };
        if (id !== undefined) attribs["id"] = id;
        const a = cls ? refSplitValue(cls) : { words: [], heads: [] };
        const b = id ? refSplitValue(id) : { words: [], heads: [] };
        const el = new Element("div", attribs);
        expect(classWords(el)).toEqual(a.words.concat(b.words));
        expect(classHeads(el)).toEqual(a.heads.concat(b.heads));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
