import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import { Tokenizer } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { loadHtml } from "../../src/html/load.js";
import { buildTree } from "../../src/html/tree-builder.js";
import { decodesBeside, parseWithHtmlparser2 } from "./htmlparser2-reference.js";
import { elementsUnder } from "../../src/html/query.js";
import { limitNesting } from "../../src/html/depth.js";
import { listFiles } from "../../scripts/lib/walk.js";

/**
 * loadHtml parses with the tree builder (src/html/tree-builder.ts); htmlparser2-reference.ts keeps the
 * htmlparser2 parse it replaced, without decoding character references in the tokenizer but beside
 * it, as the builder's reference (test/html/tree-builder.test.ts). Both trees must be the one
 * cheerio's own `load` builds, decoding as it parses: same nodes, same text, same attribute values.
 */
function dump(root: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const el = node as Element;
    out.push(`${node.type} ${el.name ?? ""} ${JSON.stringify(el.attribs ?? null)} ${JSON.stringify((node as { data?: string }).data ?? null)}`);
    if (el.children) for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  return out.join("\n");
}

function decodedWhileParsing(html: string): string {
  return dump(load(limitNesting(html).html, { xml: false }).root()[0] as AnyNode);
}

function decodedAfter(html: string): string {
  return dump(loadHtml(html).dom.root);
}

const CASES: Array<[string, string]> = [
  ["named, numeric and hex references", "<p>Tom &amp; Jerry &#233;t&#xE9; &eacute; &mdash; &#x1F600;</p>"],
  ["legacy references without a semicolon in text", "<p>&amp &ampx &lt3 &copy2024 &notit; &noti</p>"],
  ["a reference at the end of the input", "<p>AT&amp"],
  ["a bare ampersand and unknown names", "<p>R&D & co &bogus; &#; &#x;</p>"],
  ["out-of-range and null code points", "<p>&#0; &#128; &#x110000; &#xD800; &#150;</p>"],
  ["attribute values in attribute mode", '<a href="?a=1&amp;b=2&ampc=3&amp=4&copy" title="&quot;x&quot; &lt;y&gt;" data-x=a&amp;b>x</a>'],
  ["doubly escaped attributes stay single-decoded", '<img src="/i.jpg?w=1&amp;amp;h=2" alt="&amp;amp;">'],
  ["script, style, textarea and xmp are read raw", "<script>if (a &amp;&amp; b) x = '&lt;';</script><style>a::after{content:'&amp;'}</style><textarea>&amp;</textarea><xmp>&lt;b&gt;</xmp>"],
  ["title is decoded", "<head><title>Q&amp;A &#8211; Site</title></head>"],
  ["JSON-LD keeps its escapes", '<script type="application/ld+json">{"headline":"A &amp; B"}</script>'],
  ["comments and doctype are left alone", "<!DOCTYPE html><!-- &amp; --><p>&amp;</p>"],
  ["Arabic text and references", "<p dir=\"rtl\">قال &laquo;الوزير&raquo; &#1575;&#1604;</p>"],
  ["text split at a stray <", "<p>a &lt b < c &amp d</p>"],
  ["svg with a title", "<svg><title>A &amp; B</title><path d=\"M0 0\"/></svg>"],
  // Where the tokenizer skips ahead to the next "<", quote or ">" (htmlparser2-reference.ts, skipTo).
  ["text running to the end of the input", "<p>a</p>trailing text with no tag after it"],
  ["an attribute value never closed", '<p><a title="never closed>text</a></p>'],
  ["single-quoted and unquoted values", "<div a='one' b=two c=\"three\">x</div>"],
  ["a comment never closed", "<p>a</p><!-- to the end"],
  ["a script never closed", "<script>var a = '<p>';"],
  ["a declaration and a processing instruction", "<!DOCTYPE html><?xml version=\"1.0\"?><p>x</p>"],
  ["a closing tag with attributes", "<p>a</p x=\"1\">b"],
  ["empty input pieces", "<><p></p><"],
  // Where the tokenizer runs to the end of a tag or attribute name in one loop (nameState).
  ["names cut by the end of the input", "<p>a</p><div data-long-name"],
  ["a closing tag cut by the end of the input", "<p>a</p><p>b</p"],
  ["names ended by every kind of whitespace, / and =", "<DIV\tCLASS=a\nid\r=b\fdata-x/><br/><img src=x/>y</Div >"],
  ["custom elements and namespaced attributes", "<my-widget xml:lang=ar data-a.b=1 aria-label='x'>t</my-widget>"],
  ["a slash inside a closing tag's name", "<a>x</a/b>y"],
];

describe("decoding character references beside the tokenizer", () => {
  it("is what the installed htmlparser2 allows (otherwise the slower in-tokenizer decoding runs)", () => {
    expect(decodesBeside()).toBe(true);
  });

  it.each(["fastForwardTo", "stateInTagName", "stateInAttributeName", "stateInClosingTagName"])(
    "finds the tokenizer's %s, which the parse replaces (otherwise the replacement is unused and the parse slower)",
    (name) => {
      expect(typeof (Tokenizer.prototype as unknown as Record<string, unknown>)[name]).toBe("function");
    },
  );

  it.each(CASES)("builds the tree cheerio's load builds: %s", (_, html) => {
    expect(decodedAfter(html)).toBe(decodedWhileParsing(html));
  });

  it.each(CASES)("the htmlparser2 parse (the tree builder's reference) builds it too: %s", (_, html) => {
    expect(dump(parseWithHtmlparser2(limitNesting(html).html).root)).toBe(decodedWhileParsing(html));
  });

  it("builds the same tree on every HTML fixture page, and so does the htmlparser2 parse", () => {
    const root = join(import.meta.dirname, "../../fixtures");
    const files = listFiles(root, (n) => /\.html?$/i.test(n));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const cheerios = decodedWhileParsing(html);
      expect(decodedAfter(html), file).toBe(cheerios);
      expect(dump(parseWithHtmlparser2(limitNesting(html).html).root), file).toBe(cheerios);
    }
  });

  it("lists the elements in document order, as a walk of the tree does, on every HTML fixture page", () => {
    const files = listFiles(join(import.meta.dirname, "../../fixtures"), (n) => /\.html?$/i.test(n));
    for (const file of files) {
      const parsed = buildTree(limitNesting(readFileSync(file, "utf8")).html);
      const walked = elementsUnder(parsed.root);
      expect(parsed.elements.length, file).toBe(walked.length);
      expect(parsed.elements.every((el, i) => el === walked[i]), file).toBe(true);
    }
  });
});
