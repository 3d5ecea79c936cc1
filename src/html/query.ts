import type { CheerioAPI } from "cheerio/slim";
import { compile } from "css-select";
import type { AnyNode, Element } from "domhandler";

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
const ALL = new WeakMap<CheerioAPI, PageElements>();
/** Page-wide query results per document and selector (`narrow` only speeds a query up, so it is not part of the key). */
const RESULTS = new WeakMap<CheerioAPI, Map<string, Element[]>>();

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

function pageElements($: CheerioAPI): PageElements {
  let page = ALL.get($);
  if (!page) {
    const root = $.root()[0];
    const all = root ? elementsUnder(root) : [];
    const byTag = new Map<string, Element[]>();
    for (const el of all) {
      const list = byTag.get(el.name);
      if (list) list.push(el);
      else byTag.set(el.name, [el]);
    }
    page = { all, byTag };
    ALL.set($, page);
  }
  return page;
}

/** All elements of the page, listed once per document. */
export function allElements($: CheerioAPI): Element[] {
  return pageElements($).all;
}

/** A cheap first test for `select`; one made by {@link tagIs} with a single tag reads the page's list of that tag directly. */
export type Narrow = ((el: Element) => boolean) & { tags?: readonly string[] };

/**
 * The page's elements matching `selector`, in document order. `narrow` is a cheap test run first
 * (a tag name or an attribute present), so the selector engine only sees likely elements.
 */
export function select($: CheerioAPI, selector: string, narrow?: Narrow): readonly Element[] {
  let cache = RESULTS.get($);
  if (!cache) {
    cache = new Map();
    RESULTS.set($, cache);
  }
  let found = cache.get(selector);
  if (!found) {
    const page = pageElements($);
    const tag = narrow?.tags?.length === 1 ? (narrow.tags[0] as string) : null;
    const candidates = tag !== null ? (page.byTag.get(tag) ?? []) : narrow ? page.all.filter(narrow) : page.all;
    found = matching(candidates, selector);
    cache.set(selector, found);
  }
  return found;
}

/** The first page element matching `selector`, or null. */
export function selectFirst($: CheerioAPI, selector: string, narrow?: Narrow): Element | null {
  return select($, selector, narrow)[0] ?? null;
}

/** A narrowing test: the element is one of these tags. */
export const tagIs = (...names: string[]): Narrow => Object.assign((el: Element): boolean => names.includes(el.name), { tags: names });

/** A narrowing test: the element has this attribute. */
export const hasAttr = (name: string) => (el: Element): boolean => el.attribs?.[name] !== undefined;

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
