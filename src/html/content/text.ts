/** Text of nodes, collected without recursion; whitespace collapsed, entities already decoded by the parser. */
import { BLOCK_TAGS, DROP_TAGS } from "./data/selectors.js";
import { childrenOf, isElement, type AnyNode } from "./dom.js";

/** Collapses runs of whitespace (NBSP, zero-width space and other Unicode spaces too) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/gu, " ").trim();
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
    const tag = node.name.toLowerCase();
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

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SINGLE_WORD_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Per code unit: 0 separator, 1 word character, 2 a character that is a word alone (Han, kana); cached lazily. */
const CHAR_CLASS = new Uint8Array(65536).fill(255);

function charClass(code: number): number {
  let c = CHAR_CLASS[code] as number;
  if (c === 255) {
    const ch = String.fromCharCode(code);
    c = SINGLE_WORD_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0;
    CHAR_CLASS[code] = c;
  }
  return c;
}

/**
 * Counts words like `countWords` (runs of letters, marks and digits; each Han or kana character one
 * word), with a table per UTF-16 code unit instead of a regex: the hot path of page indexing.
 * Characters outside the BMP are classified by code point, like the regex does.
 */
export function fastCountWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // Outside the BMP: classify the whole code point (rare; no cache).
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      c = SINGLE_WORD_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0;
      i++;
    } else c = charClass(code);
    if (c === 2) {
      n++;
      inWord = false;
    } else if (c === 1) {
      if (!inWord) n++;
      inWord = true;
    } else inWord = false;
  }
  return n;
}
