/**
 * The properties every hostile input must keep, as plain functions that throw on a violation (so both
 * vitest's fc.assert and the fuzz runner's fc.check can use them):
 * - parse() never throws on a string or bytes; safeParse() never throws at all;
 * - the Article validates against ArticleSchema; the same input gives the same output;
 * - every URL in the output is http(s); no prototype is polluted;
 * - for generated HTML (whose text never holds a literal "<"), no text field holds markup;
 * - extractQuotes / extractAttributions / parseNewsDate never throw, validate, keep offsets in range,
 *   and are deterministic; their uncaught internals (extract, findDates) do not throw either.
 */
import type { Targets } from "./targets.js";

/** Field names whose string values are URLs. */
const URL_KEYS: ReadonlySet<string> = new Set(["url", "canonicalUrl", "imageUrl"]);
/** An http(s) URL as the output must give it. */
const HTTP_URL = /^https?:\/\/[^\s<>"]/iu;
/** Markup in a text field: a tag, a comment, or a dangerous scheme left in text from an attribute. */
const MARKUP = /<\/?[a-z][a-z0-9-]{0,20}[\s/>]|<!--|<script/iu;

/** Strings in a value with their paths (iterative: outputs may be large). */
function strings(value: unknown): { path: string; key: string; text: string }[] {
  const out: { path: string; key: string; text: string }[] = [];
  const stack: { v: unknown; path: string; key: string }[] = [{ v: value, path: "", key: "" }];
  while (stack.length) {
    const { v, path, key } = stack.pop() as { v: unknown; path: string; key: string };
    if (typeof v === "string") out.push({ path, key, text: v });
    else if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: `${path}[${i}]`, key }));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: `${path}.${k}`, key: k });
  }
  return out;
}

/** Throws when a URL field of the output is not http(s). */
export function checkUrls(value: unknown): void {
  for (const s of strings(value)) {
    if (s.path.includes(".provenance.")) continue;
    if (URL_KEYS.has(s.key) && !HTTP_URL.test(s.text)) throw new Error(`non-http URL at ${s.path}: ${JSON.stringify(s.text.slice(0, 80))}`);
  }
}

/** Throws when a text field (anything but provenance and warning details) holds markup. */
export function checkNoMarkup(value: unknown): void {
  for (const s of strings(value)) {
    if (s.path.startsWith(".provenance") || s.path.startsWith(".warnings")) continue;
    if (MARKUP.test(s.text)) throw new Error(`markup in ${s.path}: ${JSON.stringify(s.text.slice(0, 120))}`);
  }
}

const PROTO_NAMES = ["polluted", "isAdmin", "__polluted"];

/** Throws when Object.prototype (or Array's, Function's) gained a property. */
export function checkNoPollution(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    for (const name of PROTO_NAMES) {
      if (Object.prototype.hasOwnProperty.call(proto, name)) {
        delete (proto as Record<string, unknown>)[name];
        throw new Error(`prototype pollution: ${name} was set on a built-in prototype`);
      }
    }
  }
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error("prototype pollution: ({}).polluted is set");
}

function same(a: unknown, b: unknown, what: string): void {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) throw new Error(`${what} is not deterministic: two runs on the same input differ`);
}

function validate(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } } | null, value: unknown, what: string): void {
  if (!schema) return;
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${what} does not validate: ${String((r.error as Error | undefined)?.message ?? r.error).slice(0, 400)}`);
}

/** The Article of `input`; throws (with the cause) when parse() throws on string or byte input. */
export function checkParse(t: Targets, input: string | Uint8Array, options?: unknown, html = false): unknown {
  let article: unknown;
  try {
    article = t.parse(input, options);
  } catch (error) {
    // A KhabarError for wrong options is the documented failure; on a string or bytes nothing else may throw.
    if (t.isKhabarError(error) && (error as { code?: string }).code === "invalid-options" && options !== undefined) return null;
    throw new Error(`parse() threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  validate(t.ArticleSchema as never, article, "parse() output");
  same(article, t.parse(input, options), "parse()");
  checkUrls(article);
  checkNoPollution();
  // Plain text keeps what it says ("a <b> c" in a text file is text); HTML output must hold no markup.
  if (html && t.htmlWired && (article as { source?: unknown }).source === "html") checkNoMarkup(article);
  if (html && t.htmlStages && typeof input === "string") checkHtmlStages(t, input, options);
  return article;
}

/** The HTML stages on a page: no throw, deterministic, no pollution (and, until parse() calls them, http(s) URLs and no markup). */
export function checkHtmlStages(t: Targets, html: string, options?: unknown): void {
  if (!t.htmlStages) return;
  const url = options && typeof options === "object" && typeof (options as { url?: unknown }).url === "string" ? (options as { url: string }).url : null;
  let out: unknown;
  try {
    out = t.htmlStages(html, url);
  } catch (error) {
    throw new Error(`the HTML stages threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  // Once parse() runs the stages, URLs and markup are checked on its output (assembly cleans both,
  // whatever a stage let through); before that, on the stages' own output.
  if (!t.htmlWired) {
    checkUrls(out);
    checkNoMarkup((out as { content: { blocks: unknown } }).content.blocks);
    const m = (out as { metadata: Record<string, unknown> }).metadata;
    checkNoMarkup({ headline: m.headline, subheadline: m.subheadline, byline: m.byline, section: m.section, tags: m.tags, image: m.image, site: m.site, dateline: m.dateline });
  }
  same(out, t.htmlStages(html, url), "the HTML stages");
  checkNoPollution();
}

/** safeParse() never throws, whatever it is given; an error result holds a KhabarError. */
export function checkSafeParse(t: Targets, input: unknown, options?: unknown): void {
  let result: { ok: boolean; article?: unknown; error?: unknown };
  try {
    result = t.safeParse(input, options) as typeof result;
  } catch (error) {
    throw new Error(`safeParse() threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (result.ok) {
    validate(t.ArticleSchema as never, result.article, "safeParse() article");
    checkUrls(result.article);
  } else {
    if (!t.isKhabarError(result.error)) throw new Error("safeParse() error is not a KhabarError");
    const code = (result.error as { code?: string }).code;
    if (code === "internal") throw new Error(`safeParse() reported an internal error: ${String((result.error as Error).message).slice(0, 400)}`);
  }
  checkNoPollution();
}

/** parse() on a value that is neither a string nor bytes throws a KhabarError `invalid-input`, nothing else. */
export function checkWrongType(t: Targets, input: unknown): void {
  try {
    t.parse(input);
  } catch (error) {
    if (t.isKhabarError(error) && (error as { code?: string }).code === "invalid-input") return;
    throw new Error(`parse(${typeof input}) threw something else: ${String(error)}`);
  }
  if (!(input instanceof ArrayBuffer)) throw new Error(`parse(${typeof input}) did not throw`);
}

function checkSpans(value: unknown, length: number | null, what: string): void {
  if (length === null) return;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.start === "number" && typeof o.end === "number") {
        if (!(o.start >= 0 && o.start <= o.end && o.end <= length)) throw new Error(`${what}: span ${o.start}..${o.end} outside 0..${length}`);
      }
      stack.push(...Object.values(o));
    }
  }
}

/** The quote extractors on a string (or an Article): no throw, valid, deterministic, spans in range. */
export function checkQuotes(t: Targets, input: unknown): void {
  if (!t.quotes) return;
  const q = t.quotes;
  const length = typeof input === "string" ? input.length : null;
  let quotes: unknown;
  let attributions: unknown;
  try {
    quotes = q.extractQuotes(input);
    attributions = q.extractAttributions(input);
    if (q.extractRaw) q.extractRaw(input, {});
  } catch (error) {
    throw new Error(`quote extraction threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (!Array.isArray(quotes) || !Array.isArray(attributions)) throw new Error("extractQuotes/extractAttributions did not return arrays");
  for (const x of quotes) validate(q.QuoteSchema as never, x, "a Quote");
  for (const x of attributions) validate(q.AttributionSchema as never, x, "an Attribution");
  checkSpans(quotes, length, "extractQuotes");
  same(quotes, q.extractQuotes(input), "extractQuotes()");
  same(attributions, q.extractAttributions(input), "extractAttributions()");
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/u;

/** parseNewsDate on any text: no throw, null or a valid date, deterministic; findDates does not throw. */
export function checkDates(t: Targets, input: unknown, options?: unknown): void {
  if (!t.dates) return;
  const d = t.dates;
  let date: unknown;
  try {
    date = d.parseNewsDate(input, options);
    if (d.findDatesRaw && typeof input === "string") d.findDatesRaw(input, options ?? {});
  } catch (error) {
    throw new Error(`date reading threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (date !== null) {
    validate(d.NewsDateSchema as never, date, "a NewsDate");
    const iso = (date as { date?: unknown }).date;
    if (typeof iso !== "string" || !ISO_DAY.test(iso)) throw new Error(`parseNewsDate gave a malformed date ${JSON.stringify(iso)}`);
    const [y, m, day] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
    const real = new Date(Date.UTC(y, m - 1, day));
    if (real.getUTCMonth() !== m - 1 || real.getUTCDate() !== day) throw new Error(`parseNewsDate gave a day that does not exist: ${iso}`);
    checkSpans(date, typeof input === "string" ? input.length : null, "parseNewsDate");
  }
  same(date, d.parseNewsDate(input, options), "parseNewsDate()");
}
