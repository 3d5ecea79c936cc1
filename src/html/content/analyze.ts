/**
 * One indexing of the page: every node in document order with its parent, word, link-word and
 * comma counts, and whether it is chrome (dropped tags, hidden elements, structural and class/id
 * chrome). Three linear passes over an array; nothing recurses and no text is counted twice.
 */
import { CONTENT_WEIGHTS as W } from "./data/weights.js";
import {
  BODY_CLASS_WORDS, CHROME_CLASS_PARTS, CHROME_CLASS_WORDS, CHROME_ROLES, CHROME_TAGS, DROP_TAGS, WEAK_CHROME_CLASS_WORDS,
} from "./data/selectors.js";
import { childrenOf, classHeads, classWords, hasWord, isElement, type AnyNode } from "./dom.js";
import { countCommas, fastCountWords } from "./text.js";

/** What the passes learnt about the page. Arrays are indexed by a node's position in `nodes`. */
export interface PageIndex {
  nodes: AnyNode[];
  /** A node's position in `nodes`; undefined for nodes not indexed (inside dropped tags, outside the root). */
  indexOf: (node: AnyNode) => number | undefined;
  parent: Int32Array;
  /** Words of visible, non-chrome text under the node. */
  words: Int32Array;
  /** Words of that text inside links. */
  linkWords: Int32Array;
  commas: Int32Array;
  /** True for a node that is chrome or lies inside chrome. */
  chrome: Uint8Array;
  /** Words of the whole page outside dropped and hidden nodes (before structural chrome is removed). */
  pageWords: number;
  /** What was dropped as chrome, for the `chrome-dropped` warning: "nav", "class:comments" … */
  dropped: Set<string>;
}

const TABLE_TAGS: ReadonlySet<string> = new Set(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"]);

/** Containers whose own <header> belongs to the article. */
const ARTICLE_TAGS: ReadonlySet<string> = new Set(["article", "main"]);

const NON_SPACE = /\S/;

/** Any of CHROME_CLASS_PARTS inside a word (the parts are plain lower-case words). */
const ANY_CHROME_PART = new RegExp(CHROME_CLASS_PARTS.join("|"));

/**
 * Each indexed node carries its position under this key, checked against `nodes` on lookup. A Map
 * from node to position cost a hash insert per node and a lookup per visited node of the body walk.
 */
const POSITION: unique symbol = Symbol("khabar.position");
type Positioned = AnyNode & { [POSITION]?: number };

const HIDDEN_STYLE = /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i;

/** Hidden by markup: `hidden`, `aria-hidden="true"`, inline display:none / visibility:hidden. */
function isHidden(node: AnyNode): boolean {
  if (!isElement(node)) return false;
  const a = node.attribs;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return true;
  const style = a["style"];
  return style !== undefined && HIDDEN_STYLE.test(style.slice(0, 500));
}

/** Why an element is chrome by its tag, role or class/id, or null. */
function chromeReason(node: AnyNode): string | null {
  if (!isElement(node)) return null;
  const tag = node.name.toLowerCase();
  if (CHROME_TAGS.has(tag)) return tag;
  // Tables are content structure: "table-header", "tr.footer" name their rows, not the page's chrome.
  if (TABLE_TAGS.has(tag)) return null;
  const role = node.attribs["role"];
  if (role && CHROME_ROLES.has(role.toLowerCase())) return `role:${role}`;
  const words = classWords(node);
  if (words.length === 0) return null;
  for (const w of words) {
    if (CHROME_CLASS_WORDS.has(w)) return `class:${w}`;
    // One regex test turns down most words; the loop then names the first part in list order.
    if (w.length > 6 && ANY_CHROME_PART.test(w)) for (const part of CHROME_CLASS_PARTS) if (w.includes(part)) return `class:${part}`;
  }
  // "article_details_tags", "story-nav": the head word says what the node is, whatever words come before it.
  for (const w of classHeads(node)) if (WEAK_CHROME_CLASS_WORDS.has(w)) return `weak:${w}`;
  if (hasWord(words, BODY_CLASS_WORDS)) return null;
  for (const w of words) if (WEAK_CHROME_CLASS_WORDS.has(w)) return `weak:${w}`;
  return null;
}

/**
 * Indexes the page under `root`. `protect` nodes (strong body signals) and their ancestors are never
 * made chrome by tag or class.
 */
export function analyzePage(root: AnyNode, protect: readonly AnyNode[] = []): PageIndex {
  const nodes: AnyNode[] = [];
  const parentList: number[] = [];
  const stack: AnyNode[] = [root];
  const stackParent: number[] = [-1];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const p = stackParent.pop() as number;
    const i = nodes.length;
    nodes.push(node);
    parentList.push(p);
    (node as Positioned)[POSITION] = i;
    if (isElement(node) && DROP_TAGS.has(node.name.toLowerCase()) && node !== root) continue;
    const kids = childrenOf(node);
    for (let k = kids.length - 1; k >= 0; k--) {
      stack.push(kids[k] as AnyNode);
      stackParent.push(i);
    }
  }
  const n = nodes.length;
  const parent = Int32Array.from(parentList);
  const dropped = new Set<string>();

  // Pass 1: hidden and dropped nodes (inherited), text counts of text nodes, inside-link flags.
  const gone = new Uint8Array(n);
  const inLink = new Uint8Array(n);
  // Counts are whole numbers: 32-bit integers take half the memory of doubles (eight arrays per page).
  const ownWords = new Int32Array(n);
  const ownCommas = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as AnyNode;
    const p = parent[i] as number;
    if (p >= 0 && gone[p]) { gone[i] = 1; continue; }
    if (isElement(node)) {
      const tag = node.name.toLowerCase();
      if (node !== root && (DROP_TAGS.has(tag) || isHidden(node))) { gone[i] = 1; continue; }
    } else if (node.type === "text") {
      const data = (node as { data: string }).data;
      if (NON_SPACE.test(data)) {
        ownWords[i] = fastCountWords(data);
        ownCommas[i] = countCommas(data);
      }
    }
  }
  const rawWords = sumUp(n, parent, ownWords, gone);
  // Inside a link; an <a> holding more than a link's worth of text is broken markup wrapping the page, not a link.
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    const node = nodes[i] as AnyNode;
    const own = isElement(node) && node.name.toLowerCase() === "a" && (rawWords[i] as number) <= W.maxLinkWords;
    inLink[i] = own || (p >= 0 && inLink[p] === 1) ? 1 : 0;
  }
  const linkOwn = new Int32Array(n);
  for (let i = 0; i < n; i++) if (inLink[i]) linkOwn[i] = ownWords[i] as number;
  const rawLinks = sumUp(n, parent, linkOwn, gone);
  const pageWords = rawWords[0] ?? 0;

  // Pass 2: structural and class chrome, inherited; a protected node or a node holding most of the page is kept.
  const kept = new Set<AnyNode>();
  for (const node of protect) for (let x: AnyNode | null = node; x; x = x.parent as AnyNode | null) kept.add(x);
  const chrome = new Uint8Array(n);
  const inArticle = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    inArticle[i] = (p >= 0 && inArticle[p]) || ((nodes[i] as AnyNode).type === "tag" && ARTICLE_TAGS.has((nodes[i] as { name: string }).name)) ? 1 : 0;
    if (gone[i] || (p >= 0 && chrome[p])) { chrome[i] = 1; continue; }
    const node = nodes[i] as AnyNode;
    if (!isElement(node) || kept.has(node)) continue;
    const reason = chromeReason(node);
    if (reason === null) continue;
    // An article's own <header> (inside <article>/<main>, or classed "article-header") holds its standfirst; the headline and byline are left out by the hints.
    if (reason === "header" && ((p >= 0 && inArticle[p]) || hasWord(classWords(node), BODY_CLASS_WORDS))) continue;
    if ((rawWords[i] as number) > W.chromeMaxShare * pageWords && pageWords > 0) continue;
    const words = rawWords[i] as number;
    const links = rawLinks[i] as number;
    if (reason.startsWith("class:") && !reason.startsWith("class:comment") && words >= W.chromeMaxParagraphWords && links < W.chromeKeepMaxLinkDensity * words) continue;
    if (reason.startsWith("weak:") && words >= W.weakChromeMaxWords && links < W.weakChromeMaxLinkDensity * words) continue;
    chrome[i] = 1;
    if (dropped.size < 20) dropped.add(reason);
  }

  // Pass 3: counts over what is left.
  const words = sumUp(n, parent, ownWords, chrome);
  const linkWords = sumUp(n, parent, linkOwn, chrome);
  const commas = sumUp(n, parent, ownCommas, chrome);
  const indexOf = (node: AnyNode): number | undefined => {
    const i = (node as Positioned)[POSITION];
    return i !== undefined && nodes[i] === node ? i : undefined;
  };
  return { nodes, indexOf, parent, words, linkWords, commas, chrome, pageWords, dropped };
}

/** Adds each node's own count into all its ancestors (children come after parents, so one backward loop does it). */
function sumUp(n: number, parent: Int32Array, own: Int32Array, skip: Uint8Array): Int32Array {
  const total = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (skip[i]) continue;
    total[i] = (total[i] as number) + (own[i] as number);
    const p = parent[i] as number;
    if (p >= 0) total[p] = (total[p] as number) + (total[i] as number);
  }
  return total;
}
