import type { CheerioAPI } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";

/**
 * Selector queries that stay linear on deep pages. cheerio's `$(selector)` walks the tree with
 * domutils `findAll`, which shifts and unshifts a stack as deep as the DOM: on 100,000 nested divs
 * one query takes seconds. Here the elements are listed once, iteratively, and selectors only
 * filter that list (css-select then checks each element against the selector, walking up only for
 * descendant combinators).
 */

const ALL = new WeakMap<CheerioAPI, Element[]>();

/** Every element under `root`, in document order, without recursion. */
export function elementsUnder(root: AnyNode, limit = Number.MAX_SAFE_INTEGER): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as AnyNode;
    if (node.type === "tag" || node.type === "script" || node.type === "style") out.push(node as Element);
    const children = (node as Element).children;
    if (!Array.isArray(children)) continue;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return root.type === "root" ? out : out.filter((el) => el !== root);
}

/** All elements of the page, listed once per document. */
export function allElements($: CheerioAPI): Element[] {
  let list = ALL.get($);
  if (!list) {
    const root = $.root()[0];
    list = root ? elementsUnder(root) : [];
    ALL.set($, list);
  }
  return list;
}

/**
 * The page's elements matching `selector`, in document order. `narrow` is a cheap test run first
 * (a tag name or an attribute present), so the selector engine only sees likely elements.
 */
export function select($: CheerioAPI, selector: string, narrow?: (el: Element) => boolean): Element[] {
  const all = allElements($);
  const candidates = narrow ? all.filter(narrow) : all;
  if (candidates.length === 0) return [];
  return $(candidates).filter(selector).toArray() as Element[];
}

/** The first page element matching `selector`, or null. */
export function selectFirst($: CheerioAPI, selector: string, narrow?: (el: Element) => boolean): Element | null {
  return select($, selector, narrow)[0] ?? null;
}

/** A narrowing test: the element is one of these tags. */
export const tagIs = (...names: string[]) => (el: Element): boolean => names.includes(el.name);

/** A narrowing test: the element has this attribute. */
export const hasAttr = (name: string) => (el: Element): boolean => el.attribs?.[name] !== undefined;

/** Elements under `root` matching `selector` (root itself excluded), in document order. */
export function selectWithin($: CheerioAPI, root: AnyNode, selector: string, scanLimit = 20_000): Element[] {
  return $(elementsUnder(root, scanLimit)).filter(selector).toArray() as Element[];
}
