import type { Element } from "domhandler";
import type { Person } from "../../model/index.js";
import { readBylineOnPage } from "./byline-reads.js";
import { resolveUrl, type HtmlDocument } from "../load.js";
import { textOf } from "./text.js";
import { matches } from "../query.js";
import { ATTRIBUTE_BIT, attributeBits, classOrIdHas } from "../node-slots.js";
import { metadataScan } from "./scan.js";
import { allMatches } from "../query.js";
import { firstUnder } from "./walk.js";
import { BYLINE_SELECTORS, FOREIGN_CLASS, FOREIGN_CONTAINERS } from "./data/selectors.js";
import { METADATA_WEIGHTS as W } from "./weights.js";

const BYLINE = BYLINE_SELECTORS.join(",");
const NAME_PROP = '[itemprop~="name"]';
const PROFILE_LINK = 'a[rel~="author"], a[href]';

/** A visible byline element and what it names. */
export interface VisibleByline {
  text: string;
  people: Person[];
  location: string | null;
  el: Element;
}

/** Whether a class or id value names a foreign box (FOREIGN_CLASS; an empty value names none). */
const isForeignClass = (value: string): boolean => FOREIGN_CLASS.test(value);

/** True when `el` sits in navigation, a footer, a sidebar, comments or a related-articles box. */
function inForeignContainer(el: Element, lenient: boolean): boolean {
  let node: Element | null = el;
  let steps = 0;
  while (node && node.name !== "body" && steps++ < 10_000) {
    if (!lenient && FOREIGN_CONTAINERS.has(node.name)) return true;
    // Class and id tested apart (not joined into one string): no FOREIGN_CLASS word holds a space, so a match never spans both.
    if (classOrIdHas(node, isForeignClass)) return true;
    node = node.parent && node.parent.type === "tag" ? (node.parent as Element) : null;
  }
  return false;
}

/** Elements that are never a visible byline: metadata, the page itself, and raw-text elements (`<script rel=author>`). */
const NOT_VISIBLE: ReadonlySet<string> = new Set(["meta", "link", "body", "html", "head", "script", "style", "template", "noscript", "title", "textarea", "xmp"]);

/** `[itemprop~="name"]`, asked of the selector engine only when the element has an itemprop. */
const isNameProp = (el: Element): boolean => (attributeBits(el) & ATTRIBUTE_BIT.itemprop) !== 0 && matches(el, NAME_PROP);
/** A profile link: only `a` elements can match, so others never reach the selector engine. */
const isProfileLink = (el: Element): boolean => el.name === "a" && matches(el, PROFILE_LINK);

/** Visible byline elements, in page order, with what they name. With `lenient`, bylines in an
 * `<aside>` or `<footer>` count too (personal blogs put the author there), but never in boxes
 * classed as related, comments or sidebars. */
export function visibleBylines(doc: HtmlDocument, exclude: readonly string[], lenient = false): VisibleByline[] {
  const { dom } = doc;
  const found: VisibleByline[] = [];
  // Each element is listed once (the scan visits each once), so none needs to be remembered as seen.
  const elements = allMatches(metadataScan(dom).bylines, BYLINE).slice(0, W.maxBylineElements);
  for (const el of elements) {
    if (found.length >= W.maxBylineCandidates) break;
    if (NOT_VISIBLE.has(el.name)) continue;
    const text = textOf(el, W.maxBylineChars * 2, true);
    if (!text || text.length > W.maxBylineChars || inForeignContainer(el, lenient)) continue;
    const nameEl = firstUnder(el, isNameProp);
    const nameText = nameEl ? (nameEl.attribs.content ?? textOf(nameEl)) : null;
    const read = readBylineOnPage(nameText || text, exclude);
    const people = read.byline?.authors ?? [];
    if (people.length === 0) continue;
    const href = el.name === "a" ? el.attribs.href : firstUnder(el, isProfileLink)?.attribs.href;
    const url = href ? resolveUrl(doc, href) : null;
    if (people.length === 1 && people[0] && url) people[0].url = url;
    found.push({ text, people, location: read.location, el });
  }
  return found;
}
