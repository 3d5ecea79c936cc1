import type { Dateline } from "../model/parts.js";
import { isKnownSource } from "./agency.js";
import { inCapitals } from "../language/capitals.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const LATIN = /\p{Script=Latin}/u;

/**
 * Reads the dateline that opens a story. Only the first `DATELINE_WINDOW` characters are examined,
 * so the patterns below run on a bounded string and cannot take long whatever the paragraph.
 */
export const DATELINE_WINDOW = 100;

/** Words a dateline's location or outlet may have at most. */
const MAX_PART_WORDS = 4;

const DASH = String.raw`(?:--|-|–|—)`;

/** "القاهرة (رويترز) -", "LONDON, Jan 24 (Reuters) -", "دمشق، سوريا (CNN) --", "(CNN) —", "PARIS (AFP):" */
const PLACE_AGENCY_DASH = new RegExp(String.raw`^([^()\n:]{0,60}?)\s*\(([^()\n]{1,40})\)\s*(?:${DASH}|:-?)\s*`, "u");
/** "(أبوظبي - البيان)" at the very start. */
const BRACKETED = new RegExp(String.raw`^\(([^()\n\-–—]{1,40})\s${DASH}\s([^()\n]{1,40})\)\s*(?:${DASH}|:)?\s*`, "u");
/** "إيلاف من لندن:" */
const OUTLET_FROM_PLACE = /^([^\s:()]+(?: [^\s:()]+){0,2}) من ([^\s:()]+(?: [^\s:()]+){0,2})\s?:-?\s*/u;
/** "بغداد - إيلاف:", "الرياض - واس:" */
const PLACE_DASH_OUTLET = new RegExp(String.raw`^([^\s:()\-–—]+(?: [^\s:()\-–—]+){0,3})\s${DASH}\s([^\s:()\-–—]+(?: [^\s:()\-–—]+){0,3})\s?(:-?)?\s*`, "u");
/** "المدينة نيوز :-", "إيلاف:" */
const OUTLET_COLON = /^([^\s:()]+(?: [^\s:()]+){0,3})\s?(:-|:)\s*/u;
/** "WASHINGTON —", "GAZA CITY, Gaza Strip —", "LONDON, Jan 24 -" (English wire: the place in capitals). */
const CAPS_PLACE_DASH = new RegExp(String.raw`^(\p{Lu}[\p{Lu} .'’]{1,30}(?:,[^\n()\-–—]{1,30})?)\s${DASH}\s+`, "u");

/**
 * A date after the place: "Jan 24", "January 24", "24 Jan", "Jan 24, 2023", "24 يناير", "٢٤ كانون الثاني ٢٠٢٣".
 * Every part is bounded, so the match is linear; the date module resolves the text (datelineDateResolver).
 */
const DATE_IN_PLACE =
  /[,،]\s*((?:\p{L}{3,9}\.?\s\p{Nd}{1,2}(?:,?\s\p{Nd}{4})?)|(?:\p{Nd}{1,2}\.?\s\p{L}{2,12}(?:\s\p{L}{2,12})?\.?(?:,?\s\p{Nd}{4})?))\s*$/u;

export interface DatelineMatch {
  dateline: Dateline;
  /** The paragraph with the dateline removed. */
  rest: string;
}

function words(text: string): number {
  return text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
}

/** Characters trimmed from both ends of a dateline part. */
const TRIM = /[\s،,]/u;

/** Trims spaces and commas from both ends (a loop, not `[…]+$`, which backtracks on long inner runs). */
function clean(text: string | undefined): string | null {
  const t = text ?? "";
  let start = 0;
  let end = t.length;
  while (start < end && TRIM.test(t[start]!)) start++;
  while (end > start && TRIM.test(t[end - 1]!)) end--;
  return end > start ? t.slice(start, end) : null;
}

/** Splits "LONDON, Jan 24" into the place and the date text. */
function placeAndDate(place: string): { location: string | null; dateText: string | null } {
  const m = DATE_IN_PLACE.exec(place);
  if (!m) return { location: clean(place), dateText: null };
  return { location: clean(place.slice(0, m.index)), dateText: m[1] ?? null };
}

/** A place name in capitals ("LONDON", "WASHINGTON/BEIRUT"), of two letters at least. */
function isCapsPlace(text: string): boolean {
  return inCapitals(text, 2);
}

function build(raw: string, location: string | null, agency: string | null, dateText: string | null, resolveDate: DateResolver): Dateline {
  return { raw: raw.trim(), location, agency, date: dateText ? resolveDate(dateText) : null };
}

/** Turns a dateline's date text ("Jan 24") into ISO, or null. Supplied by the date module. */
export type DateResolver = (text: string) => string | null;

const noDates: DateResolver = () => null;

/**
 * Finds a dateline at the start of `paragraph` and returns it with the rest of the paragraph,
 * or null when the paragraph does not open with one. A dateline must hold a known agency or
 * outlet, a bracketed credit, or (in English) a place in capitals: ordinary sentences that start
 * with a name and a colon are left alone.
 */
export function readDateline(paragraph: string, resolveDate: DateResolver = noDates): DatelineMatch | null {
  const lead = paragraph.match(/^\s*/u)?.[0].length ?? 0;
  const window = paragraph.slice(lead, lead + DATELINE_WINDOW);
  const done = (m: RegExpExecArray, dateline: Dateline): DatelineMatch | null => {
    const rest = paragraph.slice(lead + m[0].length).trim();
    return rest === "" ? null : { dateline, rest };
  };

  let m = BRACKETED.exec(window);
  if (m) return done(m, build(m[0], clean(m[1]), clean(m[2]), null, resolveDate));

  m = PLACE_AGENCY_DASH.exec(window);
  if (m) {
    const place = m[1] ?? "";
    const agency = clean(m[2]);
    const { location, dateText } = placeAndDate(place);
    const plausible =
      words(place) <= MAX_PART_WORDS + 2 &&
      agency !== null &&
      words(agency) <= MAX_PART_WORDS &&
      (isKnownSource(agency) || location === null || isCapsPlace(location) || !LATIN.test(place));
    if (plausible) return done(m, build(m[0], location, agency, dateText, resolveDate));
  }

  m = OUTLET_FROM_PLACE.exec(window);
  if (m && isKnownSource(m[1] ?? "")) return done(m, build(m[0], clean(m[2]), clean(m[1]), null, resolveDate));

  m = PLACE_DASH_OUTLET.exec(window);
  if (m && (isKnownSource(m[2] ?? "") || (m[3] !== undefined && isKnownSource(m[1] ?? "") === false && words(m[2] ?? "") <= 2 && !LATIN.test(m[0])))) {
    return done(m, build(m[0], clean(m[1]), clean(m[2]), null, resolveDate));
  }

  m = OUTLET_COLON.exec(window);
  if (m && (m[2] === ":-" || isKnownSource(m[1] ?? ""))) return done(m, build(m[0], null, clean(m[1]), null, resolveDate));

  m = CAPS_PLACE_DASH.exec(window);
  if (m) {
    const { location, dateText } = placeAndDate(m[1] ?? "");
    if (location && isCapsPlace(location.split(",")[0] ?? "")) return done(m, build(m[0], location, null, dateText, resolveDate));
  }
  return null;
}
