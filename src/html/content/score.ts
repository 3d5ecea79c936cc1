/**
 * Finding the body: strong signals first (microdata, CMS containers, <article>), then a
 * Readability-style score of containers by the paragraphs under them (words, commas of every
 * script, link density). All counts come from the page index, so this is linear in the page.
 */
import { CONTENT_WEIGHTS as W } from "./data/weights.js";
import {
  BODY_MARKERS, NEGATIVE_CLASS_WORDS, PARAGRAPH_TAGS, POSITIVE_CLASS_WORDS, type BodyMarker,
} from "./data/selectors.js";
import { classWords, commonAncestor, hasWord, isElement, isInside, tagOf, type AnyNode, type Element } from "./dom.js";
import { IS_BLOCK, IS_ELEMENT, type PageIndex } from "./analyze.js";
import { PageCache } from "../../language/page-cache.js";
import { ATTRIBUTE_BIT, attributeBits, classOf, idOf } from "../node-slots.js";
import { Arena } from "./arena.js";

/** The buffers of the scores and of the own counts they start from, kept from page to page (arena.ts). */
const OWN_COUNTS = new Arena((n) => new Int32Array(n), 3);
const SCORES = new Arena((n) => new Float64Array(n), 1);

/** Tags never scored as paragraphs or chosen as the body. */
const NOT_SCORED: ReadonlySet<string> = new Set(["html", "body", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "hr"]);

function linkDensity(index: PageIndex, i: number): number {
  const w = index.words[i] as number;
  return w > 0 ? (index.linkWords[i] as number) / w : 0;
}

function classWeight(node: AnyNode): number {
  const words = classWords(node);
  let weight = 0;
  if (hasWord(words, POSITIVE_CLASS_WORDS)) weight += W.classBonus;
  if (hasWord(words, NEGATIVE_CLASS_WORDS)) weight -= W.classBonus;
  return weight;
}

/**
 * Container scores (before link density), indexed like the page index; NaN for nodes never scored.
 * The array is a view of a buffer the next page's scoring reuses (arena.ts).
 */
export function scoreContainers(index: PageIndex): Float64Array {
  const { nodes, parent, kind, words, linkWords, commas, chrome } = index;
  const n = nodes.length;
  // Words, link words and commas outside block children: the node's own paragraph text.
  const [ownWords, ownLinks, ownCommas] = OWN_COUNTS.take(n) as [Int32Array, Int32Array, Int32Array];
  ownWords.set(words);
  ownLinks.set(linkWords);
  ownCommas.set(commas);
  for (let i = 1; i < n; i++) {
    const p = parent[i] as number;
    if (p < 0 || chrome[i] || !((kind[i] as number) & IS_BLOCK)) continue;
    ownWords[p] = (ownWords[p] as number) - (words[i] as number);
    ownLinks[p] = (ownLinks[p] as number) - (linkWords[i] as number);
    ownCommas[p] = (ownCommas[p] as number) - (commas[i] as number);
  }
  const score = SCORES.take(n, Number.NaN)[0] as Float64Array;
  const initial = (j: number): void => {
    if (!Number.isNaN(score[j] as number)) return;
    const node = nodes[j] as AnyNode;
    score[j] = (W.tagPrior[tagOf(node)] ?? 0) + classWeight(node);
  };
  for (let i = 0; i < n; i++) {
    // Block elements by the index's kinds: no node is read for the others.
    if (chrome[i] || !((kind[i] as number) & IS_BLOCK)) continue;
    const tag = (nodes[i] as Element).name;
    if (NOT_SCORED.has(tag)) continue;
    const w = ownWords[i] as number;
    if (w < W.minParagraphWords || (ownLinks[i] as number) / w > W.maxLinkDensity) continue;
    const points = 1 + (ownCommas[i] as number) + Math.min(Math.floor(w / W.wordsPerPoint), W.maxLengthPoints);
    // A <p> gives its score to its container; a <div> with bare text is itself the container.
    let j = PARAGRAPH_TAGS.has(tag) ? (parent[i] as number) : i;
    for (let level = 0; level < W.ancestorShares.length && j >= 0; level++) {
      const t = tagOf(nodes[j] as AnyNode);
      // The document root is a container too: pages with no <html>/<body> put paragraphs right under it.
      if (t === "html" || (t === "" && (nodes[j] as AnyNode).type !== "root")) break;
      initial(j);
      score[j] = (score[j] as number) + points * (W.ancestorShares[level] as number);
      j = parent[j] as number;
    }
  }
  return score;
}

/**
 * The best scored container: its index, or -1 when nothing was scored. When other containers
 * outside it score nearly as well (a body split into several text components), their common
 * ancestor with it is the body.
 */
export function bestContainer(index: PageIndex, score: Float64Array): number {
  const finals: Array<[number, number]> = [];
  for (let i = 0; i < score.length; i++) {
    const s = score[i] as number;
    if (Number.isNaN(s) || index.chrome[i]) continue;
    finals.push([i, s * (1 - linkDensity(index, i))]);
  }
  if (finals.length === 0) return -1;
  finals.sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = finals[0] as [number, number];
  const bestNode = index.nodes[best] as AnyNode;
  const group: AnyNode[] = [bestNode];
  for (const [i, final] of finals.slice(1, W.alternativeCount + 1)) {
    if (final < W.alternativeShare * bestScore) break;
    const node = index.nodes[i] as AnyNode;
    if (!isInside(node, bestNode) && !isInside(bestNode, node)) group.push(node);
  }
  // Cousins carrying the same class as the best container are further parts of the same body.
  const bestClass = isElement(bestNode) ? bestNode.attribs["class"]?.trim() : undefined;
  let near: AnyNode = bestNode;
  for (let k = 0; k < W.cousinLevels && near.parent; k++) near = near.parent as AnyNode;
  if (bestClass) {
    // Cousins lie under `near`: only its subtree is looked at (positions `near` to its `end`).
    const nearAt = index.indexOf(near);
    const to = nearAt === undefined ? index.nodes.length : (index.end[nearAt] as number);
    for (let i = nearAt ?? 0; i < to; i++) {
      const node = index.nodes[i] as AnyNode;
      // The cheap tests on the index first; the class attribute is read for elements with enough words only.
      if (i === best || index.chrome[i] || !((index.kind[i] as number) & IS_ELEMENT) || (index.words[i] as number) < W.minParagraphWords) continue;
      if ((node as Element).attribs["class"]?.trim() !== bestClass || linkDensity(index, i) > W.siblingMaxLinkDensity) continue;
      if (!isInside(node, bestNode) && !isInside(bestNode, node) && isInside(node, near)) group.push(node);
    }
  }
  if (group.length === 1) return best;
  const lca = commonAncestor(group);
  const li = lca ? index.indexOf(lca) : undefined;
  return li === undefined || tagOf(lca as AnyNode) === "html" ? best : li;
}

/**
 * The lead-in of a body: prose just before the chosen container at its own and higher levels (a
 * standfirst, the intro in the article header, a lead paragraph in a cousin block). Only what comes
 * before is taken, so author boxes and sign-up prompts after the body stay out. Returns the roots
 * in document order, the container last.
 */
export function withLeadIn(index: PageIndex, start: number): number[] {
  let roots = [start];
  let bodyWords = index.words[start] as number;
  let cur = start;
  for (let level = 0; level < W.leadInLevels; level++) {
    const p = index.parent[cur] as number;
    if (p < 0) break;
    const tag = tagOf(index.nodes[p] as AnyNode);
    if (tag === "body" || tag === "html" || tag === "") break;
    // Walk back from the body over prose siblings; the first non-prose one (links, a metadata box) ends the lead-in.
    // Siblings are listed by position: text nodes carry no position for `indexOf`.
    const siblings: number[] = [];
    for (let c = p + 1; c < (index.end[p] as number); c = index.end[c] as number) siblings.push(c);
    const before: number[] = [];
    let words = 0;
    let stopped = false;
    let k = siblings.indexOf(cur) - 1;
    for (; k >= 0; k--) {
      const i = siblings[k] as number;
      if (index.chrome[i] || (index.words[i] as number) === 0) continue;
      const w = index.words[i] as number;
      if ((index.linkWords[i] as number) > W.climbMaxLinkDensity * w || words + w > W.climbMaxShare * bodyWords) {
        stopped = true;
        break;
      }
      before.unshift(i);
      words += w;
    }
    roots = [...before, ...roots];
    bodyWords += words;
    if (stopped) break;
    cur = p;
  }
  return roots;
}

/**
 * The best container and those of its siblings that belong with it (a body split into several
 * <div>s, a lead paragraph beside the main text), in document order.
 */
export function withSiblings(index: PageIndex, score: Float64Array, best: number): number[] {
  const p = index.parent[best] as number;
  if (p < 0) return [best];
  const bestFinal = (score[best] as number) * (1 - linkDensity(index, best));
  const threshold = Math.max(10, bestFinal * W.siblingShare);
  const bestClass = isElement(index.nodes[best] as AnyNode) ? (index.nodes[best] as { attribs: Record<string, string> }).attribs["class"] : undefined;
  const out: number[] = [];
  for (const sib of (index.nodes[p] as { children: AnyNode[] }).children) {
    const i = index.indexOf(sib);
    if (i === undefined || index.chrome[i]) continue;
    if (i === best) { out.push(i); continue; }
    if (!isElement(sib)) continue;
    const s = score[i] as number;
    const ld = linkDensity(index, i);
    let final = Number.isNaN(s) ? 0 : s * (1 - ld);
    if (bestClass && sib.attribs["class"] === bestClass) final += (score[best] as number) * 0.2;
    if (final >= threshold) { out.push(i); continue; }
    const tag = sib.name;
    if (PARAGRAPH_TAGS.has(tag) && (index.words[i] as number) >= W.siblingMinWords && ld < W.siblingMaxLinkDensity) out.push(i);
  }
  return out;
}

/** Marker positions by attribute, then value: one lookup per attribute token, no key string built per element. */
const MARKER_INDEX = new Map<string, Map<string, number>>();
BODY_MARKERS.forEach((m, i) => {
  const byValue = MARKER_INDEX.get(m.attr) ?? new Map<string, number>();
  byValue.set(m.value, i);
  MARKER_INDEX.set(m.attr, byValue);
});
const NO_MARKERS: ReadonlyMap<string, number> = new Map();
const markerMap = (attr: string): ReadonlyMap<string, number> => MARKER_INDEX.get(attr) ?? NO_MARKERS;
const TAG_MARKERS = markerMap("tag");
const CLASS_MARKERS = markerMap("class");
/** Markers by value of the attributes other than class that hold them. */
const ID_MARKERS = markerMap("id");
const ITEMPROP_MARKERS = markerMap("itemprop");
const COMPONENT_MARKERS = markerMap("data-component");
/** The attributes that hold markers: those `BodyMarker["attr"]` allows, but the tag. */
const MARKED_BITS = ATTRIBUTE_BIT.class | ATTRIBUTE_BIT.id | ATTRIBUTE_BIT.itemprop | ATTRIBUTE_BIT["data-component"];

/** Class markers per class string: pages repeat their class strings, and most match none. Bounded. */
const CLASS_HITS_MAX = 4_000;
const CLASS_HITS = new PageCache<string, readonly number[]>(CLASS_HITS_MAX);
const NO_HITS: readonly number[] = [];

/** The class markers matched by the tokens of one class attribute (its first 300 characters), in token order. */
function classMarkers(cls: string): readonly number[] {
  let hits = CLASS_HITS.get(cls);
  if (hits === undefined) {
    const found: number[] = [];
    for (const token of cls.slice(0, 300).toLowerCase().split(/\s+/)) {
      const hit = CLASS_MARKERS.get(token);
      if (hit !== undefined) found.push(hit);
    }
    hits = found.length > 0 ? found : NO_HITS;
    CLASS_HITS.set(cls, hits);
  }
  return hits;
}

/** The marker of attribute value `value` among `markers`, pushed to `out`. */
function pushMarker(markers: ReadonlyMap<string, number>, value: string | undefined, out: number[]): void {
  if (!value) return;
  const hit = markers.get(value.toLowerCase());
  if (hit !== undefined) out.push(hit);
}

/**
 * The markers an element matches (positions in `BODY_MARKERS`; the order does not matter, each goes
 * to its own list). Which of the marked attributes the element has is told by the bits the parser
 * recorded; the class and id come from their slots (html/node-slots.ts).
 */
function markersOf(node: AnyNode, out: number[]): void {
  if (!isElement(node)) return;
  const tagHit = TAG_MARKERS.get(node.name);
  if (tagHit !== undefined) out.push(tagHit);
  const bits = attributeBits(node);
  if (!(bits & MARKED_BITS)) return;
  if (bits & ATTRIBUTE_BIT.class) {
    const cls = classOf(node);
    if (cls) for (const hit of classMarkers(cls)) out.push(hit);
  }
  if (bits & ATTRIBUTE_BIT.id) pushMarker(ID_MARKERS, idOf(node), out);
  if (bits & ATTRIBUTE_BIT.itemprop) pushMarker(ITEMPROP_MARKERS, node.attribs["itemprop"], out);
  if (bits & ATTRIBUTE_BIT["data-component"]) pushMarker(COMPONENT_MARKERS, node.attribs["data-component"], out);
}

/**
 * The first strong body signal that holds at least `strongMinWords` words, with the markers it
 * matched: several matches (a body split into text blocks) give their common ancestor when they
 * make up most of it, else the largest. Returns -1 when no signal holds enough text.
 */
export function strongContainer(index: PageIndex): { node: number; marker: BodyMarker | null } {
  const matches: number[][] = BODY_MARKERS.map(() => []);
  const hits: number[] = [];
  for (let i = 0; i < index.nodes.length; i++) {
    // Only elements holding words can be chosen (see `found` below): the others' attributes are not read.
    if (index.chrome[i] || !((index.kind[i] as number) & IS_ELEMENT) || (index.words[i] as number) === 0) continue;
    const node = index.nodes[i] as AnyNode;
    hits.length = 0;
    markersOf(node, hits);
    for (const m of hits) (matches[m] as number[]).push(i);
  }
  for (let m = 0; m < BODY_MARKERS.length; m++) {
    const found = (matches[m] as number[]).filter((i) => (index.words[i] as number) > 0);
    if (found.length === 0) continue;
    let chosen = found[0] as number;
    if (found.length > 1) {
      let sum = 0;
      for (const i of found) {
        sum += index.words[i] as number;
        if ((index.words[i] as number) > (index.words[chosen] as number)) chosen = i;
      }
      const lca = commonAncestor(found.map((i) => index.nodes[i] as AnyNode));
      const li = lca ? index.indexOf(lca) : undefined;
      if (li !== undefined && (index.words[li] as number) <= sum * 1.3) chosen = li;
    }
    if ((index.words[chosen] as number) >= W.strongMinWords) return { node: chosen, marker: BODY_MARKERS[m] as BodyMarker };
  }
  return { node: -1, marker: null };
}
