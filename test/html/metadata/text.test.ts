import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyNode, Element } from "domhandler";
import { loadHtml } from "../../../src/html/load.js";
import { allElements } from "../../../src/html/query.js";
import { clean, decodeEntities, textOf } from "../../../src/html/metadata/text.js";

/**
 * `clean` and `textOf` replace only the whitespace that changes (a lone space stays as it is), which
 * must give exactly the text of replacing every whitespace run. Checked against the plain
 * definitions on random strings and on every element of fixture pages.
 */
const FIXTURES = join(import.meta.dirname, "../../../fixtures/html");

const referenceClean = (text: string): string => text.replace(/[\s\u00a0\u200b\u200e\u200f\ufeff]+/gu, " ").trim();

const SILENT = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head"]);
const BREAKING = new Set([
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
  "header", "footer", "figure", "figcaption", "td", "th", "tr", "table", "blockquote", "dd", "dt",
]);

/** `textOf` as first written: every whitespace run of every text node replaced. */
function referenceTextOf(node: AnyNode, budget: number, lines: boolean): string {
  let out = "";
  const stack: Array<AnyNode | string> = [node];
  while (stack.length > 0 && out.length < budget) {
    const current = stack.pop() as AnyNode | string;
    if (typeof current === "string") {
      out += current;
      continue;
    }
    if (current.type === "text") {
      out += (current as unknown as { data: string }).data.replace(/[ \t\r\n\f]+/gu, " ");
      continue;
    }
    const el = current as Element;
    if (!("children" in el) || !Array.isArray(el.children)) continue;
    const name = typeof el.name === "string" ? el.name.toLowerCase() : "";
    if (SILENT.has(name) && current !== node) continue;
    if (BREAKING.has(name)) {
      out += lines ? "\n" : " ";
      stack.push(lines ? "\n" : " ");
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child) stack.push(child);
    }
  }
  const text = out.length > budget ? out.slice(0, budget) : out;
  if (!lines) return referenceClean(text);
  return text.split("\n").map(referenceClean).filter(Boolean).join("\n");
}

describe("clean", () => {
  it("collapses like replacing every whitespace run, on random strings", () => {
    const chars = [" ", " ", "\t", "\n", "\r", "\u00a0", "\u200b", "\u200c", "\u200e", "\u200f", "\ufeff", "\u2028", "\u3000", "a", "b", "ب", "."];
    let seed = 11;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    for (let i = 0; i < 20_000; i++) {
      let s = "";
      for (let k = Math.floor(next() * 14); k > 0; k--) s += chars[Math.floor(next() * chars.length)];
      expect([s, clean(s)]).toEqual([s, referenceClean(s)]);
    }
  });

  it("keeps single spaces and folds the rest", () => {
    expect(clean("a b")).toBe("a b");
    expect(clean("  a \n\t b\u00a0c\u200bd ")).toBe("a b c d");
    expect(clean("\u200e\u200f")).toBe("");
  });
});

describe("textOf", () => {
  it("reads what the plain definition reads, for every element, budget and line mode", () => {
    for (const page of ["lbcgroup-1.html", "aktualne-1.html", "almadenahnews-1.html"]) {
      const dom = loadHtml(readFileSync(join(FIXTURES, page), "utf8")).dom;
      for (const el of allElements(dom)) {
        for (const budget of [30, 400, 5_000]) {
          for (const lines of [false, true]) expect(textOf(el, budget, lines)).toBe(referenceTextOf(el, budget, lines));
        }
      }
    }
  });
});

describe("decodeEntities (JSON-LD strings)", () => {
  // Complete references, named or numeric, as a browser reads them; anything else stays as written.
  it.each([
    ["Caf&eacute; &amp; bar", "Café & bar"],
    ["&Oacute;scar Pe&ntilde;a", "Óscar Peña"],
    ["5 &lt; 6 &gt; 4", "5 < 6 > 4"],
    ["&#8220;quoted&#8221; &#x41;&#65;", "“quoted” AA"],
    ["x < y & z", "x < y & z"],
    ["&unknownentity; stays", "&unknownentity; stays"],
    ["&#39;single&#39; &quot;double&quot;", "'single' \"double\""],
  ])("%s", (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });
});

describe("decodeEntities on long strings", () => {
  it("keeps the whole string (an articleBody runs to thousands of characters)", () => {
    const raw = `Caf&eacute; ${"word ".repeat(1_000)}end`;
    expect(decodeEntities(raw)).toBe(`Café ${"word ".repeat(1_000)}end`);
  });
});
