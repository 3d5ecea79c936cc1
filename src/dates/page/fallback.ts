import type { AnyNode } from "domhandler";
import { findDates } from "../parse.js";
import { textWithMark } from "./dom.js";
import type { Candidate } from "./types.js";
import { saysModified } from "./labels.js";

/**
 * The last resort: dates anywhere in the page's visible text ("text:body"). Dates after the
 * headline's text come first, then the rest in page order. A date with an "updated" label just
 * before or after it ("28 آب/اغسطس 2013، آخر تحديث 14:00") is a modified date. Bounded: only the
 * first {@link BODY_TEXT_LIMIT} characters are read.
 */
export const BODY_TEXT_LIMIT = 200_000;
/** Characters either side of a date searched for an "updated" label. */
const LABEL_WINDOW = 24;

/**
 * Date candidates from the visible text of `body`, those after `h1` first (see the module comment).
 * With `modifiedOnly`, only dates labelled "updated" are wanted: a text holding no such label gives
 * none, and is not scanned for dates at all.
 */
export function bodyTextDates(body: AnyNode | null, h1: AnyNode | null, lang: string | undefined, modifiedOnly = false): Candidate[] {
  if (!body) return [];
  const { text, markAt } = textWithMark(body, BODY_TEXT_LIMIT, h1);
  // Every label window is a piece of the text, so a text without a label has no modified date in it.
  if (modifiedOnly && !saysModified(text)) return [];
  const dates = findDates(text, lang ? { lang } : {});
  if (dates.length === 0) return [];
  const at = markAt;
  const ordered = at >= 0 ? [...dates.filter((d) => d.start >= at), ...dates.filter((d) => d.start < at)] : dates;
  return ordered.map((d) => {
    const near = `${text.slice(Math.max(0, d.start - LABEL_WINDOW), d.start)} | ${text.slice(d.end, d.end + LABEL_WINDOW)}`;
    return { date: d.date, source: "text:body", kind: saysModified(near) ? ("modified" as const) : ("published" as const) };
  });
}
