import type { AnyNode } from "domhandler";
import { findDates } from "../parse.js";
import type { NewsDate } from "../schema.js";
import { textWithMark } from "./dom.js";
import type { Candidate } from "./types.js";
import { possibleModifiedLabels, saysModified } from "./labels.js";

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
 * Characters read either side of a possible label when only labelled dates are wanted: the label
 * window, the longest date form (well under 100 characters) and as many again, in which the date scan,
 * started mid-text, falls into step with a scan of the whole text.
 */
const LABEL_CONTEXT = LABEL_WINDOW + 200;

/**
 * The dates of `text` that may have an "updated" label beside them: those found around the places
 * the label pre-test matches ({@link possibleModifiedLabels}), each stretch read once. A date with a
 * label within LABEL_WINDOW lies inside such a stretch with LABEL_CONTEXT to spare, so it is found
 * as a scan of the whole text finds it; the caller keeps the labelled ones. The rest of a page body,
 * most of it, is not scanned.
 */
function datesNearLabels(text: string, options: { lang?: string }): NewsDate[] {
  const out: NewsDate[] = [];
  const spans = possibleModifiedLabels(text);
  for (let k = 0; k < spans.length; ) {
    const start = Math.max(0, spans[k]!.start - LABEL_CONTEXT);
    let end = Math.min(text.length, spans[k]!.end + LABEL_CONTEXT);
    // Stretches that overlap or touch are read as one.
    for (k++; k < spans.length && spans[k]!.start - LABEL_CONTEXT <= end; k++) end = Math.min(text.length, spans[k]!.end + LABEL_CONTEXT);
    for (const d of findDates(text.slice(start, end), options)) out.push({ ...d, start: d.start + start, end: d.end + start });
  }
  return out;
}

/**
 * Date candidates from the visible text of `body`, those after `h1` first (see the module comment).
 * With `modifiedOnly`, only dates labelled "updated" are wanted, and only the text around the places
 * a label may be is scanned for dates ({@link datesNearLabels}); the caller keeps the labelled ones.
 */
export function bodyTextDates(body: AnyNode | null, h1: AnyNode | null, lang: string | undefined, modifiedOnly = false): Candidate[] {
  if (!body) return [];
  const { text, markAt } = textWithMark(body, BODY_TEXT_LIMIT, h1);
  const options = lang ? { lang } : {};
  // When only labelled dates are wanted, only the stretches around possible labels are scanned: a
  // text without a label has none, and no date far from every label can have one.
  const dates = modifiedOnly ? datesNearLabels(text, options) : findDates(text, options);
  if (dates.length === 0) return [];
  const at = markAt;
  const ordered = at >= 0 ? [...dates.filter((d) => d.start >= at), ...dates.filter((d) => d.start < at)] : dates;
  return ordered.map((d) => {
    const near = `${text.slice(Math.max(0, d.start - LABEL_WINDOW), d.start)} | ${text.slice(d.end, d.end + LABEL_WINDOW)}`;
    return { date: d.date, source: "text:body", kind: saysModified(near) ? ("modified" as const) : ("published" as const) };
  });
}
