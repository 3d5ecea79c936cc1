import { describe, expect, it } from "vitest";
import { BlockSchema } from "../../../src/model/index.js";
import { loadHtml } from "../../../src/html/load.js";
import { readContent } from "../../../src/html/content/index.js";
import { NO_HINTS, page, prose, read, texts } from "./helpers.js";

describe("bad input never throws", () => {
  it.each([
    ["empty string", ""],
    ["truncated HTML", `<html><body><div class="article-body"><p>${prose("Alpha")}</p><p>${prose("Beta")}</p><p>Cut in the mid`],
    ["no <body>", `<title>x</title><p>${prose("Alpha")}</p><p>${prose("Beta")}</p>`],
    ["no <head> closing", `<html><head><title>x</title><div class="story"><p>${prose("Alpha")}</p><p>${prose("Beta")}</p></div>`],
    ["frameset", `<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>`],
    ["script-only page", `<html><body><script>document.write("hello")</script></body></html>`],
    ["binary-ish junk", "\u0000\u0001<<<>>>&&&;;;\uFFFD<p"],
    ["unbalanced tags", `<div><p><b><i>${prose("Alpha")}</div></b></i><p>${prose("Beta")}`],
  ])("%s", (_name, html) => {
    const content = read(html);
    for (const b of content.blocks) expect(BlockSchema.safeParse(b).success).toBe(true);
  });

  it("reads the text of truncated and body-less pages", () => {
    expect(texts(read(`<html><body><div class="article-body"><p>${prose("Alpha")}</p><p>${prose("Beta")}</p><p>Cut in the mid`))).toContain(prose("Beta"));
    expect(texts(read(`<title>x</title><p>${prose("Alpha")}</p><p>${prose("Beta")}</p>`))).toContain(prose("Alpha"));
  });

  it("warns no-article-found on framesets and script-only pages", () => {
    for (const html of [
      `<html><frameset cols="50%,50%"><frame src="a.html"></frameset></html>`,
      `<html><body><script>var a = 1;</script></body></html>`,
    ]) {
      expect(read(html).warnings.map((w) => w.code)).toContain("no-article-found");
    }
  });

  it("handles 100,000 nested divs without a stack overflow", () => {
    const depth = 100_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>${prose("Deep")}</p><p>${prose("Deeper")}</p>${"</div>".repeat(depth)}</body></html>`;
    const doc = loadHtml(html, null);
    const content = readContent(doc, NO_HINTS);
    // loadHtml may flatten markup nested beyond its depth limit, so the two paragraphs can come back joined.
    const text = texts(content, "paragraph").join(" ");
    expect(text).toContain(prose("Deep"));
    expect(text).toContain(prose("Deeper"));
  }, 300_000);

  it("handles 60,000 nested unclosed inline elements and links", () => {
    const html = `<html><body><div class="article-body"><p>${"<b><a href='/x'>x ".repeat(30_000)}</p><p>${prose("Alpha")}</p></div></body></html>`;
    expect(() => read(html)).not.toThrow();
  }, 300_000);

  it("reads a 10 MB page (the benchmark shows its time grows linearly)", () => {
    const para = `<p>${prose("Filler", 40)}</p>`;
    const chrome = `<div class="related"><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/r${i}">Related ${i}</a></li>`).join("")}</ul></div>`;
    const unit = `<div class="section">${para}${para}${chrome}</div>`;
    const count = Math.ceil((10 * 1024 * 1024) / unit.length);
    const html = page(`<div class="article-body">${unit.repeat(count)}</div>`);
    expect(html.length).toBeGreaterThan(10 * 1024 * 1024);
    const content = read(html);
    expect(texts(content, "paragraph").length).toBe(2 * count);
    expect(JSON.stringify(content.blocks.slice(0, 50))).not.toContain("Related 3");
  }, 120_000);

  it("a megabyte of one text node, of commas and of spaces stays fast", () => {
    for (const blob of ["a".repeat(1_000_000), ",".repeat(1_000_000), " ".repeat(1_000_000), "،x".repeat(500_000)]) {
      read(page(`<div class="article-body"><p>${blob}</p><p>${prose("Alpha")}</p></div>`));
    }
  }, 60_000);
});
