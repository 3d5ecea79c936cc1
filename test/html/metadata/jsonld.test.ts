import { describe, expect, it } from "vitest";
import { loadHtml } from "../../../src/html/load.js";
import { parseLooseJson } from "../../../src/html/metadata/loose-json.js";
import { readJsonLd, resolveRef } from "../../../src/html/metadata/jsonld.js";
import { readMetadata } from "../../../src/html/metadata/index.js";

const page = (...blocks: string[]) =>
  `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join("")}</head><body></body></html>`;

describe("parseLooseJson", () => {
  it.each([
    ["plain", '{"a": 1}', { a: 1 }],
    ["trailing commas", '{"a": [1, 2, ], "b": {"c": 3,},}', { a: [1, 2], b: { c: 3 } }],
    ["raw newline and tab in a string", '{"a": "line one\nline\ttwo"}', { a: "line one\nline\ttwo" }],
    ["HTML comment wrapper", '<!-- {"a": 1} -->', { a: 1 }],
    ["CDATA wrapper", '//<![CDATA[\n{"a": 1}\n//]]>', { a: 1 }],
    ["JS comments", '{"a": 1, /* note */ "b": 2 // end\n}', { a: 1, b: 2 }],
    ["HTML-escaped quotes", '{&quot;a&quot;: &quot;x&quot;}', { a: "x" }],
    ["a comma inside a string is kept", '{"a": "x, }"}', { a: "x, }" }],
  ])("reads %s", (_name, text, expected) => {
    expect(parseLooseJson(text)).toEqual(expected);
  });

  it.each([["empty", ""], ["not JSON", "var x = 1;"], ["truncated", '{"a": [1, 2']])("gives undefined for %s", (_n, text) => {
    expect(parseLooseJson(text)).toBeUndefined();
  });

  it("drops __proto__, constructor and prototype keys", () => {
    const v = parseLooseJson('{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"x": 1}}, "b": 2}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["a"]);
    expect(Object.prototype.hasOwnProperty.call(v.a, "constructor")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it("drops forbidden keys however they are spelled, and reads the rest as JSON.parse does", () => {
    // The reviver only runs on text that may spell a forbidden key; the result must not depend on that shortcut.
    const dropForbidden = (key: string, value: unknown) => (["__proto__", "constructor", "prototype"].includes(key) ? undefined : value);
    const keys = ["a", "name", "__proto__", "\\u005f_proto__", "constructor", "\\u0063onstructor", "prototype", "prot\\u006ftype", "\\u0627", "Constructor", "é"];
    let seed = 3;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const value = (depth: number): string => {
      const r = next();
      if (depth > 2 || r < 0.3) return String(Math.floor(next() * 100));
      if (r < 0.45) return `"s\\u0041${Math.floor(next() * 9)}"`;
      if (r < 0.6) return `[${value(depth + 1)}, ${value(depth + 1)}]`;
      const n = 1 + Math.floor(next() * 3);
      return `{${Array.from({ length: n }, () => `"${keys[Math.floor(next() * keys.length)]}": ${value(depth + 1)}`).join(", ")}}`;
    };
    for (let i = 0; i < 2_000; i++) {
      const text = value(0);
      expect([text, parseLooseJson(text)]).toEqual([text, JSON.parse(text, dropForbidden)]);
    }
  });

  it("does not crash on JSON nested 200,000 deep", () => {
    expect(() => parseLooseJson("[".repeat(200_000) + "]".repeat(200_000))).not.toThrow();
    const doc = loadHtml(page('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)));
    expect(readMetadata(doc).warnings.map((w) => w.code)).toContain("invalid-metadata");
  });

  it("reads a large malformed block", () => {
    const big = "{" + '"k": "' + "x".repeat(1_000_000) + '",'.repeat(1) + "}";
    expect(parseLooseJson(big)).toEqual({ k: "x".repeat(1_000_000) });
  });
});

describe("readJsonLd", () => {
  it("finds the article inside @graph and resolves @id references", () => {
    const doc = loadHtml(page(JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "#site", name: "Example News" },
        { "@type": "Person", "@id": "#jane", name: "Jane Doe", url: "https://example.com/jane" },
        { "@type": "NewsArticle", headline: "Rates rise again", author: { "@id": "#jane" }, publisher: { "@id": "#site" } },
      ],
    })));
    const ld = readJsonLd(doc.dom);
    expect(ld.article?.headline).toBe("Rates rise again");
    expect((resolveRef(ld, ld.article?.author) as Record<string, unknown>).name).toBe("Jane Doe");
  });

  it("reads arrays of objects and several blocks, preferring a news article to a web page", () => {
    const doc = loadHtml(page(
      JSON.stringify([{ "@type": "BreadcrumbList" }, { "@type": "WebPage", name: "Page" }]),
      JSON.stringify({ "@type": ["ReportageNewsArticle"], headline: "Flood in the valley" }),
    ));
    expect(readJsonLd(doc.dom).article?.headline).toBe("Flood in the valley");
  });

  it("skips a malformed block with an invalid-metadata warning and keeps the others", () => {
    const doc = loadHtml(page("{ this is not json", JSON.stringify({ "@type": "BlogPosting", headline: "Kept" })));
    const ld = readJsonLd(doc.dom);
    expect(ld.article?.headline).toBe("Kept");
    expect(ld.warnings.map((w) => w.code)).toEqual(["invalid-metadata"]);
  });

  it("never lets a page pollute prototypes through readMetadata", () => {
    const doc = loadHtml(page('{"@type": "NewsArticle", "headline": "X", "__proto__": {"isAdmin": true}, "author": {"__proto__": {"name": "Evil"}}}'));
    const meta = readMetadata(doc);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(meta.byline).toBeNull();
  });
});
