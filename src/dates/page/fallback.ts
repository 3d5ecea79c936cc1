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
 * Characters read before and after a stretch of the text whose dates are wanted: the longest date
 * form (well under 100 characters) and as many again, in which a date scan started mid-text falls
 * into step with a scan of the whole text (it finds the same dates from the stretch's start on).
 */
const SCAN_CONTEXT = 200;
/** Around a possible label, the label window and that context. */
const LABEL_CONTEXT = LABEL_WINDOW + SCAN_CONTEXT;
/**
 * The first stretch the published-date reading scans; each next one is twice as long, so a text
 * without a date is scanned once over, plus the contexts of a dozen stretches at most.
 */
const FIRST_STRETCH = 1_000;

/** The dates of `text[from, to)`, their positions in the whole of `text`. */
function datesIn(text: string, from: number, to: number, options: { lang?: string }): NewsDate[] {
  return findDates(text.slice(from, to), options).map((d) => ({ ...d, start: d.start + from, end: d.end + from }));
}

/**
 * The dates of `text` that may have an "updated" label beside them: those found around the places
 * the label pre-test matches ({@link possibleModifiedLabels}), each stretch read once. A date with a
 * label within LABEL_WINDOW lies inside such a stretch with SCAN_CONTEXT to spare, so it is found
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
    out.push(...datesIn(text, start, end, options));
  }
  return out;
}

/**
 * The date candidates of the visible text of a page body (see the module comment), read only as far
 * as the caller's picks need them. {@link all} lists every candidate in order, from one scan of the
 * whole text; {@link first} gives the first of them of a kind that a test accepts, and reads less:
 * a modified date has a label beside it, so only the text around possible labels is scanned
 * ({@link datesNearLabels}); a published date is usually a few lines after the headline, so the text
 * is scanned from there in stretches, and the scan stops at the first date accepted.
 */
export class BodyTextDates {
  private readonly text: string;
  /** Where the text after the headline starts: 0 when there is no headline in the body. */
  private readonly at: number;
  private readonly options: { lang?: string };
  private labelled: Candidate[] | null = null;

  constructor(body: AnyNode | null, h1: AnyNode | null, lang: string | undefined) {
    const { text, markAt } = body ? textWithMark(body, BODY_TEXT_LIMIT, h1) : { text: "", markAt: -1 };
    this.text = text;
    this.at = Math.max(0, markAt);
    this.options = lang ? { lang } : {};
  }

  /** Every candidate: the dates after the headline, then those before it, each in text order. */
  all(): Candidate[] {
    return this.ordered(findDates(this.text, this.options)).map((d) => this.candidate(d));
  }

  /** The first candidate of `kind` in the order of {@link all} that `accept` takes, or null. */
  first(kind: Candidate["kind"], accept: (c: Candidate) => boolean): Candidate | null {
    if (kind === "modified") {
      this.labelled ??= this.ordered(datesNearLabels(this.text, this.options))
        .map((d) => this.candidate(d))
        .filter((c) => c.kind === "modified");
      return this.labelled.find(accept) ?? null;
    }
    for (const [from, to] of [[this.at, this.text.length], [0, this.at]] as const) {
      for (let start = from, size = FIRST_STRETCH; start < to; start += size, size *= 2) {
        const end = Math.min(to, start + size);
        for (const d of this.datesStarting(start, end)) {
          const c = this.candidate(d);
          if (c.kind === kind && accept(c)) return c;
        }
      }
    }
    return null;
  }

  /** The dates that start in `[start, end)` of the text, as a scan of the whole text finds them. */
  private datesStarting(start: number, end: number): NewsDate[] {
    const text = this.text;
    return datesIn(text, Math.max(0, start - SCAN_CONTEXT), Math.min(text.length, end + SCAN_CONTEXT), this.options).filter((d) => d.start >= start && d.start < end);
  }

  /** Dates after the headline first, then the rest, each in text order. */
  private ordered(dates: NewsDate[]): NewsDate[] {
    const at = this.at;
    return at > 0 ? [...dates.filter((d) => d.start >= at), ...dates.filter((d) => d.start < at)] : dates;
  }

  /** A date as a candidate: modified when an "updated" label is written just before or after it. */
  private candidate(d: NewsDate): Candidate {
    const text = this.text;
    const near = `${text.slice(Math.max(0, d.start - LABEL_WINDOW), d.start)} | ${text.slice(d.end, d.end + LABEL_WINDOW)}`;
    return { date: d.date, source: "text:body", kind: saysModified(near) ? "modified" : "published" };
  }
}
