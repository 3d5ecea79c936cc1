/** Text of nodes, collected without recursion; whitespace collapsed, entities already decoded by the parser. */
import { BLOCK_TAGS, DROP_TAGS } from "./data/selectors.js";
import { childrenOf, isElement, type AnyNode } from "./dom.js";

/**
 * Whether collapsing would change anything but single ASCII spaces: two spaces in a row, another
 * whitespace character, a zero-width space. (U+00A0 and U+FEFF are in `\s`.)
 */
const NEEDS_COLLAPSE = /[\s\u200b]{2}|[^\S ]|\u200b/;
/**
 * The runs of whitespace and zero-width spaces that collapsing changes: one that starts with
 * another character than an ASCII space, or an ASCII space and more. A lone ASCII space (nearly every
 * gap between words) is not matched: replacing every run, as `/[\s\u200b]+/gu` did, made each
 * word gap of a block a match of its own, for the same text.
 */
const CHANGED_RUNS = /(?:[^\S ]|\u200b)[\s\u200b]*| [\s\u200b]+/gu;

/**
 * Collapses runs of whitespace (NBSP, zero-width space and other Unicode spaces too) to one space
 * and trims. Text whose spaces are single ASCII spaces already (about half the blocks of a page)
 * is only trimmed: the test allocates nothing, where the replace built a new string and a list of
 * its parts (a twentieth of all the memory a parse allocated).
 */
export function collapse(text: string): string {
  return (NEEDS_COLLAPSE.test(text) ? text.replace(CHANGED_RUNS, " ") : text).trim();
}

/** Whether a text holds nothing but spaces and punctuation ("&nbsp;", "…", "|"). */
export function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Matches Latin, Arabic and CJK commas. */
const COMMAS = /[,،，、]/g;

/** Counts commas (Latin `,`, Arabic `،`, CJK `，` and `、`). */
export function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(text) !== null) n++;
  return n;
}

const SPACE = { type: "text", data: " " } as unknown as AnyNode;

/**
 * The visible text under `root`: script/style and other dropped tags are left out, as are nodes
 * for which `skip` is true; block elements and <br> separate words. Iterative.
 */
export function textOf(root: AnyNode, skip?: (node: AnyNode) => boolean): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === "text") {
      parts.push((node as { data: string }).data);
      continue;
    }
    if (!isElement(node)) {
      if (node.type === "root") for (let i = childrenOf(node).length - 1; i >= 0; i--) stack.push(childrenOf(node)[i] as AnyNode);
      continue;
    }
    const tag = node.name;
    if (node !== root && (DROP_TAGS.has(tag) || (skip !== undefined && skip(node)))) continue;
    if (tag === "br" || BLOCK_TAGS.has(tag)) {
      parts.push(" ");
      stack.push(SPACE);
    }
    const kids = node.children as AnyNode[];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return collapse(parts.join(""));
}

/**
 * The page index's word count (each Han or kana character a word of its own, even beside other
 * letters); it shares its character table with `countWords` in src/language/words.ts.
 */
export { countWordsCjkApart as fastCountWords } from "../../language/words.js";
