import type { Element } from "domhandler";
import { PageMemo, type DomPage } from "../dom-page.js";
import { ATTRIBUTE_BIT, attributeBits, classOf, idOf } from "../node-slots.js";
import { allElements } from "../query.js";
import { BREADCRUMB_CLASS_HINTS, BYLINE_ATTRIBUTE_HINTS, BYLINE_HREF_HINTS } from "./data/selectors.js";

/**
 * One pass over the page's elements for every page-wide query of the metadata stage. Asked one by
 * one (every element with a `content` attribute, then every one with an `itemprop` …), each query filters
 * the whole element list again; here each element is looked at once, which of these attributes it
 * has told by the bits the parser recorded (node-slots.ts), and the elements sorted into the few
 * small lists the selectors then run on. Each list keeps document order, so a selector run on it
 * finds what it finds on the whole page, in the same order.
 */
export interface MetadataScan {
  /** Elements with a `content` attribute (`<meta>` tags, RDFa). */
  content: Element[];
  /** Elements with an `itemprop` attribute (microdata). */
  itemprop: Element[];
  /** Elements with a `datetime` attribute. */
  datetime: Element[];
  /** `img` and `source` elements. */
  images: Element[];
  /** Elements that may be bylines ({@link mayBeByline}). */
  bylines: Element[];
  /**
   * Every `class` attribute value, in document order, for page-wide class tests
   * ({@link hasBreadcrumbClass}): testing these strings is a quarter of the cost of reading
   * `attribs.class` off every element again, a property load that misses V8's caches on the
   * page's thousand attribute shapes.
   */
  classes: string[];
}

/** Whether an attribute value names an author or byline (BYLINE_ATTRIBUTE_HINTS). */
const hintsByline = (value: string | undefined): boolean => value !== undefined && value.length >= 2 && BYLINE_ATTRIBUTE_HINTS.test(value);

/** The attributes besides class and id whose value may name an author or byline. */
const OTHER_BYLINE_NAMES = ["rel", "itemprop", "data-component", "data-testid"] as const;
const OTHER_BYLINE_BITS = OTHER_BYLINE_NAMES.reduce((bits, name) => bits | ATTRIBUTE_BIT[name], 0);
const BYLINE_BITS = OTHER_BYLINE_BITS | ATTRIBUTE_BIT.class | ATTRIBUTE_BIT.id | ATTRIBUTE_BIT.href;

/**
 * Whether an attribute of `el` (of those `bits` says it has) names an author or byline, or `el` is a
 * link to an author's page. The class and id come from the parser's slots; the other values are read
 * only when the element has them.
 */
function bylineAttribute(el: Element, bits: number): boolean {
  if (bits & ATTRIBUTE_BIT.class && hintsByline(classOf(el))) return true;
  if (bits & ATTRIBUTE_BIT.id && hintsByline(idOf(el))) return true;
  if (bits & OTHER_BYLINE_BITS) {
    for (const name of OTHER_BYLINE_NAMES) if (bits & ATTRIBUTE_BIT[name] && hintsByline(el.attribs[name])) return true;
  }
  if (bits & ATTRIBUTE_BIT.href && el.name === "a") {
    const href = el.attribs["href"];
    return href !== undefined && href !== "" && BYLINE_HREF_HINTS.test(href);
  }
  return false;
}

/**
 * A cheap first test for byline elements, run on every element of the page: an `address`, an
 * attribute naming an author or byline, or a link to an author's page. It lets through every
 * element BYLINE_SELECTORS match (the selector then decides).
 */
export function mayBeByline(el: Element): boolean {
  return mayBeBylineWith(el, attributeBits(el));
}

/** {@link mayBeByline} of an element whose attribute bits the caller has read. */
function mayBeBylineWith(el: Element, bits: number): boolean {
  if (el.name === "address") return true;
  return (bits & BYLINE_BITS) !== 0 && bylineAttribute(el, bits);
}

const SCAN = new PageMemo<MetadataScan>("metadata scan");

/** The page's elements sorted for the metadata queries, listed once per page. */
export function metadataScan(dom: DomPage): MetadataScan {
  return dom.memo(SCAN, scanPage);
}

function scanPage(dom: DomPage): MetadataScan {
  const scan: MetadataScan = { content: [], itemprop: [], datetime: [], images: [], bylines: [], classes: [] };
  for (const el of allElements(dom)) {
    if (el.name === "img" || el.name === "source") scan.images.push(el);
    // Which attributes the element has, from the bits the parser recorded: most elements have none of these.
    const bits = attributeBits(el);
    if (mayBeBylineWith(el, bits)) scan.bylines.push(el);
    if (bits === 0) continue;
    if (bits & ATTRIBUTE_BIT.content) scan.content.push(el);
    if (bits & ATTRIBUTE_BIT.itemprop) scan.itemprop.push(el);
    if (bits & ATTRIBUTE_BIT.datetime) scan.datetime.push(el);
    if (bits & ATTRIBUTE_BIT.class) scan.classes.push(classOf(el) as string);
  }
  return scan;
}

const BREADCRUMBS = new PageMemo<boolean>("breadcrumb class");

/** Whether any element of the page has a class naming a breadcrumb (BREADCRUMB_CLASS_HINTS); asked of the page once. */
export function hasBreadcrumbClass(dom: DomPage): boolean {
  return dom.memo(BREADCRUMBS, (page) => metadataScan(page).classes.some((value) => BREADCRUMB_CLASS_HINTS.test(value)));
}
