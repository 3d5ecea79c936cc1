/**
 * Scale: inputs of the sizes scrapers meet at their worst. They must finish (vitest's 60 s timeout)
 * without a stack overflow and give a valid Article. No timing assertions: the growth at 1×/2×/4× is
 * shown by `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { trimEndWhere, trimStartWhere } from "../../src/language/trim.js";
import { loadTargets, type Targets } from "../fuzz/targets.js";

let t: Targets;
beforeAll(async () => {
  t = await loadTargets();
});

const PAGE = readFileSync(new URL("../../fixtures/cli/pages/en/ars-1.html", import.meta.url), "utf8");
const SENTENCE = "The minister said on Tuesday that the talks would resume. وقال الوزير إن المحادثات ستستأنف. ";

/** parse() must return a valid Article; the HTML stages (when present) must not throw either. */
function survives(input: string, html: boolean): { paragraphs: string[]; text: string; warnings: { code: string }[] } {
  const article = t.parse(input) as { paragraphs: string[]; text: string; warnings: { code: string }[] };
  expect(t.ArticleSchema.safeParse(article).success).toBe(true);
  if (html && t.htmlStages) t.htmlStages(input);
  return article;
}

describe("big and deep inputs", () => {
  it("a 10 MB page (a real page's body repeated)", () => {
    const open = PAGE.indexOf("<body");
    const close = PAGE.lastIndexOf("</body>");
    const body = PAGE.slice(PAGE.indexOf(">", open) + 1, close);
    const page = PAGE.slice(0, PAGE.indexOf(">", open) + 1) + body.repeat(Math.ceil(10e6 / body.length)) + PAGE.slice(close);
    expect(page.length).toBeGreaterThan(10e6);
    const a = survives(page, true);
    expect(a.text.length).toBeGreaterThan(0);
  });

  it("100,000-deep nesting, closed and unclosed", () => {
    const n = 100_000;
    const para = `<p>${SENTENCE.repeat(3)}</p>`;
    const closed = survives(`<html><body>${"<div>".repeat(n)}${para}${"</div>".repeat(n)}</body></html>`, true);
    expect(closed.text).toContain("minister said");
    survives(`<html><body>${"<div><span>".repeat(n / 2)}${para}`, true);
    survives(`<html><body>${"<blockquote>".repeat(n)}${para}`, true);
    survives(`<html><body>${"<ul><li>".repeat(n / 2)}${para}`, true);
    survives(`<html><body>${"<table><tr><td>".repeat(n / 3)}${para}`, true);
  });

  it("a 1,000,000-character line, in text and in HTML, and one of spaces ending in a letter", () => {
    const line = SENTENCE.repeat(Math.ceil(1e6 / SENTENCE.length)).slice(0, 1e6);
    expect(survives(line, false).text.length).toBeGreaterThan(0);
    survives(`<html><body><article><p>${line}</p></article></body></html>`, true);
    // The shape that makes /\s+$/ quadratic: a million spaces, then one letter.
    survives(" ".repeat(1e6) + "x", false);
    survives("x" + " ".repeat(1e6) + "\u0001y", false);
    survives(`<html><body><p>${" ".repeat(1e6)}x</p></body></html>`, true);
  });

  it("100,000 paragraphs, in text and in HTML", () => {
    const n = 100_000;
    const text = Array.from({ length: n }, (_, i) => `Paragraph ${i} of the story goes here.`).join("\n\n");
    expect(survives(text, false).paragraphs.length).toBeGreaterThan(n / 2);
    survives(`<html><body><article>${"<p>A short paragraph of the story.</p>".repeat(n)}</article></body></html>`, true);
  });

  it("100,000 quote marks, through parse(), extractQuotes() and parseNewsDate()", () => {
    const marks = `He said ${'"a" «ب» “c” '.repeat(100_000 / 6)}.`;
    const lone = '"'.repeat(100_000);
    const arabic = `وقال «${"«".repeat(50_000)}${"»".repeat(50_000)}`;
    for (const s of [marks, lone, arabic]) {
      const article = survives(s, false);
      if (t.quotes) {
        expect(Array.isArray(t.quotes.extractQuotes(s))).toBe(true);
        expect(Array.isArray(t.quotes.extractQuotes(article))).toBe(true);
        expect(Array.isArray(t.quotes.extractAttributions(s))).toBe(true);
        t.quotes.extractRaw?.(s, {});
      }
      if (t.dates) t.dates.parseNewsDate(s);
    }
    survives(`<html><body><p>${marks}</p></body></html>`, true);
  });

  it("many attributes, entities and comments", () => {
    survives(`<html><body><p ${Array.from({ length: 50_000 }, (_, i) => `a${i}="${i}"`).join(" ")}>x</p></body></html>`, true);
    survives(`<html><body><p>${"&amp;&#x627;&bogus;&#".repeat(100_000)}</p></body></html>`, true);
    survives(`<html><body>${"<!--".repeat(100_000)}<p>x</p></body></html>`, true);
    survives(`<html><body><p>${"<".repeat(1e6)}</p></body></html>`, true);
    survives("<".repeat(1e6), false);
  });
});

describe("linear trimming helpers", () => {
  it("trim runs of a class at either end, keeping astral characters whole", () => {
    expect(trimEndWhere("abc  \t", /[ \t]/u)).toBe("abc");
    expect(trimStartWhere("  abc", /[ ]/u)).toBe("abc");
    expect(trimEndWhere("x»”)", /["”»'’)\]]/u)).toBe("x");
    expect(trimEndWhere("a😀😀", /\p{Extended_Pictographic}/u)).toBe("a");
    expect(trimStartWhere("😀😀a", /\p{Extended_Pictographic}/u)).toBe("a");
    expect(trimEndWhere("", /\s/u)).toBe("");
    expect(trimEndWhere("   ", /\s/u)).toBe("");
    expect(trimEndWhere("a\ud800", /\s/u)).toBe("a\ud800");
  });

  it("a million spaces then a letter", () => {
    const s = " ".repeat(1e6) + "x" + " ".repeat(1e6);
    expect(trimEndWhere(s, /\s/u).length).toBe(1e6 + 1);
    expect(trimStartWhere(s, /\s/u).length).toBe(1e6 + 1);
  });
});
