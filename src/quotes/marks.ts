/**
 * Direct-quote spans of a paragraph, found by pairing quote marks in one linear pass.
 *
 * Double marks: “ ” „ « » ‹ › and straight ", paired by order (ARABIC.md §c: Arabic sites swap and
 * mix “ ” and "). Single curly marks ‘ ’ are used only in a paragraph without double marks, since ’ is
 * also the apostrophe. ﴿ ﴾ (Quran verses) are not quote marks. An opening mark left unclosed at the end
 * of a paragraph whose next paragraph opens with a mark again is a quote running over paragraphs
 * (`continues`); any other unclosed mark is dropped.
 */

export interface MarkSpan {
  /** Offsets in the normalized text, marks included. */
  start: number;
  end: number;
  /** Offsets of the inner text, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** The quote has no closing mark here and goes on in the next paragraph. */
  continues: boolean;
}

const OPENERS = new Set(["“", "«", "„", "‹", '"', "”"]);
const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”\"“",
  "«": "»",
  "„": "“”\"",
  "‹": "›",
  '"': "\"”“",
  "”": "“”\"",
};
/** Jumps from one quote mark (or apostrophe pair) to the next. */
const MARK_SCAN = /["“”„«»‹›']/g;
const OPEN_NEXT = /[\p{L}\p{N}‘'“«(\[…\-—$.]/u;
const WORDISH = /[\p{L}\p{N}]/u;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** True when `c` may start a quote at `i`: followed by a non-space (or a run-on for straight marks). */
function canOpen(text: string, i: number, end: number): boolean {
  return i + 1 < end && OPEN_NEXT.test(text[i + 1] ?? "");
}

/** Whether the paragraph `[start, end)` begins (after spaces) with an opening mark. */
export function opensWithMark(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text[i])) i++;
  const c = text[i];
  return c !== undefined && (OPENERS.has(c) || c === "‘");
}

/** Finds the quote spans of `text[start, end)`; `nextOpens` tells whether the next paragraph opens with a mark. */
export function findQuoteSpans(text: string, start: number, end: number, nextOpens: boolean): MarkSpan[] {
  const out: MarkSpan[] = [];
  let hasDouble = false;
  let open = -1;
  let opener = "";
  // Scan the paragraph alone: on the whole text, a paragraph without marks would scan to the end of
  // the text, and the paragraphs together would cost quadratic time.
  const para = text.slice(start, end);
  MARK_SCAN.lastIndex = 0;
  for (let m = MARK_SCAN.exec(para); m !== null; m = MARK_SCAN.exec(para)) {
    let i = m.index + start;
    const c = text[i] as string;
    if (c === "'" && text[i + 1] === "'") {
      // '' used as a straight double mark by some wires.
      if (open < 0) {
        if (canOpen(text, i + 1, end)) {
          open = i;
          opener = "''";
          hasDouble = true;
        }
      } else if (opener === "''") {
        out.push({ start: open, end: i + 2, innerStart: open + 2, innerEnd: i, continues: false });
        open = -1;
      }
      i++;
      MARK_SCAN.lastIndex = i + 1 - start;
      continue;
    }
    if (c === "'") continue;
    hasDouble = true;
    if (open >= 0 && opener !== "''" && (CLOSERS[opener] ?? "").includes(c) && !isSpace(text[i - 1])) {
      out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, continues: false });
      open = -1;
      continue;
    }
    if (OPENERS.has(c) && canOpen(text, i, end)) {
      if (open >= 0 && opener === c && c !== '"' && c !== "”") continue; // a nested or stray opener of the same kind
      open = i;
      opener = c;
    }
  }
  if (open >= 0 && nextOpens) {
    let e = end;
    while (e > open && isSpace(text[e - 1])) e--;
    out.push({ start: open, end: e, innerStart: open + opener.length, innerEnd: e, continues: true });
  }
  if (!hasDouble) return singleQuoteSpans(text, start, end);
  return out.filter((s) => s.innerEnd > s.innerStart);
}

/** ‘…’ quotes in a paragraph with no double marks: ‘ after a space opens, ’ before a space or stop closes. */
function singleQuoteSpans(text: string, start: number, end: number): MarkSpan[] {
  const out: MarkSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "‘" && (i === start || !WORDISH.test(text[i - 1] ?? "")) && canOpen(text, i, end)) open = i;
    else if (c === "’" && open >= 0 && !WORDISH.test(text[i + 1] ?? "") && text[i - 1] !== "s") {
      if (i > open + 1) out.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, continues: false });
      open = -1;
    }
  }
  return out;
}

/** The span of the sorted, non-overlapping `spans` holding `offset`, or null (binary search, O(log n)). */
export function spanAt(spans: MarkSpan[], offset: number): MarkSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid] as MarkSpan;
    if (q.end <= offset) lo = mid + 1;
    else if (q.start > offset) hi = mid - 1;
    else return q;
  }
  return null;
}

/** Whether [s, e) lies inside one of the sorted, non-overlapping `spans`. */
export function insideQuote(spans: MarkSpan[], s: number, e: number): boolean {
  const q = spanAt(spans, s);
  return q !== null && e <= q.end;
}
