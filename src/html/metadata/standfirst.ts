import type { Element } from "domhandler";
import { looksLikeByline } from "../../article/byline.js";
import { readDateline } from "../../article/dateline.js";
import { sameTitle, titleKey } from "./title.js";
import { textOf } from "./text.js";
import { matches } from "../query.js";
import { someUnder } from "./walk.js";
import { STANDFIRST_CLASS_HINTS, STANDFIRST_SELECTORS } from "./data/selectors.js";
import { METADATA_WEIGHTS as W } from "./weights.js";


const STANDFIRST = STANDFIRST_SELECTORS.join(",");
/** Class words of caption and credit boxes. */
const CAPTION_CLASS = /caption|credit|legend|cutline/iu;

const isLink = (el: Element): boolean => el.name === "a";
const isParagraph = (el: Element): boolean => el.name === "p";
/**
 * Whether `el` matches STANDFIRST_SELECTORS. Every one of them but `h2` needs an `itemprop` or a
 * class word of STANDFIRST_CLASS_HINTS, so only such elements reach the selector engine.
 */
export function isStandfirst(el: Element): boolean {
  const a = el.attribs;
  const hinted = el.name === "h2" || a.itemprop !== undefined || (a.class !== undefined && STANDFIRST_CLASS_HINTS.test(a.class));
  return hinted && matches(el, STANDFIRST);
}

function linkShare(el: Element, total: number): number {
  if (total === 0) return 0;
  let linked = 0;
  for (const a of someUnder(el, isLink, 50)) linked += textOf(a, total).length;
  return linked / total;
}

function nextElements(el: Element): Element[] {
  const out: Element[] = [];
  let n = el.nextSibling;
  while (n && out.length < W.standfirstSiblings) {
    if (n.type === "tag") out.push(n as Element);
    n = n.nextSibling;
  }
  return out;
}

/** True when `el` or one of its three nearest ancestors is a figure, a figcaption or classed as a caption or credit. */
function inCaption(el: Element): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < 4; i++) {
    if (node.name === "figure" || node.name === "figcaption" || CAPTION_CLASS.test(node.attribs?.class ?? "")) return true;
    node = node.parent && node.parent.type === "tag" ? (node.parent as Element) : null;
  }
  return false;
}

/**
 * The standfirst (deck) shown under the headline: an element with a standfirst-like class or an
 * `h2`, or any element whose text is the meta description, among the elements that follow the
 * `<h1>` (climbing at most three levels). Null when the page shows none: the meta description
 * alone is a summary for search engines, not a subheadline, so it is never copied in.
 */
export function readStandfirst(h1: Element | null, headline: string | null, description: string | null): string | null {
  if (!h1) return null;
  let anchor: Element | null = h1;
  for (let level = 0; level < W.standfirstLevels && anchor; level++) {
    for (const [index, el] of nextElements(anchor).entries()) {
      // The deck sits at the top of what follows the headline: only the first elements are looked at.
      const candidates = [el, ...someUnder(el, isStandfirst, 4, W.standfirstScan), ...someUnder(el, isParagraph, 3, W.standfirstScan)];
      for (const c of candidates) {
        // An h2 is a deck only right under the h1; elsewhere it is the body's first subheading.
        if (c.name === "h2" && !(level === 0 && index === 0 && c === el)) continue;
        const text = textOf(c, W.maxStandfirstChars * 2);
        if (text.length < W.minStandfirstChars || text.length > W.maxStandfirstChars) continue;
        if (looksLikeByline(text.slice(0, 100)) || (headline && titleKey(text) === titleKey(headline))) continue;
        // Captions and credits sit near the headline too ("Media caption …", "Credit Harry Campbell").
        if (inCaption(c)) continue;
        // A paragraph that opens with a dateline ("دمشق، سوريا (CNN) --") is the story's lede, not a deck.
        if (readDateline(text)) continue;
        // A link is a teaser for another story, not this one's deck.
        if (c.name === "a" || linkShare(c, text.length) > W.maxStandfirstLinkShare) continue;
        const styled = isStandfirst(c);
        // The description repeated in a bold paragraph (or a non-paragraph box) is the deck; in an
        // ordinary paragraph it is only the lede, which belongs to the body.
        const bold = c.children.filter((k): k is Element => k.type === "tag" && (k.name === "strong" || k.name === "b"));
        const allBold = bold.length === 1 && textOf(bold[0], text.length + 1).length >= text.length * W.allBoldShare;
        const marked = c.name !== "p" || allBold;
        const described = description !== null && marked && sameTitle(text, description);
        if (styled || described) return text;
      }
    }
    anchor = anchor.parent && anchor.parent.type === "tag" ? (anchor.parent as Element) : null;
  }
  return null;
}
