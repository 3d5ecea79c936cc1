import type { AnyNode, Element } from "domhandler";
import { collapseSpaces } from "../../language/spaces.js";

/**
 * Small iterative DOM helpers: pages nest 100,000 divs deep, so nothing here recurses
 * (cheerio's `.text()` and domutils' textContent do).
 */

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head", "select", "option", "button"]);

/** True for element nodes (tags, scripts, styles). */
export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/**
 * The visible text under `root`, at most `max` characters, whitespace collapsed, visiting at most
 * `maxNodes` nodes (a stamp's text is short: a deep subtree of empty wrappers must not be walked
 * for every element above it).
 */
export function textOf(root: AnyNode, max: number, maxNodes = Number.POSITIVE_INFINITY): string {
  return textWithMark(root, max, null, maxNodes).text;
}

/**
 * {@link textOf}, and where `mark` (an element under `root`) starts in that text (-1 when it is
 * not reached). Whitespace is collapsed as the text is built, so the position is exact.
 */
export function textWithMark(root: AnyNode, max: number, mark: AnyNode | null, maxNodes = Number.POSITIVE_INFINITY): { text: string; markAt: number; complete: boolean } {
  // Chunks are collected and joined once: building the string with += and endsWith per text node
  // was the date stage's hottest spot.
  const parts: string[] = [];
  let length = 0;
  let endsWithSpace = true;
  let markAt = -1;
  const add = (chunk: string): void => {
    let c = collapseSpaces(chunk);
    if (c === "") return;
    if (endsWithSpace && c.startsWith(" ")) c = c.slice(1);
    if (c === "") return;
    parts.push(c);
    length += c.length;
    endsWithSpace = c.endsWith(" ");
  };
  const stack: AnyNode[] = [root];
  let visited = 0;
  while (stack.length > 0 && length < max && visited < maxNodes) {
    const node = stack.pop()!;
    visited++;
    if (node === mark) markAt = length;
    if (node.type === "text") {
      add((node as unknown as { data: string }).data);
      continue;
    }
    if (isElement(node)) {
      if (node !== root && INVISIBLE.has(node.name)) continue;
      if (BLOCKS.has(node.name)) add(" ");
    }
    const kids = (node as { children?: AnyNode[] }).children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const out = parts.join("");
  const text = out.slice(0, max);
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), markAt: markAt < 0 ? -1 : Math.max(0, markAt - lead), complete: stack.length === 0 };
}

/** Elements whose boundaries separate words. */
const BLOCKS = new Set(["br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "span", "time", "a"]);

/**
 * Visits elements in document order (pre-order), skipping invisible subtrees, at most `limit`
 * elements. `visit` returns false to skip the element's children.
 */
export function walkElements(root: AnyNode, limit: number, visit: (el: Element) => boolean | void): void {
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

/** The element's ancestors' tag names and class/id strings, nearest first, at most `max`. */
export function ancestors(el: Element, max: number): Element[] {
  const out: Element[] = [];
  let p = el.parent;
  while (p && out.length < max) {
    if (isElement(p as AnyNode)) out.push(p as Element);
    p = p.parent;
  }
  return out;
}

/** "class id" of an element, lower case. */
export function classId(el: Element): string {
  return `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
}
