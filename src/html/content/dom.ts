/**
 * Small helpers over domhandler nodes (what cheerio/slim parses into). Nothing here recurses: every
 * walk keeps its own stack, so a page of 100,000 nested elements cannot overflow the call stack.
 */
import type { AnyNode, Element, ParentNode } from "domhandler";
import { isElement } from "../query.js";
import { PageCache } from "../../language/page-cache.js";

export type { AnyNode, Element, ParentNode };
/** Re-exported for the content stage: the one definition lives beside the element list. */
export { isElement };

/** The lower-case tag name of an element, or "" for other nodes. */
export function tagOf(node: AnyNode): string {
  return isElement(node) ? node.name.toLowerCase() : "";
}

/** An attribute value, or undefined. */
export function attr(node: AnyNode, name: string): string | undefined {
  return isElement(node) ? node.attribs[name] : undefined;
}

/** Children of a node ([] for text and comments). */
export function childrenOf(node: AnyNode): AnyNode[] {
  return "children" in node ? (node.children as AnyNode[]) : [];
}

/** Class words that make a token a state modifier rather than a name. */
const STATE_WORDS: ReadonlySet<string> = new Set(["has", "with", "no", "without", "show", "is", "enable", "enabled", "disable", "disabled", "allow", "js", "can", "open"]);


function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
/** Letters and digits (every non-ASCII character counts as a letter: class names in other scripts stay whole). */
function isWordChar(c: number): boolean {
  return isLower(c) || isUpper(c) || (c >= 48 && c <= 57) || c > 127;
}

/** Splits one class token into lower-case words at separators and camelCase boundaries; a character loop, no regex. */
function splitToken(token: string, out: string[], heads: string[]): void {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= token.length; i++) {
    const c = i < token.length ? token.charCodeAt(i) : 32;
    const boundary = !isWordChar(c) || (start >= 0 && isUpper(c) && isLower(token.charCodeAt(i - 1)));
    if (boundary && start >= 0) {
      parts.push(token.slice(start, i).toLowerCase());
      start = -1;
    }
    if (isWordChar(c) && start < 0) start = i;
  }
  // State modifiers describe what a node holds or allows, not what it is: "has-ads", "with-sidebar", "no-comments".
  for (const p of parts) if (STATE_WORDS.has(p)) return;
  for (const p of parts) out.push(p);
  if (parts.length > 1) out.push(parts.join(""));
  const head = parts[parts.length - 1];
  if (head !== undefined) heads.push(head);
}

const NO_WORDS: string[] = [];

/**
 * Class words and head words, computed once per element per parse and kept on the element under
 * this key (a WeakMap lookup per element and stage cost more than the split itself). Heads are the
 * last word of each class/id token: the head noun ("article-tags" is tags, "tags-article" rare).
 */
const CLASS_WORDS: unique symbol = Symbol("khabar.classWords");
type WithWords = Element & { [CLASS_WORDS]?: { words: string[]; heads: string[] } };

/** The head (last) word of each class and id token of an element. */
export function classHeads(node: AnyNode): string[] {
  if (!isElement(node)) return [];
  if (node.attribs["class"] === undefined && node.attribs["id"] === undefined) return NO_WORDS;
  classWords(node);
  return (node as WithWords)[CLASS_WORDS]?.heads ?? NO_WORDS;
}

interface ClassSplit {
  words: string[];
  heads: string[];
}
const NO_SPLIT: ClassSplit = { words: NO_WORDS, heads: NO_WORDS };

/**
 * Splits of attribute values already seen: pages repeat the same class strings on many elements
 * ("menu-item", "col-md-4"), and a lookup costs less than splitting again. Bounded; the entries are
 * shared, so nothing may change the arrays returned by `classWords` and `classHeads`.
 */
const SPLITS_MAX = 4_000;
const SPLITS = new PageCache<ClassSplit>(SPLITS_MAX);

/** The words and heads of one class or id value, bounded to its first 300 characters. */
function splitValue(value: string): ClassSplit {
  let split = SPLITS.get(value);
  if (split) return split;
  const words: string[] = [];
  const heads: string[] = [];
  for (const token of value.slice(0, 300).split(/\s+/)) {
    // A BEM modifier ("section--ads", "card--share") names a variant, not what the element is: keep the block part.
    const cut = token.indexOf("--");
    const name = cut > 0 ? token.slice(0, cut) : token;
    if (name) splitToken(name, words, heads);
  }
  split = { words, heads };
  SPLITS.set(value, split);
  return split;
}

/**
 * The words of an element's class and id: "article-body storyText" → article, body, articlebody,
 * story, text, storytext. Lower-case. Bounded to the first 300 characters of each attribute.
 */
export function classWords(node: AnyNode): string[] {
  if (!isElement(node)) return [];
  const cls = node.attribs["class"];
  const id = node.attribs["id"];
  if (cls === undefined && id === undefined) return NO_WORDS;
  const cached = (node as WithWords)[CLASS_WORDS];
  if (cached) return cached.words;
  const a = cls ? splitValue(cls) : NO_SPLIT;
  const b = id ? splitValue(id) : NO_SPLIT;
  const split = b === NO_SPLIT ? a : a === NO_SPLIT ? b : { words: a.words.concat(b.words), heads: a.heads.concat(b.heads) };
  (node as WithWords)[CLASS_WORDS] = split;
  return split.words;
}

/** Whether any word of `words` is in `set`. */
export function hasWord(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** Whether `node` is `ancestor` or lies under it. Walks up parents, so it costs the depth. */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  let n: AnyNode | null = node;
  while (n) {
    if (n === ancestor) return true;
    n = n.parent as AnyNode | null;
  }
  return false;
}

/** The lowest common ancestor of several nodes, or null. */
export function commonAncestor(nodes: readonly AnyNode[]): AnyNode | null {
  if (nodes.length === 0) return null;
  let path: AnyNode[] = [];
  for (let n: AnyNode | null = nodes[0] as AnyNode; n; n = n.parent as AnyNode | null) path.push(n);
  path = path.reverse();
  for (let k = 1; k < nodes.length; k++) {
    const set = new Set<AnyNode>();
    for (let n: AnyNode | null = nodes[k] as AnyNode; n; n = n.parent as AnyNode | null) set.add(n);
    let i = 0;
    while (i < path.length && set.has(path[i] as AnyNode)) i++;
    path = path.slice(0, i);
  }
  return path.length > 0 ? (path[path.length - 1] as AnyNode) : null;
}
