/**
 * A guard against markup nested deeper than any real page: htmlparser2 keeps its open-element stack
 * with `Array.unshift`, so each level costs time in proportion to the depth, and 100,000 nested
 * `<div>`s take minutes. Pages with many tags are scanned once (linear) and the tags beyond
 * `MAX_DEPTH` are dropped before parsing; their text stays.
 */

/** Deepest nesting kept. Real news pages stay under a few hundred levels. */
export const MAX_DEPTH = 1_000;
/** Pages with fewer tags than this cannot nest deep enough to matter and are not scanned. */
const SCAN_MIN_TAGS = 10_000;
/** Longest tag examined (attributes included); longer ones are left to the parser. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})(?:\s[^<>]{0,4000})?(\/?)>/g;

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "keygen", "command", "basefont", "frame", "isindex",
]);

function countTags(html: string, atLeast: number): boolean {
  let n = 0;
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) if (++n >= atLeast) return true;
  return false;
}

/** `html` with tags nested deeper than `MAX_DEPTH` removed, and whether any were. */
export function limitNesting(html: string, maxDepth = MAX_DEPTH): { html: string; limited: boolean } {
  if (!countTags(html, SCAN_MIN_TAGS)) return { html, limited: false };
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  let limited = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    if (VOID.has(name) || m[3] === "/") continue;
    let skip = false;
    if (closing) {
      skip = depth > maxDepth;
      depth = Math.max(0, depth - 1);
    } else {
      depth++;
      skip = depth > maxDepth;
    }
    if (skip) {
      limited = true;
      pieces.push(html.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  if (!limited) return { html, limited };
  pieces.push(html.slice(from));
  return { html: pieces.join(""), limited };
}
