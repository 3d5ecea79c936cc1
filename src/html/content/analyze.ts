/**
 * One indexing of the page: every node in document order with its parent, word, link-word and
 * comma counts, and whether it is chrome (dropped tags, hidden elements, structural and class/id
 * chrome). One walk over the tree, then linear passes over arrays; nothing recurses and no text is
 * counted twice. Counts are whole numbers in 32-bit integer arrays (half the memory of doubles).
 */
import { CONTENT_WEIGHTS as W } from "./data/weights.js";
import {
  BLOCK_TAGS, BODY_CLASS_WORDS, CHROME_CLASS_PARTS, CHROME_CLASS_WORDS, CHROME_ROLES, CHROME_TAGS, DROP_TAGS, WEAK_CHROME_CLASS_WORDS,
} from "./data/selectors.js";
import { childrenOf, classSplit, classWords, hasWord, isElement, type AnyNode, type Element } from "./dom.js";
import { countCommas, fastCountWords } from "./text.js";
import type { Text } from "domhandler";
import { ATTRIBUTE_BIT, attributeBits, isBlankText, POSITION } from "../node-slots.js";
import { PageCache } from "../../language/page-cache.js";
import { Arena } from "./arena.js";

/** What the passes learnt about the page. Arrays are indexed by a node's position in `nodes`. */
export interface PageIndex {
  nodes: AnyNode[];
  /**
   * An element's (or the document root's) position in `nodes`; undefined for nodes not indexed
   * (inside dropped tags, outside the root) and for text, comment and other nodes: list a node's
   * children by position with `end` instead.
   */
  indexOf: (node: AnyNode) => number | undefined;
  /** The position of a node's parent; -1 for the root. */
  parent: Int32Array;
  /** What a node is (bits {@link IS_ELEMENT}, {@link IS_BLOCK}; other bits are internal), so passes over the index need not read the node. */
  kind: Uint8Array;
  /** One past the position of a node's last descendant: its children are at `i + 1`, then each at the `end` of the one before. */
  end: Int32Array;
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

const NO_NODES: readonly AnyNode[] = [];

/** Any of CHROME_CLASS_PARTS inside a word (the parts are plain lower-case words). */
const ANY_CHROME_PART = new RegExp(CHROME_CLASS_PARTS.join("|"));

/**
 * Each indexed element carries its position under this key, checked against `nodes` on lookup. A Map
 * from node to position cost a hash insert per node and a lookup per visited node of the body walk.
 * Text and comment nodes (over half the nodes) carry none: adding the key allocates a property
 * store on the node, and only elements are looked up (the walks skip chrome elements; siblings are
 * listed by position). The key is one of the parser's slots (src/html/node-slots.ts), so every
 * element has it from birth.
 */
type Positioned = AnyNode & { [POSITION]?: number };

const HIDDEN_STYLE = /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i;
/** The attributes that name an element for {@link chromeReason}. */
const NAMING_BITS = ATTRIBUTE_BIT.class | ATTRIBUTE_BIT.id | ATTRIBUTE_BIT.role;

/**
 * What an element's attributes tell the walk: {@link GONE} when hidden by markup (`hidden`,
 * `aria-hidden="true"`, inline display:none / visibility:hidden), else {@link NAMED} when it has a
 * class, id or role (what {@link chromeReason} reads besides the tag), else 0. Which of these
 * attributes the element has is told by the bits the parser recorded (node-slots.ts); only a value
 * that decides is read.
 */
function attributeFlags(node: Element): number {
  const bits = attributeBits(node);
  if (bits & ATTRIBUTE_BIT.hidden) return GONE;
  if (bits & ATTRIBUTE_BIT["aria-hidden"] && node.attribs["aria-hidden"] === "true") return GONE;
  if (bits & ATTRIBUTE_BIT.style && HIDDEN_STYLE.test((node.attribs["style"] as string).slice(0, 500))) return GONE;
  return bits & NAMING_BITS ? NAMED : 0;
}

/**
 * Why an element is chrome by its tag, role or class/id, or null. Tag names need no lower-casing:
 * the page is parsed in HTML mode (`loadHtml`), where htmlparser2 lower-cases every tag name.
 */
function chromeReason(node: AnyNode): string | null {
  if (!isElement(node)) return null;
  const tag = node.name;
  if (CHROME_TAGS.has(tag)) return tag;
  // Tables are content structure: "table-header", "tr.footer" name their rows, not the page's chrome.
  if (TABLE_TAGS.has(tag)) return null;
  const role = attributeBits(node) & ATTRIBUTE_BIT.role ? node.attribs["role"] : undefined;
  if (role && CHROME_ROLES.has(role.toLowerCase())) return `role:${role}`;
  const split = classSplit(node);
  if (split.words.length === 0) return null;
  // Elements sharing a class value share its split, and the verdict is kept on it.
  if (split.chrome === undefined) split.chrome = classChromeReason(split.words, split.heads);
  return split.chrome;
}

/** Why class/id words (and their head words) make an element chrome, or null. */
function classChromeReason(words: readonly string[], heads: readonly string[]): string | null {
  for (const w of words) {
    if (CHROME_CLASS_WORDS.has(w)) return `class:${w}`;
    // One regex test turns down most words; the loop then names the first part in list order.
    if (w.length > 6 && ANY_CHROME_PART.test(w)) for (const part of CHROME_CLASS_PARTS) if (w.includes(part)) return `class:${part}`;
  }
  // "article_details_tags", "story-nav": the head word says what the node is, whatever words come before it.
  for (const w of heads) if (WEAK_CHROME_CLASS_WORDS.has(w)) return `weak:${w}`;
  if (hasWord(words, BODY_CLASS_WORDS)) return null;
  for (const w of words) if (WEAK_CHROME_CLASS_WORDS.has(w)) return `weak:${w}`;
  return null;
}

/** Bits of `PageIndex.kind`: an element; an element with a tag of BLOCK_TAGS (set only outside dropped and hidden nodes). */
export const IS_ELEMENT = 1, IS_BLOCK = 2;
/** Flags the walk sets per node besides those, read by the passes after it without touching the node again. */
const GONE = 4, LINK = 8, ARTICLE = 16;
/**
 * An element with a class, id or role, and one with a tag of CHROME_TAGS: an element with neither
 * has no chrome reason, and the chrome pass then reads nothing of it.
 */
const NAMED = 32, CHROME_TAG = 64;

/** Distinct tag names whose flags are kept at once (a hostile page may invent thousands; the cache then starts over). */
const TAG_FLAGS_MAX = 1_000;
/** What a tag name alone tells the walk, per name met on the page: one lookup per element instead of four. */
const TAG_FLAGS = new PageCache<string, number>(TAG_FLAGS_MAX);

/** {@link GONE} for DROP_TAGS, {@link CHROME_TAG}, {@link LINK} (`a`), {@link ARTICLE}, {@link IS_BLOCK}: the tag's own flags. */
function tagFlags(tag: string): number {
  let f = TAG_FLAGS.get(tag);
  if (f === undefined) {
    f = (DROP_TAGS.has(tag) ? GONE : 0) | (CHROME_TAGS.has(tag) ? CHROME_TAG : 0) | (tag === "a" ? LINK : ARTICLE_TAGS.has(tag) ? ARTICLE : 0) | (BLOCK_TAGS.has(tag) ? IS_BLOCK : 0);
    TAG_FLAGS.set(tag, f);
  }
  return f;
}

/** The buffers of the walk's parents and flags, and of the counts and marks after it (arena.ts). */
const WALK_PARENTS = new Arena((n) => new Int32Array(n), 1);
const WALK_FLAGS = new Arena((n) => new Uint8Array(n), 1);
const COUNTS = new Arena((n) => new Int32Array(n), 6);
const MARKS = new Arena((n) => new Uint8Array(n), 3);

/**
 * Indexes the page under `root`. `protect` nodes (strong body signals) and their ancestors are never
 * made chrome by tag or class. The index's arrays are views of buffers the next call reuses: read
 * them before indexing another page.
 */
export function analyzePage(root: AnyNode, protect: readonly AnyNode[] = []): PageIndex {
  // The walk, in document order. It also does what needs the node itself (its type, tag, attributes
  // and text), so the passes after it read only arrays: each node's type was tested in four passes.
  // Dropped tags and hidden elements are indexed but not entered: everything under them is gone
  // (chrome, no words), and no lookup needs a position there (`isChrome` is true without one).
  // Per-node numbers go to typed arrays grown by doubling (their memory is outside the JS heap, so
  // they do not fill the young generation between collections), and text counts only to the few
  // text nodes that have any: five JS arrays grown one push at a time were a tenth of all the
  // memory a parse allocated.
  const nodes: AnyNode[] = [];
  let parent = WALK_PARENTS.room();
  let flags = WALK_FLAGS.room();
  const counted: number[] = [];
  const countedWords: number[] = [];
  const countedCommas: number[] = [];
  // The walk follows the tree's own links (first child, next sibling, parent) and keeps the current
  // parent's position: no stack, where a stack of nodes and one of parent positions cost two pushes
  // and two pops per node.
  let node = root;
  let p = -1;
  for (;;) {
    const i = nodes.length;
    if (i === parent.length) {
      parent = grown(parent);
      flags = grown(flags);
    }
    nodes.push(node);
    parent[i] = p;
    let f = 0;
    let kids: readonly AnyNode[] = NO_NODES;
    // The type is read once: nodes come in many shapes, and each read of a property they all have
    // is a slow (megamorphic) lookup; `isElement` reads it up to three times.
    const type = node.type;
    if (type === "tag" || type === "script" || type === "style") {
      const el = node as Element;
      (el as Positioned)[POSITION] = i;
      // Tag names are lower-case already (htmlparser2 in HTML mode): no toLowerCase per node.
      const tag = el.name;
      f = IS_ELEMENT;
      // The root is never gone, and its chrome reason is always asked.
      const byTag = tagFlags(tag);
      if (node === root) f |= NAMED;
      else if (byTag & GONE) f |= GONE;
      else f |= attributeFlags(el);
      if (!(f & GONE)) {
        // (Script and style elements are never articles, whatever their name.)
        f |= type === "tag" ? byTag & ~GONE : byTag & ~(GONE | ARTICLE);
        kids = el.children;
      }
    } else if (type === "text") {
      const data = (node as { data: string }).data;
      if (!isBlankText(node as Text)) {
        counted.push(i);
        countedWords.push(fastCountWords(data));
        countedCommas.push(countCommas(data));
      }
    } else {
      if (type === "root") (node as Positioned)[POSITION] = i;
      kids = childrenOf(node);
    }
    flags[i] = f;
    if (kids.length > 0) {
      p = i;
      node = kids[0] as AnyNode;
      continue;
    }
    // Up to the nearest ancestor (or the node itself) with a next sibling; done back at the root.
    while (node !== root && node.next === null) {
      node = node.parent as AnyNode;
      p = parent[p] as number;
    }
    if (node === root) break;
    node = node.next as AnyNode;
  }
  const n = nodes.length;
  parent = parent.subarray(0, n);
  flags = flags.subarray(0, n);
  const dropped = new Set<string>();

  // Backward passes add each node's counts into its parent (children come after their parent);
  // a node's own words are a text node's, set before. Text nodes are never gone themselves.
  // Words outside gone nodes, and where each node's subtree ends.
  // The per-node arrays are views of two buffers kept from page to page (arena.ts).
  const [rawWords, end, rawLinks, words, linkWords, commas] = COUNTS.take(n, 0) as SixOf<Int32Array>;
  const [inLink, chrome, inArticle] = MARKS.take(n, 0) as ThreeOf<Uint8Array>;
  for (let k = 0; k < counted.length; k++) rawWords[counted[k] as number] = countedWords[k] as number;
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i] as number;
    if ((end[i] as number) === 0) end[i] = i + 1;
    if (p >= 0 && (end[p] as number) < (end[i] as number)) end[p] = end[i] as number;
    if ((flags[i] as number) & GONE || p < 0) continue;
    rawWords[p] = (rawWords[p] as number) + (rawWords[i] as number);
  }
  // Inside a link; an <a> holding more than a link's worth of text is broken markup wrapping the page, not a link.
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    const own = ((flags[i] as number) & LINK) !== 0 && (rawWords[i] as number) <= W.maxLinkWords;
    inLink[i] = own || (p >= 0 && inLink[p] === 1) ? 1 : 0;
  }
  for (let k = 0; k < counted.length; k++) if (inLink[counted[k] as number]) rawLinks[counted[k] as number] = countedWords[k] as number;
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i] as number;
    if ((flags[i] as number) & GONE || p < 0) continue;
    rawLinks[p] = (rawLinks[p] as number) + (rawLinks[i] as number);
  }
  const pageWords = rawWords[0] ?? 0;

  // Structural and class chrome, inherited; a protected node or a node holding most of the page is kept.
  const kept = new Set<AnyNode>();
  for (const node of protect) for (let x: AnyNode | null = node; x; x = x.parent as AnyNode | null) kept.add(x);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    const f = flags[i] as number;
    inArticle[i] = (p >= 0 && inArticle[p]) || f & ARTICLE ? 1 : 0;
    if (f & GONE || (p >= 0 && chrome[p])) { chrome[i] = 1; continue; }
    if (!(f & IS_ELEMENT) || !(f & (NAMED | CHROME_TAG))) continue;
    const node = nodes[i] as AnyNode;
    if (kept.size > 0 && kept.has(node)) continue;
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

  // Counts over what is left, the three in one backward pass.
  for (let k = 0; k < counted.length; k++) {
    const t = counted[k] as number;
    if (chrome[t]) continue;
    words[t] = countedWords[k] as number;
    if (inLink[t]) linkWords[t] = countedWords[k] as number;
    commas[t] = countedCommas[k] as number;
  }
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i] as number;
    if (chrome[i] || p < 0) continue;
    words[p] = (words[p] as number) + (words[i] as number);
    linkWords[p] = (linkWords[p] as number) + (linkWords[i] as number);
    commas[p] = (commas[p] as number) + (commas[i] as number);
  }
  const indexOf = (node: AnyNode): number | undefined => {
    const i = (node as Positioned)[POSITION];
    return i !== undefined && nodes[i] === node ? i : undefined;
  };
  return { nodes, indexOf, parent, kind: flags, end, words, linkWords, commas, chrome, pageWords, dropped };
}

type SixOf<T> = [T, T, T, T, T, T];
type ThreeOf<T> = [T, T, T];

/** A copy of `a` with twice the room. */
function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
