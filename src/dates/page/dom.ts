import type { AnyNode, Element, Text } from "domhandler";
import { isElement } from "../../html/query.js";
import { classOf, idOf, isBlankText } from "../../html/node-slots.js";
import { collapseSpaces } from "../../language/spaces.js";
import { codeUnitAt } from "../../language/code-units.js";

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
  // was the date stage's hottest spot. Whitespace-only nodes (most of them: indentation) are told
  // by the flag the parser sets on them (`isBlankText`). The others are
  // collapsed by the regex engine, and only when they hold whitespace that collapsing changes (a
  // collapsing loop over code units measured twice as slow); a node without such whitespace is
  // pushed as it is.
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
      let data = (node as unknown as { data: string }).data;
      if (data.length === 0) continue;
      // Whitespace only (most text nodes): one space, or none after a space already written.
      if (isBlankText(node as Text)) {
        if (!endsWithSpace) {
          parts.push(" ");
          length++;
          endsWithSpace = true;
        }
        continue;
      }
      data = collapseSpaces(data);
      // A leading space after a space already written goes.
      if (endsWithSpace && codeUnitAt(data, 0) === 32) data = data.slice(1);
      parts.push(data);
      length += data.length;
      endsWithSpace = codeUnitAt(data, data.length - 1) === 32;
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
 * Where in `elements` (a page's element list, in document order) the first element after `el` and its
 * subtree is, searching from `from`; `elements.length` when none follows. The element is the first
 * element among the next siblings of `el` and then of each of its ancestors.
 */
function afterSubtree(elements: readonly Element[], el: AnyNode, from: number): number {
  for (let n: AnyNode | null = el; n; n = n.parent as AnyNode | null) {
    for (let s = n.next as AnyNode | null; s; s = s.next as AnyNode | null) {
      if (isElement(s)) {
        const at = elements.indexOf(s, from);
        return at < 0 ? elements.length : at;
      }
    }
  }
  return elements.length;
}

/**
 * {@link walkElements} over the page's element list instead of the tree: the same elements in the
 * same order, read from an array, with a skipped subtree jumped over. `elements` must be every
 * element of the tree `root` is in, in document order (the parser's list); when `root` is not in
 * it, the tree is walked.
 *
 * Linear: a jump climbs from the skipped element to the nearest ancestor with a next element, and
 * no ancestor is climbed through twice (the elements skipped under it are inside the first one
 * skipped); finding the next element's position reads the skipped elements once.
 */
export function walkElementList(elements: readonly Element[], root: AnyNode, limit: number, visit: (el: Element) => boolean | void): void {
  let i: number;
  let end: number;
  if (root.type === "root") {
    i = 0;
    end = elements.length;
  } else {
    i = isElement(root) ? elements.indexOf(root) : -1;
    if (i < 0) return walkElements(root, limit, visit);
    end = afterSubtree(elements, root, i + 1);
  }
  let count = 0;
  while (i < end && count < limit) {
    const el = elements[i] as Element;
    if (INVISIBLE.has(el.name)) {
      i = afterSubtree(elements, el, i + 1);
      continue;
    }
    count++;
    i = visit(el) === false ? afterSubtree(elements, el, i + 1) : i + 1;
  }
}

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
    // Text and comment nodes are neither visited nor hold children: they are not stacked at all
    // (about half of a page's nodes, each a push, a pop and a property miss on `children`).
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      if (kid.type !== "text" && kid.type !== "comment") stack.push(kid);
    }
  }
}

/** "class id" of an element, lower case. */
export function classId(el: Element): string {
  return `${classOf(el) ?? ""} ${idOf(el) ?? ""}`.toLowerCase();
}
