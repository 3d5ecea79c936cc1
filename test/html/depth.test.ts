import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyNode } from "domhandler";
import { findAll, textContent } from "domutils";
import { describe, expect, it } from "vitest";
import { limitNesting, MAX_DEPTH, nextTag, type Tag } from "../../src/html/depth.js";
import { loadHtml } from "../../src/html/load.js";
import { buildTree, type BuiltTree } from "../../src/html/tree-builder.js";
import { listFiles } from "../../scripts/lib/walk.js";
import { pick, seededRandom } from "../random.js";

/**
 * The depth guard reads tags by hand; what a tag is was defined by a regex, kept here as the
 * reference: the hand-written reader must find the same tags, and the guard drop the same ones.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})(?:\s[^<>]{0,4000})?(\/?)>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "frame", "isindex"]);

function regexTags(html: string): Tag[] {
  const out: Tag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const counts = !(VOID.has((m[2] ?? "").toLowerCase()) || m[3] === "/");
    out.push({ start: m.index, end: m.index + m[0].length, closing: m[1] === "/", counts });
  }
  return out;
}

function scannedTags(html: string): Tag[] {
  const out: Tag[] = [];
  for (let tag = nextTag(html, 0); tag !== null; tag = nextTag(html, tag.end)) out.push(tag);
  return out;
}

/** The guard as it was written with the regex (the reference). */
function regexLimit(html: string, maxDepth: number): { html: string; limited: boolean } {
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  let limited = false;
  for (const tag of regexTags(html)) {
    if (!tag.counts) continue;
    let skip: boolean;
    if (tag.closing) {
      skip = depth > maxDepth;
      depth = Math.max(0, depth - 1);
    } else skip = ++depth > maxDepth;
    if (skip) {
      limited = true;
      pieces.push(html.slice(from, tag.start));
      from = tag.end;
    }
  }
  if (!limited) return { html, limited };
  pieces.push(html.slice(from));
  return { html: pieces.join(""), limited };
}

/** Pieces that make tags, near-tags and text: names of every length, every whitespace `\s` knows, `/`, quotes. */
const PIECES = [
  "<", ">", "/", "</", "/>", "<div", "<DIV", "<br", "<BR/>", "<img", "<p", "</p", "<a", "</a", "<my-el:x", "<h1", "<x1-",
  "<abcdefghijklmnopqrstuvwxyzabcdef", "<abcdefghijklmnopqrstuvwxyzabcde", " ", "\t", "\n", "\u00a0", "\u2028", "\ufeff", "\u3000", "\u0085",
  "=", '"', "'", "class=x", "a", "Z", "9", ":", "-", "text", "نص", "<!--", "-->", "<1", "< p", "<source", "<isindex", "<keygen ",
];

function randomHtml(random: () => number, pieces: number): string {
  let out = "";
  for (let i = 0; i < pieces; i++) {
    const r = random();
    if (r < 0.01) out += " " + "x".repeat(3_990 + Math.floor(random() * 20)); // attribute runs about the 4,000 limit
    else out += pick(random, PIECES);
  }
  return out;
}

describe("nextTag", () => {
  it.each([
    ["<div>", [{ start: 0, end: 5, closing: false, counts: true }]],
    ["<br/><br><img src=x/>", [{ start: 0, end: 5, closing: false, counts: false }, { start: 5, end: 9, closing: false, counts: false }, { start: 9, end: 21, closing: false, counts: false }]],
    ['<div class="a"/>', [{ start: 0, end: 16, closing: false, counts: true }]],
    ["<div/>", [{ start: 0, end: 6, closing: false, counts: false }]],
    ["</p >", [{ start: 0, end: 5, closing: true, counts: true }]],
    ["< p><1><p", []],
    ["<p<b>", [{ start: 2, end: 5, closing: false, counts: true }]],
  ])("reads %j", (html, tags) => {
    expect(scannedTags(html)).toEqual(tags);
  });

  it("finds the tags the regex finds, on 3,000 random strings", () => {
    const random = seededRandom(7);
    for (let n = 0; n < 3_000; n++) {
      const html = randomHtml(random, 1 + Math.floor(random() * 40));
      expect(scannedTags(html), JSON.stringify(html)).toEqual(regexTags(html));
    }
  });
});

describe("limitNesting", () => {
  it("drops what the regex-based guard dropped, on pages of 10,000 tags and more", () => {
    const random = seededRandom(11);
    for (let n = 0; n < 20; n++) {
      const html = randomHtml(random, 30_000);
      for (const depth of [1, 3, 50]) expect(limitNesting(html, depth)).toEqual(regexLimit(html, depth));
    }
  });

  it("flattens 5,000 nested divs to the maximum depth and keeps their text", () => {
    const html = "<div>".repeat(5_000) + "deep text" + "</div>".repeat(5_000) + "<p>after</p>".repeat(2_000);
    const out = limitNesting(html);
    expect(out.limited).toBe(true);
    expect(out.html).toBe("<div>".repeat(MAX_DEPTH) + "deep text" + "</div>".repeat(MAX_DEPTH) + "<p>after</p>".repeat(2_000));
  });

  it("leaves a page with fewer tags than the scan needs alone", () => {
    const html = "<div>".repeat(2_000) + "x";
    expect(limitNesting(html)).toEqual({ html, limited: false });
  });
});

/** The depth of the deepest element under `node`, walked without recursion. */
function treeDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (depth > deepest) deepest = depth;
    if ("children" in node) for (const child of node.children) if (child.type === "tag" || child.type === "script" || child.type === "style") stack.push([child, depth + 1]);
  }
  return deepest;
}

describe("loadHtml guards deep trees only", () => {
  it("stops building a tree that would be deeper than the depth asked for, and only then", () => {
    const files = listFiles(join(import.meta.dirname, "../../fixtures"), (name) => /\.html?$/i.test(name));
    for (const file of files.slice(0, 40)) {
      const html = readFileSync(file, "utf8");
      const depth = treeDepth(buildTree(html).root);
      expect(buildTree(html, depth), file).not.toBeNull();
      expect(buildTree(html, depth - 1), file).toBeNull();
    }
    expect(buildTree("<div><p><b>x</b></p></div><br>", 3)).not.toBeNull();
    expect(buildTree("<div><p><b>x</b></p></div><br>", 2)).toBeNull();
    expect(buildTree("text only", 0)).not.toBeNull();
    const nested = (n: number) => `${"<div>".repeat(n)}x${"</div>".repeat(n)}`;
    expect(treeDepth((buildTree(nested(50), 50) as BuiltTree).root)).toBe(50);
    expect(buildTree(nested(51), 50)).toBeNull();
    // Implied closes keep the tree shallow: 5,000 unclosed <p> are one level each.
    expect(buildTree("<p>a".repeat(5_000), 50)?.elements).toHaveLength(5_000);
  });

  it("flattens a tree nested deeper than MAX_DEPTH and keeps its text", () => {
    const html = `<html><body>${"<div>".repeat(5_000)}deep text${"</div>".repeat(5_000)}${"<p>after</p>".repeat(2_000)}</body></html>`;
    const doc = loadHtml(html);
    expect(doc.depthLimited).toBe(true);
    expect(treeDepth(doc.dom.root)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(textContent(doc.dom.root)).toContain("deep text");
  });

  it("leaves alone a page whose tags the guard would count deep but the parser closes (unclosed <p>, tags in a script)", () => {
    // 12,000 unclosed <p>: each closes the one before, so the tree is 3 deep, though the guard's tag
    // reading counts 12,000 levels; the guard would have dropped the <p> tags past the 1,000th.
    const paragraphs = Array.from({ length: 12_000 }, (_, i) => `<p>Paragraph ${i}`).join("");
    const doc = loadHtml(`<html><body>${paragraphs}</body></html>`);
    expect(doc.depthLimited).toBe(false);
    const ps = findAll((el) => el.name === "p", doc.dom.root.children);
    expect(ps.length).toBe(12_000);
    expect(textContent(ps[11_999] as AnyNode)).toBe("Paragraph 11999");
    // Markup in a script's text makes no elements at all.
    const script = `<html><head><script>var t = "${"<div>".repeat(12_000)}";</script></head><body><p>Body</p></body></html>`;
    const scripted = loadHtml(script);
    expect(scripted.depthLimited).toBe(false);
    expect(textContent(findAll((el) => el.name === "script", scripted.dom.root.children)[0] as AnyNode)).toContain("<div>".repeat(12_000));
  });

  it("leaves alone a deep tree of fewer tags than the guard scans", () => {
    const doc = loadHtml(`<html><body>${"<div>".repeat(2_000)}x</body></html>`);
    expect(doc.depthLimited).toBe(false);
    expect(treeDepth(doc.dom.root)).toBe(2_002);
  });
});
