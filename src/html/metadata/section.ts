import type { DomPage } from "../dom-page.js";
import type { Element } from "domhandler";
import { matches } from "../query.js";
import { hasBreadcrumbClass } from "./scan.js";
import { textOf } from "./text.js";
import { sameTitle } from "./title.js";
import { firstUnder } from "./walk.js";
import { SECTION_HREF_HINTS, SECTION_LINK_SELECTORS } from "./data/selectors.js";
import { METADATA_WEIGHTS as W } from "./weights.js";

const SECTION_LINK = SECTION_LINK_SELECTORS.join(",");

/**
 * A test for SECTION_LINK_SELECTORS. Only links can match (every selector ends in `a`), and without
 * a breadcrumb class on the page only links with a hinted path or a `rel`. Each level's box holds
 * the one below, so its links are tested again: each answer is kept (the breadcrumb selector
 * climbs every ancestor of the link).
 */
export function sectionLinkTest(dom: DomPage): (el: Element) => boolean {
  const breadcrumbs = hasBreadcrumbClass(dom);
  const known = new Map<Element, boolean>();
  return (el) => {
    if (el.name !== "a") return false;
    if (!breadcrumbs && el.attribs.rel === undefined && !SECTION_HREF_HINTS.test(el.attribs.href ?? "")) return false;
    let is = known.get(el);
    if (is === undefined) known.set(el, (is = matches(el, SECTION_LINK)));
    return is;
  };
}

/** The section shown beside the headline: a category or breadcrumb link in the headline's own box. */
export function sectionNearHeadline(dom: DomPage, h1: Element | null): string | null {
  let box: Element | null = h1?.parent && h1.parent.type === "tag" ? (h1.parent as Element) : null;
  let headline: string | null = null;
  let isSectionLink: ((el: Element) => boolean) | null = null;
  for (let level = 0; box && level < W.sectionLevels; level++) {
    if (box.name === "body" || box.name === "html") return null;
    isSectionLink ??= sectionLinkTest(dom);
    const link = firstUnder(box, isSectionLink, W.sectionScan);
    if (link) {
      const text = textOf(link, 100);
      // The last breadcrumb is often the headline itself; a section is a short label.
      if (text && text.length <= 40 && !sameTitle(text, (headline ??= textOf(h1)))) return text;
    }
    box = box.parent && box.parent.type === "tag" ? (box.parent as Element) : null;
  }
  return null;
}
