import type { AnyNode, Element } from "domhandler";
import { isElement } from "../../html/query.js";
import { isSpaceCode } from "../../language/spaces.js";

/**
 * Small iterative DOM helpers: pages nest 100,000 divs deep, so nothing here recurses
 * (cheerio's `.text()` and domutils' textContent do).
 */

/** Re-exported for the date stage: the one definition lives beside the element list. */
export { isElement };

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head", "select", "option", "button"]);


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
  // Pieces are collected and joined once: building the string with += and endsWith per text node
  // was the date stage's hottest spot. A text node's pieces are slices of it between whitespace runs
  // (the node itself when it has none to collapse): no collapsed copy is made and then sliced again.
  const parts: string[] = [];
  let length = 0;
  let endsWithSpace = true;
  let markAt = -1;
  const stack: AnyNode[] = [root];
  let visited = 0;
  while (stack.length > 0 && length < max && visited < maxNodes) {
    const node = stack.pop()!;
    visited++;
    if (node === mark) markAt = length;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      const n = data.length;
      // text[from, i) is the pending piece: it starts with a non-space and holds only single ASCII spaces.
      let from = 0;
      let i = 0;
      while (i < n) {
        if (!isSpaceCode(data.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n && isSpaceCode(data.charCodeAt(j))) j++;
        // One ASCII space after a word is already collapsed: it stays in the piece.
        if (j - i === 1 && i > from && data.charCodeAt(i) === 32) {
          i = j;
          continue;
        }
        if (i > from) {
          parts.push(data.slice(from, i));
          length += i - from;
          endsWithSpace = false;
        }
        // The run is one space, or none after a space already written.
        if (!endsWithSpace) {
          parts.push(" ");
          length++;
          endsWithSpace = true;
        }
        from = i = j;
      }
      if (from < n) {
        parts.push(from === 0 ? data : data.slice(from));
        length += n - from;
        endsWithSpace = data.charCodeAt(n - 1) === 32;
      }
      continue;
    }
    if (isElement(node)) {
      if (node !== root && INVISIBLE.has(node.name)) continue;
      if (BLOCKS.has(node.name) && !endsWithSpace) {
        parts.push(" ");
        length++;
        endsWithSpace = true;
      }
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

/** "class id" of an element, lower case. */
export function classId(el: Element): string {
  return `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
}
