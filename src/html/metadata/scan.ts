import type { Element } from "domhandler";
import { PageMemo, type DomPage } from "../dom-page.js";
import { allElements } from "../query.js";
import { BREADCRUMB_CLASS_HINTS, BYLINE_ATTRIBUTE_HINTS, BYLINE_HREF_HINTS } from "./data/selectors.js";

/**
 * One pass over the page's elements for every page-wide query of the metadata stage. Asked one by
 * one (every element with a `content` attribute, then every one with an `itemprop` …), each query filters
 * the whole element list again; here each element's attributes are read once, with one `for…in`
 * (most elements have none or one attribute, and a lookup by name costs as much when it misses),
 * and the elements sorted into the few small lists the selectors then run on. Each list keeps
 * document order, so a selector run on it finds what it finds on the whole page, in the same order.
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

/** Whether attribute `name="value"` of `el` hints at a byline (see BYLINE_ATTRIBUTE_HINTS). */
function bylineAttribute(el: Element, name: string, value: string | undefined): boolean {
  if (!value) return false;
  switch (name) {
    case "class":
    case "id":
    case "rel":
    case "itemprop":
    case "data-component":
    case "data-testid":
      return value.length >= 2 && BYLINE_ATTRIBUTE_HINTS.test(value);
    case "href":
      return el.name === "a" && BYLINE_HREF_HINTS.test(value);
    default:
      return false;
  }
}

/**
 * A cheap first test for byline elements, run on every element of the page: an `address`, an
 * attribute naming an author or byline, or a link to an author's page. It lets through every
 * element BYLINE_SELECTORS match (the selector then decides).
 */
export function mayBeByline(el: Element): boolean {
  if (el.name === "address") return true;
  const a = el.attribs;
  for (const name in a) if (bylineAttribute(el, name, a[name])) return true;
  return false;
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
    let byline = el.name === "address";
    const a = el.attribs;
    for (const name in a) {
      const value = a[name];
      if (name === "content") scan.content.push(el);
      else if (name === "itemprop") scan.itemprop.push(el);
      else if (name === "datetime") scan.datetime.push(el);
      else if (name === "class" && value !== undefined) scan.classes.push(value);
      if (!byline) byline = bylineAttribute(el, name, value);
    }
    if (byline) scan.bylines.push(el);
  }
  return scan;
}

const BREADCRUMBS = new PageMemo<boolean>("breadcrumb class");

/** Whether any element of the page has a class naming a breadcrumb (BREADCRUMB_CLASS_HINTS); asked of the page once. */
export function hasBreadcrumbClass(dom: DomPage): boolean {
  return dom.memo(BREADCRUMBS, (page) => metadataScan(page).classes.some((value) => BREADCRUMB_CLASS_HINTS.test(value)));
}
