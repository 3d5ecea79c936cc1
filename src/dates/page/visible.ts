import type { AnyNode, Element } from "domhandler";
import { DATE_CLASS_WORDS, OFF_ARTICLE_WORDS } from "../data/page-words.js";
import { findDates } from "../parse.js";
import { classId, isElement, textOf, textWithMark, walkElementList } from "./dom.js";
import { classOrIdHas } from "../../html/node-slots.js";
import { saysModified } from "./labels.js";
import { readDateValue } from "./read-value.js";
import type { Candidate } from "./types.js";
import { PageCache } from "../../language/page-cache.js";
import { alternationPattern } from "./word-pattern.js";

/**
 * `<time>` elements and visible date stamps, nearest the headline first.
 *
 * Elements are visited in document order (bounded). A `<time>` gives its `datetime` (else its text);
 * an element whose class or id says date/time/byline/meta gives the dates in its short text. Each
 * is scored by its distance, in elements, from the first `<h1>`; stamps inside comments, related
 * lists, sidebars and footers are left out; a stamp labelled "Updated"/"آخر تحديث" is a modified date.
 */
export const VISIBLE_LIMITS = {
  /** Elements visited at most. */
  elements: 60_000,
  /** Text read from one stamp element: a stamp is short; a longer text is a paragraph, not a stamp. */
  stampChars: 160,
  /** A parent's text up to this length labels its <time> ("Aktualisiert am <time>"); longer, it is a paragraph. */
  labelChars: 60,
  /** Nodes visited to read one stamp's text: a stamp is a few elements, not a subtree of thousands. */
  stampNodes: 300,
  /** Dates read from one stamp at most (published, modified, and a spare). */
  datesPerStamp: 3,
  /** Ancestors checked for an off-article container. */
  ancestorDepth: 12,
  /** Elements after the headline beyond which a stamp is far from it (ranked after nearer ones). */
  nearAfter: 400,
  /** Elements before the headline within which a stamp still counts as near (kicker, top bar). */
  nearBefore: 150,
  /** Distinct class/id values whose off-article answer is kept before the memo starts over. */
  offCache: 5_000,
} as const;

export interface Stamp {
  date: string;
  kind: "published" | "modified";
  /** Element position in document order; the headline's position is `headline`. */
  order: number;
  fromTime: boolean;
}

export interface StampScan {
  stamps: Stamp[];
  /** Position of the first h1, or null. */
  headline: number | null;
}

/**
 * The date words that hold no other one: a class holding "pubdate" or "updated" holds "date", so
 * testing "date" alone gives the same answer with fewer alternatives to try at every position.
 */
const DATE_CLASS_CORE: readonly string[] = DATE_CLASS_WORDS.filter((w, i) => !DATE_CLASS_WORDS.some((o, j) => j !== i && w.includes(o) && (o !== w || j < i)));
/**
 * Any of DATE_CLASS_WORDS as a substring, any case: one regex test instead of a lower-cased copy and
 * a loop per element, its alternatives factored by prefix (see {@link alternationPattern}).
 */
const DATE_CLASS = new RegExp(alternationPattern(DATE_CLASS_CORE), "iu");

const holdsDateWord = (value: string): boolean => DATE_CLASS.test(value);

/**
 * Whether the element's class or id holds a date word ("post-date", "entry-meta", "article__published").
 * The values come from the slots the parser fills (html/node-slots.ts), not from the attribute object.
 */
function hasDateClass(el: Element): boolean {
  return classOrIdHas(el, holdsDateWord);
}

const OFF_WORDS = new Set(OFF_ARTICLE_WORDS);
/** Class and id strings seen, and whether they hold an off-article word: a page's stamps share their ancestors. */
const offCache = new PageCache<string, boolean>(VISIBLE_LIMITS.offCache);

/** Whether a class or id value holds an off-article word as one of its parts ("comment-list" → "comment"). */
export function hasOffWord(value: string | undefined): boolean {
  if (value === undefined || value === "") return false;
  let off = offCache.get(value);
  if (off === undefined) {
    off = value.toLowerCase().split(/[\s_-]+/u).some((part) => OFF_WORDS.has(part));
    offCache.set(value, off);
  }
  return off;
}

/**
 * Whether the element's class or id holds an off-article word. The class and id are tested apart:
 * joined with a space they split into the parts of each, so this is the test of "class id".
 */
function isOff(el: Element): boolean {
  return classOrIdHas(el, hasOffWord);
}

/**
 * True when the element sits in a comment, related list, sidebar, nav or site footer. The walk up
 * stops at the article (or main) element: what is inside it belongs to the story, unless a
 * comment block nearer the element says otherwise.
 */
function offArticle(el: Element): boolean {
  if (isOff(el)) return true;
  // The nearest element ancestors, walked in place (no array of them per stamp).
  let seen = 0;
  for (let p = el.parent as AnyNode | null; p && seen < VISIBLE_LIMITS.ancestorDepth; p = p.parent as AnyNode | null) {
    if (!isElement(p)) continue;
    seen++;
    if (p.name === "article" || p.name === "main" || p.name === "body") return false;
    if (p.name === "aside" || p.name === "nav" || (p.name === "footer" && !/post|entry|article|asset/u.test(classId(p)))) return true;
    if (isOff(p)) return true;
  }
  return false;
}

/**
 * Every date stamp of the page body with its position. The elements under `root` are read from
 * `elements`, the page's element list, in document order (see {@link walkElementList}).
 */
export function scanStamps(root: AnyNode | null, lang: string | undefined, elements: readonly Element[]): StampScan {
  const stamps: Stamp[] = [];
  let headline: number | null = null;
  let order = 0;
  if (!root) return { stamps, headline };
  const visit = (el: Element): boolean => {
    order++;
    if (el.name === "h1" && headline === null) headline = order;
    if (el.name === "time") {
      if (offArticle(el)) return false;
      const text = textOf(el, VISIBLE_LIMITS.stampChars, VISIBLE_LIMITS.stampNodes);
      const date = readDateValue(el.attribs.datetime, lang) ?? readDateValue(text, lang);
      if (date) {
        // The label is the element's own class and text, and its parent's text when that is a short stamp ("Updated <time>").
        const parentText = el.parent ? textOf(el.parent as AnyNode, VISIBLE_LIMITS.labelChars + 1, VISIBLE_LIMITS.stampNodes) : "";
        const label = `${classId(el)} ${el.attribs.itemprop ?? ""} ${text} ${parentText.length <= VISIBLE_LIMITS.labelChars ? parentText : ""}`;
        const modified = saysModified(label) && !/publi|erschienen|نشر/u.test(label.toLowerCase());
        stamps.push({ date, kind: modified ? "modified" : "published", order, fromTime: true });
      }
      return false;
    }
    if (!hasDateClass(el)) return true;
    // A stamp is short: a longer text, or one spread over more nodes than a stamp has, is not one.
    const { text, complete } = textWithMark(el, VISIBLE_LIMITS.stampChars + 1, null, VISIBLE_LIMITS.stampNodes);
    if (!complete || text.length === 0 || text.length > VISIBLE_LIMITS.stampChars) return true;
    if (offArticle(el)) return false;
    const dates = findDates(text, lang ? { lang } : {});
    if (dates.length === 0) return true;
    // Each date takes the label written between it and the previous one: "Published 3 May · Updated
    // 4 May", "Aktualisiert: 4.5.2023 | Erstellt: 3.5.2023". Only the first dates of a stamp are read.
    let from = 0;
    for (const d of dates.slice(0, VISIBLE_LIMITS.datesPerStamp)) {
      stamps.push({ date: d.date, kind: saysModified(text.slice(from, d.start)) ? "modified" : "published", order, fromTime: false });
      from = d.end;
    }
    return false;
  };
  walkElementList(elements, root, VISIBLE_LIMITS.elements, visit);
  return { stamps, headline };
}

/** Distance rank of a stamp from the headline: near-after first, then near-before, then the rest. */
function distance(stamp: Stamp, headline: number | null): number {
  if (headline === null) return stamp.order;
  const d = stamp.order - headline;
  if (d >= 0 && d <= VISIBLE_LIMITS.nearAfter) return d;
  if (d < 0 && -d <= VISIBLE_LIMITS.nearBefore) return VISIBLE_LIMITS.nearAfter - d;
  return 10 * VISIBLE_LIMITS.nearAfter + Math.abs(d);
}

/** Candidates from `<time>` (source "time:header") and visible stamps ("text:near-headline"), nearest first. */
export function visibleDates(scan: StampScan): Candidate[] {
  const sorted = [...scan.stamps].sort((a, b) => distance(a, scan.headline) - distance(b, scan.headline));
  const times = sorted.filter((s) => s.fromTime).map((s) => ({ date: s.date, kind: s.kind, source: "time:header" }));
  const texts = sorted.filter((s) => !s.fromTime).map((s) => ({ date: s.date, kind: s.kind, source: "text:near-headline" }));
  return [...times, ...texts];
}
