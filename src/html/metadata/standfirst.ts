import type { Element } from "domhandler";
import { looksLikeByline } from "../../article/byline.js";
import { readDateline } from "../../article/dateline.js";
import { sameTitle, titleKey } from "./title.js";
import { textOf } from "./text.js";
import { matches } from "../query.js";
import { ATTRIBUTE_BIT, attributeBits, classOf } from "../node-slots.js";
import { someUnder, walkUnder } from "./walk.js";
import { STANDFIRST_CLASS_HINTS, STANDFIRST_SELECTORS } from "./data/selectors.js";
import { METADATA_WEIGHTS as W } from "./weights.js";


const STANDFIRST = STANDFIRST_SELECTORS.join(",");
/** Class words of caption and credit boxes. */
const CAPTION_CLASS = /caption|credit|legend|cutline/iu;

const isLink = (el: Element): boolean => el.name === "a";
/**
 * Whether `el` matches STANDFIRST_SELECTORS. Every one of them but `h2` needs an `itemprop` or a
 * class word of STANDFIRST_CLASS_HINTS, so only such elements reach the selector engine.
 */
export function isStandfirst(el: Element): boolean {
  const cls = classOf(el);
  const hinted = el.name === "h2" || (attributeBits(el) & ATTRIBUTE_BIT.itemprop) !== 0 || (cls !== undefined && STANDFIRST_CLASS_HINTS.test(cls));
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
    if (node.name === "figure" || node.name === "figcaption" || CAPTION_CLASS.test(classOf(node) ?? "")) return true;
    node = node.parent && node.parent.type === "tag" ? (node.parent as Element) : null;
  }
  return false;
}

/** Most standfirst-like elements, then most paragraphs, taken from under each element after the headline. */
const STYLED_UNDER = 4;
const PARAGRAPHS_UNDER = 3;

/**
 * The candidates under `el`: its first STYLED_UNDER standfirst-like elements, then its first
 * PARAGRAPHS_UNDER paragraphs, among its first `standfirstScan` elements. One walk fills both
 * lists (what two `someUnder` walks found, one after the other).
 */
function candidatesUnder(el: Element): { styled: Element[]; paragraphs: Element[] } {
  const styled: Element[] = [];
  const paragraphs: Element[] = [];
  walkUnder(
    el,
    (node) => {
      if (styled.length < STYLED_UNDER && isStandfirst(node)) styled.push(node);
      if (paragraphs.length < PARAGRAPHS_UNDER && node.name === "p") paragraphs.push(node);
      return styled.length >= STYLED_UNDER && paragraphs.length >= PARAGRAPHS_UNDER;
    },
    W.standfirstScan,
  );
  return { styled, paragraphs };
}

/** The `strong` and `b` children of `el`: one alone holding the whole text makes a bold deck. */
function boldChildren(el: Element): Element[] {
  return el.children.filter((k): k is Element => k.type === "tag" && (k.name === "strong" || k.name === "b"));
}

/**
 * The standfirst (deck) shown under the headline: an element with a standfirst-like class or an
 * `h2`, or any element whose text is the meta description, among the elements that follow the
 * `<h1>` (climbing at most three levels). Null when the page shows none: the meta description
 * alone is a summary for search engines, not a subheadline, so it is never copied in.
 *
 * Every test on a candidate only turns it down, and the first candidate no test turns down wins,
 * so the tests can run in any order: the cheap ones that turn down most candidates (not styled and
 * not a box that could repeat the description) run first, and the dateline, byline and link
 * tests only on the few candidates left.
 */
export function readStandfirst(h1: Element | null, headline: string | null, description: string | null): string | null {
  if (!h1) return null;
  let anchor: Element | null = h1;
  for (let level = 0; level < W.standfirstLevels && anchor; level++) {
    for (const [index, el] of nextElements(anchor).entries()) {
      // The deck sits at the top of what follows the headline: only the first elements are looked at.
      const under = candidatesUnder(el);
      const candidates = [el, ...under.styled, ...under.paragraphs];
      for (const [i, c] of candidates.entries()) {
        // An h2 is a deck only right under the h1; elsewhere it is the body's first subheading.
        if (c.name === "h2" && !(level === 0 && index === 0 && c === el)) continue;
        // The walk already found the styled list standfirst-like.
        const styled = (i >= 1 && i <= under.styled.length) || isStandfirst(c);
        // The description repeated in a bold paragraph (or a non-paragraph box) is the deck; in an
        // ordinary paragraph it is only the lede, which belongs to the body.
        const bold = styled || description === null || c.name !== "p" ? null : boldChildren(c);
        if (bold !== null && bold.length !== 1) continue;
        if (!styled && description === null) continue;
        // A link is a teaser for another story, not this one's deck. Captions and credits sit near
        // the headline too ("Media caption …", "Credit Harry Campbell").
        if (c.name === "a" || inCaption(c)) continue;
        const text = textOf(c, W.maxStandfirstChars * 2);
        if (text.length < W.minStandfirstChars || text.length > W.maxStandfirstChars) continue;
        if (!styled) {
          const allBold = bold === null || textOf(bold[0], text.length + 1).length >= text.length * W.allBoldShare;
          if (!allBold || !sameTitle(text, description ?? "")) continue;
        }
        if (looksLikeByline(text.slice(0, 100)) || (headline && titleKey(text) === titleKey(headline))) continue;
        // A paragraph that opens with a dateline ("دمشق، سوريا (CNN) --") is the story's lede, not a deck.
        if (readDateline(text)) continue;
        // Mostly links: teasers for other stories.
        if (linkShare(c, text.length) > W.maxStandfirstLinkShare) continue;
        return text;
      }
    }
    anchor = anchor.parent && anchor.parent.type === "tag" ? (anchor.parent as Element) : null;
  }
  return null;
}
