import type { AnyNode, Element } from "domhandler";
import { decodeHTML } from "entities/decode";

/**
 * Text helpers that never recurse: cheerio's `.text()` walks the DOM recursively, and pages can
 * nest 100,000 divs. These walk with an explicit stack and stop after a character budget.
 */

/** Most characters read from one element: metadata fields are short, so this is plenty. */
export const TEXT_BUDGET = 5_000;

/** Elements whose text a reader never sees. */
const SILENT = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head"]);

/** Elements that separate text (so "<p>a</p><p>b</p>" reads "a b", or two lines). */
const BREAKING = new Set([
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
  "header", "footer", "figure", "figcaption", "td", "th", "tr", "table", "blockquote", "dd", "dt",
]);

/**
 * What `clean` turns into one space: a run of two or more whitespace characters (NBSP, BOM and the
 * zero-width and bidi marks used as spaces included), or one that is not a plain space. A lone
 * space is left alone, which gives the same text as replacing every run but, when there is
 * nothing else to change, returns the string itself instead of building a copy of it.
 */
const SPACE_RUNS = /[\s\u200b\u200e\u200f]{2,}|[^\S ]|[\u200b\u200e\u200f]/gu;

/** The same for the HTML whitespace inside one text node (space, tab, CR, LF, FF). */
const HTML_SPACE_RUNS = /[ \t\r\n\f]{2,}|[\t\r\n\f]/gu;

/** Collapses whitespace (including NBSP and bidi marks used as spaces) and trims. */
export function clean(text: string): string {
  return text.replace(SPACE_RUNS, " ").trim();
}

/**
 * The visible text of `node`, whitespace collapsed, at most `budget` characters. Iterative: safe on
 * arbitrarily deep trees. Scripts, styles and templates are skipped. With `lines`, block elements
 * and `<br>` start a new line (each line collapsed), for multi-line boxes such as bylines.
 */
export function textOf(node: AnyNode | null | undefined, budget: number = TEXT_BUDGET, lines = false): string {
  if (!node) return "";
  let out = "";
  const stack: Array<AnyNode | string> = [node];
  while (stack.length > 0 && out.length < budget) {
    const current = stack.pop() as AnyNode | string;
    if (typeof current === "string") {
      out += current;
      continue;
    }
    if (current.type === "text") {
      // Collapsed as it is read, so the budget counts visible characters, not indentation.
      out += (current as unknown as { data: string }).data.replace(HTML_SPACE_RUNS, " ");
      continue;
    }
    const el = current as Element;
    if (!("children" in el) || !Array.isArray(el.children)) continue;
    // Pages are parsed in HTML mode, where htmlparser2 gives every tag name in lower case already.
    const name = typeof el.name === "string" ? el.name : "";
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
  if (!lines) return clean(text);
  return text.split("\n").map(clean).filter(Boolean).join("\n");
}

/** The raw text of a node's direct text children and descendants, unlike `textOf` keeping script bodies. */
export function rawTextOf(node: AnyNode | null | undefined, budget = 2_000_000): string {
  if (!node) return "";
  let out = "";
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && out.length < budget) {
    const current = stack.pop() as AnyNode;
    if (current.type === "text" || current.type === "cdata" || current.type === "comment") {
      out += (current as unknown as { data: string }).data ?? "";
      continue;
    }
    const children = (current as Element).children;
    if (!Array.isArray(children)) continue;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}

/** Decodes the HTML entities that CMSs leave inside JSON-LD strings ("&quot;", "&amp;", "&#39;"). */
export function decodeEntities(text: string): string {
  if (/&[a-z]{2,10};/iu.test(text)) text = decodeNamed(text);
  return text.replace(/&(?:quot|amp|apos|lt|gt|nbsp|#(\d{1,6})|#x([0-9a-f]{1,6}));/giu, (m, dec: string | undefined, hex: string | undefined) => {
    if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
    if (hex) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
    const named: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&apos;": "'", "&lt;": "<", "&gt;": ">", "&nbsp;": " " };
    return named[m.toLowerCase()] ?? m;
  });
}

/**
 * Named entities of every kind ("&oacute;", "&eacute;"), decoded as the HTML parser decodes text
 * (the decoder htmlparser2 uses, in its legacy mode: "&amp" without a semicolon is read too).
 */
function decodeNamed(text: string): string {
  return decodeHTML(text);
}
