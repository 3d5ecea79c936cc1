/**
 * Whitespace as the regex `\s` sees it, tested per UTF-16 code unit without a regex: the text
 * walks of the HTML stages call these once per text node, and a regex replace there copies every
 * string even when nothing changes.
 */

/** Whether a UTF-16 code unit is one that `\s` matches (ASCII whitespace, NBSP, Unicode spaces, line separators, BOM). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters of `text` that are not whitespace: `text.replace(/\s+/g, "").length` without the copy. */
export function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

const ZERO_WIDTH_SPACE = 0x200b;

/**
 * `text.replace(/\s+/g, " ")`, or with `zeroWidth` `text.replace(/[\s\u200b]+/g, " ")` (a zero-width
 * space counts as a space); returns `text` itself when it has nothing to collapse.
 */
export function collapseSpaces(text: string, zeroWidth = false): string {
  const n = text.length;
  const blank = (c: number): boolean => isSpaceCode(c) || (zeroWidth && c === ZERO_WIDTH_SPACE);
  let parts: string[] | null = null;
  let start = 0;
  let i = 0;
  while (i < n) {
    if (!blank(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && blank(text.charCodeAt(j))) j++;
    if (j - i > 1 || text.charCodeAt(i) !== 32) {
      parts ??= [];
      parts.push(text.slice(start, i), " ");
      start = j;
    }
    i = j;
  }
  if (parts === null) return text;
  parts.push(text.slice(start));
  return parts.join("");
}
