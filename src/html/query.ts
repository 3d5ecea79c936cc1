import { compile } from "css-select";
import type { AnyNode, Element } from "domhandler";
import { DomPage, PageMemo } from "./dom-page.js";
import { PageCache } from "../language/page-cache.js";

/**
 * Selector queries that stay linear on deep pages. cheerio's `$(selector)` walks the tree with
 * domutils `findAll`, which shifts and unshifts a stack as deep as the DOM: on 100,000 nested divs
 * one query takes seconds. Here the elements are listed once, iteratively, and selectors only
 * filter that list (css-select then checks each element against the selector, walking up only for
 * descendant combinators). Each selector is compiled once per process, not once per call.
 */

/** Whether `node` is an element (`<script>` and `<style>` are elements too, with their own type). */
export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

type Test = (el: Element) => boolean;
const COMPILED = new Map<string, Test>();

/** `selector` compiled by css-select (HTML mode), cached: the selectors are a fixed set of constants. */
function compiled(selector: string): Test {
  let test = COMPILED.get(selector);
  if (!test) {
    test = compile<AnyNode, Element>(selector, { xmlMode: false }) as Test;
    COMPILED.set(selector, test);
  }
  return test;
}

/** The elements of `list` that match `selector`, in order. */
export function matching(list: readonly Element[], selector: string): Element[] {
  const test = compiled(selector);
  const out: Element[] = [];
  for (const el of list) if (test(el)) out.push(el);
  return out;
}

/** Whether `el` matches `selector`. */
export function matches(el: Element, selector: string): boolean {
  return compiled(selector)(el);
}

/** The page's elements in document order, and the same grouped by tag name. */
interface PageElements {
  all: Element[];
  byTag: Map<string, Element[]>;
}
const ELEMENTS = new PageMemo<PageElements>("elements");

/** Every element under `root`, in document order, without recursion. */
export function elementsUnder(root: AnyNode, limit = Number.MAX_SAFE_INTEGER): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) out.push(node);
    const children = (node as Element).children;
    if (!Array.isArray(children)) continue;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return root.type === "root" ? out : out.filter((el) => el !== root);
}

/**
 * Gives a freshly parsed page's elements, in document order, and by tag name, as the parser listed
 * them while building the tree (src/html/tree-builder.ts), so that the first query does not walk the
 * tree again nor sort the elements by tag.
 */
export function adoptElements(dom: DomPage, all: Element[], byTag: Map<string, Element[]>): void {
  dom.remember(ELEMENTS, { all, byTag });
}

function groupByTag(all: Element[]): PageElements {
  const byTag = new Map<string, Element[]>();
  for (const el of all) {
    const list = byTag.get(el.name);
    if (list) list.push(el);
    else byTag.set(el.name, [el]);
  }
  return { all, byTag };
}

function pageElements(dom: DomPage): PageElements {
  return dom.memo(ELEMENTS, (page) => groupByTag(elementsUnder(page.root)));
}

/** All elements of the page, listed once per document. */
export function allElements(dom: DomPage): Element[] {
  return pageElements(dom).all;
}

const NONE: readonly Element[] = [];

/** The page's elements with tag `tag`, in document order (the same array on every call for a document). */
export function tagged(dom: DomPage, tag: string): readonly Element[] {
  return pageElements(dom).byTag.get(tag) ?? NONE;
}

/**
 * Query results per list of elements and selector: each list is one of a page's fixed lists (a
 * page queries a few dozen). A page cache, emptied when the page is done; not a WeakMap, which
 * would keep every page's tree into the old generation (see dom-page.ts).
 */
const RESULT_LISTS_MAX = 1_000;
const RESULTS = new PageCache<readonly Element[], Map<string, Element[]>>(RESULT_LISTS_MAX);

/** The elements of `list` matching `selector`, in order; computed once per list and selector. */
export function allMatches(list: readonly Element[], selector: string): readonly Element[] {
  let cache = RESULTS.get(list);
  if (!cache) {
    cache = new Map();
    RESULTS.set(list, cache);
  }
  let found = cache.get(selector);
  if (!found) {
    found = matching(list, selector);
    cache.set(selector, found);
  }
  return found;
}

/** The first element of `list` matching `selector`, or null (stops at the first match; nothing cached). */
export function firstMatch(list: readonly Element[], selector: string): Element | null {
  for (const el of list) if (matches(el, selector)) return el;
  return null;
}

/** The page's `tag` elements matching `selector`, in document order (the selector's subject is that tag). */
export function select(dom: DomPage, selector: string, tag: string): readonly Element[] {
  return allMatches(tagged(dom, tag), selector);
}

/** The first of {@link select}, or null. */
export function selectFirst(dom: DomPage, selector: string, tag: string): Element | null {
  return select(dom, selector, tag)[0] ?? null;
}

/** The parent element of `el` (null at the document root), like cheerio's `.parent()`. */
export function parentElement(el: AnyNode): Element | null {
  const p = el.parent;
  return p && p.type !== "root" ? (p as Element) : null;
}

/** `el` or its nearest ancestor with tag `name`, like cheerio's `.closest(name)`. */
export function closest(el: Element, name: string): Element | null {
  for (let n: Element | null = el; n; n = parentElement(n)) if (n.name === name) return n;
  return null;
}
