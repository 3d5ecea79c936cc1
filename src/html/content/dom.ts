/**
 * Small helpers over domhandler nodes (what cheerio/slim parses into). Nothing here recurses: every
 * walk keeps its own stack, so a page of 100,000 nested elements cannot overflow the call stack.
 */
import type { AnyNode, Element, ParentNode } from "domhandler";
import { isElement } from "../query.js";
import { PageCache } from "../../language/page-cache.js";
import { isSpaceCode } from "../../language/spaces.js";
import { CLASS_WORDS, classOf, idOf } from "../node-slots.js";
import { codeUnitAt } from "../../language/code-units.js";

export type { AnyNode, Element, ParentNode };
/** Re-exported for the content stage: the one definition lives beside the element list. */
export { isElement };

/**
 * The lower-case tag name of an element, or "" for other nodes. The name is used as it is: the page
 * is parsed in HTML mode (`loadHtml`), where htmlparser2 lower-cases every tag name, so the whole
 * content stage compares `name` without calling toLowerCase once per node.
 */
export function tagOf(node: AnyNode): string {
  return isElement(node) ? node.name : "";
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

/** The longest of STATE_WORDS: longer parts are not looked up. */
const STATE_WORD_MAX = Math.max(...[...STATE_WORDS].map((w) => w.length));

/**
 * Splits the class token starting at `from` (it runs to the next whitespace) into lower-case words
 * at separators and camelCase boundaries, and returns where it ends; a character loop, no regex.
 * A BEM modifier ("section--ads", "card--share") names a variant, not what the element is: from
 * the token's first "--" on (unless the token starts with it) nothing is kept.
 */
function splitToken(value: string, from: number, out: string[], heads: string[]): number {
  // The parts go straight to `out` (from `mark` on) and are taken back if one is a state word: no
  // array of parts per token.
  const mark = out.length;
  let stateWord = false;
  let start = -1;
  // Whether the current part holds a character toLowerCase may change (A-Z or non-ASCII): most
  // class names are lower-case already, and the call is skipped for them.
  let upper = false;
  /** A "--" was met (only the first one counts); `cut` when it ended the kept part of the token. */
  let dashes = false;
  let cut = false;
  let i = from;
  const length = value.length;
  for (; ; i++) {
    const c = i < length ? codeUnitAt(value, i) : 32;
    const space = isSpaceCode(c);
    if (c === 45 && !dashes && i > from && codeUnitAt(value, i - 1) === 45) {
      dashes = true;
      // The first "-" already ended the part before it.
      cut = i - 1 > from;
    }
    if (cut) {
      if (space) break;
      continue;
    }
    const boundary = space || !isWordChar(c) || (start >= 0 && isUpper(c) && isLower(codeUnitAt(value, i - 1)));
    if (boundary && start >= 0) {
      const raw = value.slice(start, i);
      const part = upper ? raw.toLowerCase() : raw;
      out.push(part);
      if (part.length <= STATE_WORD_MAX && STATE_WORDS.has(part)) stateWord = true;
      start = -1;
    }
    if (space) break;
    if (isWordChar(c)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (c > 127 || isUpper(c)) upper = true;
    }
  }
  // State modifiers describe what a node holds or allows, not what it is: "has-ads", "with-sidebar", "no-comments".
  if (stateWord) {
    out.length = mark;
    return i;
  }
  const count = out.length - mark;
  if (count === 0) return i;
  const head = out[out.length - 1] as string;
  if (count > 1) {
    let joined = "";
    for (let k = mark; k < out.length; k++) joined += out[k] as string;
    out.push(joined);
  }
  heads.push(head);
  return i;
}

const NO_WORDS: string[] = [];

/**
 * Class words and head words, computed once per element per parse and kept on the element under
 * this key (a WeakMap lookup per element and stage cost more than the split itself). Heads are the
 * last word of each class/id token: the head noun ("article-tags" is tags, "tags-article" rare).
 * The key is one of the parser's slots (src/html/node-slots.ts), so every element has it from birth.
 */
type WithWords = Element & { [CLASS_WORDS]?: ClassSplit };

/** The head (last) word of each class and id token of an element. */
export function classHeads(node: AnyNode): string[] {
  if (!isElement(node)) return [];
  return classSplit(node).heads;
}

/** The words and head words of a class/id value, shared by every element carrying the same value. */
export interface ClassSplit {
  readonly words: string[];
  readonly heads: string[];
  /**
   * What the content index concludes from these words alone (its chrome reason, or null), kept
   * here once known: elements repeating a class value ("menu-item") then cost one read instead of
   * a set lookup per word. undefined until computed; a function of `words` and `heads` only.
   */
  chrome: string | null | undefined;
}
const NO_SPLIT: ClassSplit = { words: NO_WORDS, heads: NO_WORDS, chrome: null };

/**
 * Splits of attribute values already seen: pages repeat the same class strings on many elements
 * ("menu-item", "col-md-4"), and a lookup costs less than splitting again. Bounded; the entries are
 * shared, so nothing may change the arrays returned by `classWords` and `classHeads`.
 */
const SPLITS_MAX = 4_000;
const SPLITS = new PageCache<string, ClassSplit>(SPLITS_MAX);

/** The words and heads of one class or id value, bounded to its first 300 characters. */
function splitValue(value: string): ClassSplit {
  let split = SPLITS.get(value);
  if (split) return split;
  const words: string[] = [];
  const heads: string[] = [];
  // Tokens are found in the same character loop that splits them: splitting the value with a regex
  // first cost a regex pass and a string per token.
  const v = value.length > 300 ? value.slice(0, 300) : value;
  const length = v.length;
  for (let i = 0; i < length; ) {
    if (isSpaceCode(codeUnitAt(v, i))) i++;
    else i = splitToken(v, i, words, heads);
  }
  split = { words, heads, chrome: undefined };
  SPLITS.set(value, split);
  return split;
}

/**
 * The words of an element's class and id: "article-body storyText" → article, body, articlebody,
 * story, text, storytext. Lower-case. Bounded to the first 300 characters of each attribute.
 */
export function classWords(node: AnyNode): string[] {
  if (!isElement(node)) return [];
  return classSplit(node).words;
}

/** The class/id split of an element: its words and heads (see {@link classWords}). */
export function classSplit(node: Element): ClassSplit {
  const cls = classOf(node);
  const id = idOf(node);
  if (cls === undefined && id === undefined) return NO_SPLIT;
  const cached = (node as WithWords)[CLASS_WORDS];
  if (cached) return cached;
  const a = cls ? splitValue(cls) : NO_SPLIT;
  const b = id ? splitValue(id) : NO_SPLIT;
  const split: ClassSplit = b === NO_SPLIT ? a : a === NO_SPLIT ? b : { words: a.words.concat(b.words), heads: a.heads.concat(b.heads), chrome: undefined };
  (node as WithWords)[CLASS_WORDS] = split;
  return split;
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
