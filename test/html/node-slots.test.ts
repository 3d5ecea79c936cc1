import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHtml } from "../../src/html/load.js";
import { readMetadata } from "../../src/html/metadata/index.js";
import { findPageDates } from "../../src/dates/page/page-dates.js";
import { readContent } from "../../src/html/content/index.js";
import { allElements } from "../../src/html/query.js";
import { ATTRIBUTE_BIT, attributeBit, attributeBits, classOf, idOf, isBlankText } from "../../src/html/node-slots.js";
import { hasNonSpace } from "../../src/language/spaces.js";
import { buildTree } from "../../src/html/tree-builder.js";
import { Element, Text } from "domhandler";
import { endPage, startPage } from "../../src/language/page-cache.js";

/**
 * Every element keeps the same own properties, in the same order, through all the HTML stages: a
 * property a stage adds to some elements only (or in another order) splits them over several hidden
 * classes, which makes every property read of every stage slower (src/html/node-slots.ts).
 */
const FIXTURES = join(import.meta.dirname, "../../fixtures/html");

describe("element slots", () => {
  it("gives every element of a page the same own keys, after every stage has run", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".html"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      startPage();
      const doc = loadHtml(readFileSync(join(FIXTURES, file), "utf8"), "https://example.com/news/1");
      const meta = readMetadata(doc);
      findPageDates(doc, { url: doc.url });
      readContent(doc, { headline: meta.headline, articleBody: meta.articleBody, bylineText: meta.bylineText, language: meta.language });
      endPage();
      const shapes = new Set(allElements(doc.dom).map((el) => Reflect.ownKeys(el).map(String).join(",")));
      expect([...shapes], file).toHaveLength(1);
    }
  });
});

describe("class and id slots", () => {
  it("hold the values the parser read, the first of two same-named attributes winning", () => {
    const { elements } = buildTree('<div class="a b" id=x><p CLASS=first class=second></p><span id=""></span><i></i></div>');
    expect(elements.map((el) => [classOf(el), idOf(el)])).toEqual([
      ["a b", "x"],
      ["first", undefined],
      [undefined, ""],
      [undefined, undefined],
    ]);
    // The same answers as the attributes give.
    for (const el of elements) expect([classOf(el), idOf(el)]).toEqual([el.attribs["class"], el.attribs["id"]]);
  });

  it("fall back to the attributes for an element the parser did not make", () => {
    const el = new Element("div", { id: "main", class: "story" });
    expect([classOf(el), idOf(el)]).toEqual(["story", "main"]);
  });
});

describe("attribute bits", () => {
  /** The bits of an element's attributes, from its attribute names. */
  const fromNames = (el: Element): number => Object.keys(el.attribs).reduce((bits, name) => bits | attributeBit(name), 0);

  it("record which of the listed attributes the parser read, in any case, once each", () => {
    const { elements } = buildTree('<div CLASS="a" Hidden aria-hidden=true data-other=1><a href="/by/x" rel=author REL=me></a><p></p><meta content="" itemprop=x></div>');
    const [div, a, p, meta] = elements as [Element, Element, Element, Element];
    expect(attributeBits(div)).toBe(ATTRIBUTE_BIT.class | ATTRIBUTE_BIT.hidden | ATTRIBUTE_BIT["aria-hidden"]);
    expect(attributeBits(a)).toBe(ATTRIBUTE_BIT.href | ATTRIBUTE_BIT.rel);
    expect(attributeBits(p)).toBe(0);
    expect(attributeBits(meta)).toBe(ATTRIBUTE_BIT.content | ATTRIBUTE_BIT.itemprop);
  });

  it("agree with the attribute names on every element of the fixture pages", () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html"))) {
      const { elements } = buildTree(readFileSync(join(FIXTURES, file), "utf8"));
      for (const el of elements) if (attributeBits(el) !== fromNames(el)) expect([file, el.name, el.attribs, attributeBits(el)]).toEqual([file, el.name, el.attribs, fromNames(el)]);
    }
  });

  it("are read from the attribute names for an element the parser did not make", () => {
    expect(attributeBits(new Element("time", { datetime: "2024-01-01", id: "t", lang: "en" }))).toBe(ATTRIBUTE_BIT.datetime | ATTRIBUTE_BIT.id);
    expect(attributeBits(new Element("div", {}))).toBe(0);
  });
});

describe("blank text flag", () => {
  /** Every text node of a page, depth-first. */
  function texts(html: string): Text[] {
    const out: Text[] = [];
    const stack: unknown[] = [buildTree(html).root];
    while (stack.length > 0) {
      const node = stack.pop() as { type: string; children?: unknown[] };
      if (node.type === "text") out.push(node as Text);
      if (node.children) stack.push(...node.children);
    }
    return out;
  }

  it.each([
    ["indentation between tags", "<div>\n  <p>a</p>\n\t</div>"],
    ["a decoded no-break space is whitespace, a raw one too", "<p>&nbsp;</p><p>\u00a0\u2003</p><p>&amp;</p>"],
    // A closing tag with nothing of its name open adds no node: the text either side is one node.
    ["pieces joined into one node: blank only when every piece is", "<p> </x> </p><p> </x>a</p><p>a</x> </p><p>&nbsp;</x>\n</p>"],
    ["script and style text", "<script>  </script><style>a{}</style>"],
    ["Arabic text and Unicode spaces", "<p>\u3000</p><p> نص </p><p>\ufeff</p>"],
  ])("agrees with the text itself: %s", (_, html) => {
    const nodes = texts(html);
    expect(nodes.length).toBeGreaterThan(1);
    for (const node of nodes) expect(isBlankText(node), JSON.stringify(node.data)).toBe(!hasNonSpace(node.data));
  });

  it("agrees with the text on every text node of the fixture pages", () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html"))) {
      for (const node of texts(readFileSync(join(FIXTURES, file), "utf8"))) expect(isBlankText(node)).toBe(!hasNonSpace(node.data));
    }
  });

  it("is read from the text for a node the parser did not make", () => {
    expect(isBlankText(new Text(" \n "))).toBe(true);
    expect(isBlankText(new Text(" x "))).toBe(false);
  });
});
