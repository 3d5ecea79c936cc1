import fc from "fast-check";
import { load } from "cheerio/slim";
import type { AnyNode } from "domhandler";
import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { isElement, textWithMark, walkElements } from "../../src/dates/page/dom.js";
import { hasOffWord } from "../../src/dates/page/visible.js";
import { OFF_ARTICLE_WORDS } from "../../src/dates/data/page-words.js";
import { foldText } from "../../src/dates/fold.js";
import { DATE_STARTERS, mayStartDate, wordKey } from "../../src/dates/lexicon.js";
import { tokenize } from "../../src/dates/tokens.js";

/**
 * The fast scanners of the date stage against plain reference versions written the obvious way
 * (regexes, a collapsed copy per text node): they must agree on any input.
 */

/** Every character class the tokenizer tells apart, and the whitespace runs it skips. */
const PIECES = ["2023", "٢٤", "۱۲", "Jan", "janvier", "مايو", "أيار", "تحديث", "ة", "年", "月", "😀", "\ud83d", "\ude00", "é", "e\u0301", "ſ", "K", ".", ",", ":", "/", "-", "'", " ", "  ", "\u00a0", "\u200f", "\u2009", "\n", "ـ"];
const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join("")));

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const CLASS = [/^[\s\p{Cf}]$/u, /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u, /^[\p{L}\p{M}]$/u];

/** The tokenizer as first written: one `{cls, width}` per character, a regex for Arabic words. */
function referenceTokens(input: string) {
  const folded = foldText(input);
  const classOf = (i: number): { cls: number; width: number } => {
    const c = folded.charCodeAt(i);
    if (c >= 48 && c <= 57) return { cls: 2, width: 1 };
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < folded.length ? 2 : 1;
    const ch = folded.slice(i, i + width);
    const k = CLASS.findIndex((re) => re.test(ch));
    return { cls: k === 0 ? 1 : k === 1 ? 4 : k === 2 ? 3 : 5, width };
  };
  const out: { kind: string; text: string; key: string; start: number; end: number; spaced: boolean }[] = [];
  let last = 0;
  let i = 0;
  while (i < folded.length) {
    const { cls, width } = classOf(i);
    if (cls === 1) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (cls === 2 || cls === 3) {
      while (i < folded.length) {
        const next = classOf(i);
        if (next.cls !== cls) break;
        i += next.width;
      }
    }
    const t = folded.slice(start, i);
    const kind = cls === 2 ? "num" : cls === 3 || cls === 4 ? "word" : "punct";
    const key = kind !== "word" ? t : ARABIC.test(t) ? wordKey(t) : t.toLowerCase();
    out.push({ kind, text: t, key, start, end: i, spaced: start > last || out.length === 0 });
    last = i;
  }
  return out;
}

describe("tokenize", () => {
  it("equals the reference tokenizer on any text", () => {
    fc.assert(
      fc.property(text, (s) => {
        // The key is read through its getter (made on first read), as the scanner reads it.
        const plain = tokenize(s).map((t) => ({ kind: t.kind, text: t.text, key: t.key, start: t.start, end: t.end, spaced: t.spaced }));
        expect(plain).toEqual(referenceTokens(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("says ascii exactly of the words of ASCII letters", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) if (t.kind === "word") expect(t.ascii).toBe(/^[A-Za-z]+$/u.test(t.text));
      }),
    );
  });
});

describe("mayStartDate", () => {
  const starters = [...DATE_STARTERS];
  /** Starters in any case, cut or lengthened, and random words: the filter may pass a non-starter, never drop a starter. */
  const word = fc.oneof(
    fc.constantFrom(...starters),
    fc.constantFrom(...starters).map((w) => w.toUpperCase()),
    fc.constantFrom(...starters).map((w) => w[0]!.toUpperCase() + w.slice(1)),
    fc.tuple(fc.constantFrom(...starters), fc.nat(12)).map(([w, n]) => w.slice(0, n)),
    fc.tuple(fc.constantFrom(...starters), fc.constantFrom("s", "day", "x", "ſ", "K")).map(([w, x]) => w + x),
    fc.stringMatching(/^[A-Za-z]{1,40}$/u),
  );
  it("passes every word whose key is a starter", () => {
    fc.assert(
      fc.property(word.filter((w) => w.length > 0), (w) => {
        for (const t of tokenize(w)) if (t.kind === "word" && DATE_STARTERS.has(t.key)) expect(mayStartDate(t.text, t.ascii)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("drops ASCII words no starter has the shape of", () => {
    expect(mayStartDate("xylophone", true)).toBe(false);
    expect(mayStartDate("January", true)).toBe(true);
    expect(mayStartDate("märz", false)).toBe(true);
  });
});

const BLOCKS = new Set(["br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "span", "time", "a"]);
const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head", "select", "option", "button"]);

/** The visible text as first written: each text node collapsed with a regex, then joined. */
function referenceText(root: AnyNode, max: number, mark: AnyNode | null, maxNodes: number) {
  let out = "";
  let markAt = -1;
  const add = (chunk: string): void => {
    let c = chunk.replace(/\s+/gu, " ");
    if (out.length === 0 || out.endsWith(" ")) c = c.replace(/^ /u, "");
    out += c;
  };
  const stack: AnyNode[] = [root];
  let visited = 0;
  while (stack.length > 0 && out.length < max && visited < maxNodes) {
    const node = stack.pop()!;
    visited++;
    if (node === mark) markAt = out.length;
    if (node.type === "text") {
      add((node as unknown as { data: string }).data);
      continue;
    }
    if (isElement(node)) {
      if (node !== root && INVISIBLE.has(node.name)) continue;
      if (BLOCKS.has(node.name)) add(" ");
    }
    const kids = (node as { children?: AnyNode[] }).children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const text = out.slice(0, max);
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), markAt: markAt < 0 ? -1 : Math.max(0, markAt - lead), complete: stack.length === 0 };
}

const WORDS = ["Updated", "3 May 2023", " ", "  ", "\n\t", "\u00a0", "\u3000", "a b", " x ", "نشر في", "\u200b"];
const TAGS = ["p", "span", "b", "div", "script", "br", "h1", "time"];
const html = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...TAGS).map((t) => `<${t}>`), fc.constantFrom(...TAGS).map((t) => `</${t}>`)), { maxLength: 40 }).map((a) => a.join(""));

describe("textWithMark", () => {
  it("equals the reference text, mark position and completeness on any page", () => {
    fc.assert(
      fc.property(html, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 50 }), fc.nat(20), (page, max, maxNodes, markIndex) => {
        const $ = load(`<body>${page}</body>`);
        const body = $("body").get(0) as AnyNode;
        const marks = $("body *").toArray() as AnyNode[];
        const mark = marks.length > 0 ? marks[markIndex % marks.length]! : null;
        expect(textWithMark(body, max, mark, maxNodes)).toEqual(referenceText(body, max, mark, maxNodes));
        expect(textWithMark(body, 10_000, mark)).toEqual(referenceText(body, 10_000, mark, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The element walk as first written: every child node stacked, text and comments included. */
function referenceWalk(root: AnyNode, limit: number, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  let count = 0;
  while (stack.length > 0 && count < limit) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (INVISIBLE.has(node.name)) continue;
      count++;
      if (visit(node) === false) continue;
    }
    const kids = (node as { children?: AnyNode[] }).children;
    if (!kids) continue;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

describe("walkElements", () => {
  const withComments = fc.array(fc.oneof(html, fc.constant("<!-- c -->"), fc.constant("<svg><g></g></svg>")), { maxLength: 4 }).map((a) => a.join(""));
  it("visits the elements the plain walk visits, in order, skipping the same subtrees, on any page", () => {
    fc.assert(
      fc.property(withComments, fc.integer({ min: 1, max: 40 }), fc.constantFrom("p", "span", "div", "none"), (page, limit, skip) => {
        const $ = load(`<body>${page}</body>`);
        for (const root of [$("body").get(0) as AnyNode, $.root().get(0) as AnyNode]) {
          const seen: Element[] = [];
          const expected: Element[] = [];
          walkElements(root, limit, (el) => (seen.push(el), el.name !== skip));
          referenceWalk(root, limit, (el) => (expected.push(el), el.name !== skip));
          expect(seen.length).toBe(expected.length);
          expect(seen.every((el, i) => el === expected[i])).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("hasOffWord", () => {
  it.each([
    ["comment-list", true],
    ["Related_Stories", true],
    ["main nav", true],
    ["navbar", false],
    ["", false],
    ["article-body", false],
  ])("%j → %s", (value, off) => expect(hasOffWord(value)).toBe(off));

  it("equals splitting the lower-cased value, asked once or again", () => {
    const part = fc.oneof(fc.constantFrom(...OFF_ARTICLE_WORDS, "COMMENT", "Sidebar", "post", "x"), fc.string({ maxLength: 4 }));
    const value = fc.array(fc.tuple(part, fc.constantFrom(" ", "-", "_", "\t", "--", ".")), { maxLength: 5 }).map((a) => a.flat().join(""));
    const words = new Set(OFF_ARTICLE_WORDS);
    fc.assert(
      fc.property(value, (v) => {
        const expected = v.toLowerCase().split(/[\s_-]+/u).some((p) => words.has(p));
        expect(hasOffWord(v)).toBe(expected);
        expect(hasOffWord(v)).toBe(expected);
      }),
    );
  });
});
