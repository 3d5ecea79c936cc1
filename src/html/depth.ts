/**
 * A guard against markup nested deeper than any real page. It was written for htmlparser2, which keeps
 * its open-element stack with `Array.unshift`, so that each level cost time in proportion to the
 * depth and 100,000 nested `<div>`s took minutes. The page is now parsed by tree-builder.ts, whose
 * stack costs the same at any depth; the guard stays, so that no stage meets a tree deeper than real
 * pages are. `loadHtml` parses the page, and only when its tree gets deeper than `MAX_DEPTH` (the
 * parse stops there) comes here: a page with many tags is scanned once (linear), the tags beyond
 * `MAX_DEPTH` are dropped, their text stays, and the page is parsed again (warning `input-limit`).
 *
 * A tag, read left to right, is what the regex
 * `/<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})(?:\s[^<>]{0,4000})?(\/?)>/g` matches: `<`, an optional `/`,
 * a name (a letter, then at most {@link NAME_MORE} letters, digits, `:` or `-`), then `>` or `/>`, or
 * whitespace and at most {@link ATTRIBUTES_MAX} characters other than `<` and `>` before the `>`.
 * {@link nextTag} reads the same tags by hand, without building a match and a lower-cased name per
 * tag (the tests check it against that regex). A void element, or a `/>` right after the name,
 * opens nothing.
 */
import { isAsciiLetter } from "../language/ascii.js";

/** Deepest nesting kept. Real news pages stay under a few hundred levels. */
export const MAX_DEPTH = 1_000;
/** Pages with fewer tags than this cannot nest deep enough to matter and are not scanned. */
const SCAN_MIN_TAGS = 10_000;
/** Characters of a tag name after its first letter. */
const NAME_MORE = 30;
/** Longest attribute section examined; tags with longer ones are left to the parser. */
const ATTRIBUTES_MAX = 4_000;

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "keygen", "command", "basefont", "frame", "isindex",
]);
/** Longest void element name: longer names need no lookup. */
const VOID_NAME_MAX = 8;

function countTags(html: string, atLeast: number): boolean {
  let n = 0;
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) if (++n >= atLeast) return true;
  return false;
}

const isNameChar = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2d;

/** JavaScript's `\s`: the characters the regex's `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** One tag: where it starts and ends, and how it changes the depth. */
export interface Tag {
  start: number;
  end: number;
  closing: boolean;
  /** False for void elements and for a `/>` right after the name: such a tag opens and closes nothing. */
  counts: boolean;
}

/**
 * The tag at the `<` at `i` as the regex above would match it there, or null when it matches none.
 * The regex's name and attribute runs are greedy and backtracking them can never succeed (a
 * shorter name is followed by a name character, a shorter attribute run by a character that is
 * not `>`), so one forward pass decides.
 */
function tagAt(html: string, i: number): Tag | null {
  let j = i + 1;
  const closing = html.charCodeAt(j) === 0x2f;
  if (closing) j++;
  const nameStart = j;
  if (!isAsciiLetter(html.charCodeAt(j))) return null;
  const nameLimit = Math.min(html.length, nameStart + 1 + NAME_MORE);
  for (j++; j < nameLimit && isNameChar(html.charCodeAt(j)); ) j++;
  const nameEnd = j;
  const after = html.charCodeAt(j);
  let counts = true;
  if (after === 0x3e) j++;
  else if (after === 0x2f && html.charCodeAt(j + 1) === 0x3e) {
    counts = false;
    j += 2;
  } else if (isSpace(after)) {
    const limit = Math.min(html.length, j + 1 + ATTRIBUTES_MAX);
    let k = j + 1;
    while (k < limit && html.charCodeAt(k) !== 0x3c && html.charCodeAt(k) !== 0x3e) k++;
    if (html.charCodeAt(k) !== 0x3e) return null;
    j = k + 1;
  } else return null;
  if (counts && nameEnd - nameStart <= VOID_NAME_MAX) counts = !VOID.has(html.slice(nameStart, nameEnd).toLowerCase());
  return { start: i, end: j, closing, counts };
}

/** The first tag at or after `from`, as the global regex above finds it; null when none is left. */
export function nextTag(html: string, from: number): Tag | null {
  for (let i = html.indexOf("<", from); i !== -1; i = html.indexOf("<", i + 1)) {
    const tag = tagAt(html, i);
    if (tag) return tag;
  }
  return null;
}

/** `html` with tags nested deeper than `MAX_DEPTH` removed, and whether any were. */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): { html: string; limited: boolean } {
  if (!countTags(html, SCAN_MIN_TAGS)) return { html, limited: false };
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  let limited = false;
  for (let tag = nextTag(html, 0); tag !== null; tag = nextTag(html, tag.end)) {
    if (!tag.counts) continue;
    let skip = false;
    if (tag.closing) {
      skip = depth > maxDepth;
      depth = Math.max(0, depth - 1);
    } else {
      depth++;
      skip = depth > maxDepth;
    }
    if (skip) {
      limited = true;
      pieces.push(html.slice(from, tag.start));
      from = tag.end;
    }
  }
  if (!limited) return { html, limited };
  pieces.push(html.slice(from));
  return { html: pieces.join(""), limited };
}
