import type { AnyNode } from "domhandler";
import type { HtmlDocument } from "../../html/load.js";
import { warning, type Warning } from "../../model/warning.js";
import { BodyTextDates } from "./fallback.js";
import { jsonLdDates } from "./jsonld.js";
import { metaDates } from "./meta.js";
import { indexPage } from "./page-index.js";
import { allElements } from "../../html/query.js";
import type { Candidate, PageDates } from "./types.js";
import { urlDate } from "./url.js";
import { scanStamps, visibleDates } from "./visible.js";

/**
 * The page's publication and modification dates.
 *
 * Strategy, in the order trusted (each answer says which source gave it):
 * 1. JSON-LD `datePublished` / `dateModified` of the article object ("json-ld:datePublished").
 * 2. `<meta>` dates: article:published_time, og, parsely, sailthru, Dublin Core, itemprop … ("meta:<name>").
 *    A value that is not ISO is read as text (Arabic in article:published_time), not dropped.
 * 3. `<time datetime>` nearest the headline, outside comments/related/footers ("time:header").
 * 4. A visible date stamp near the headline or byline ("text:near-headline").
 * 5. The date in the URL path, else in the canonical URL ("url").
 * 6. Last resort, only for what is still missing: a date in the page's visible text, the first after
 *    the headline ("text:body"); one labelled "Updated"/"آخر تحديث" counts as modified.
 * The reader's date then corrects a machine date that disagrees with it (see `confirmVisible`).
 * The page's own offset is kept (never converted to UTC: that can move the day). A date before
 * {@link PLAUSIBLE.minYear} is rejected with an "implausible-date" warning, and so is a visible
 * stamp later than every date the page's metadata gives (a stamp for an event ahead, a
 * "today" widget); a modified date earlier than the published one is dropped with a warning.
 */
export const PLAUSIBLE = {
  /** News on the web starts in the 1990s; an earlier date is a birth date or a history. */
  minYear: 1990,
} as const;

const day = (iso: string): string => iso.slice(0, 10);
const DAY_MS = 86_400_000;
const isUtc = (iso: string): boolean => /(?:Z|[+-]00:?00)$/u.test(iso);
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(day(a)) - Date.parse(day(b))) / DAY_MS;

/**
 * The reader's date over a machine date that disagrees with it. When the stamp printed nearest the
 * headline (a published stamp, not an "Updated" one) gives another day than the metadata's
 * published date, the stamp wins if the page's metadata itself names that day (sites keep a first
 * draft's datePublished and show, and record as modified or issued, the day they published), or if
 * the metadata date is in UTC and one day off (the UTC day is not the page's day). The URL's day
 * corrects a UTC date one day off in the same way.
 */
function confirmVisible(chosen: Candidate | null, metadata: Candidate[], visible: Candidate[], url: Candidate[], plausible: (c: Candidate) => boolean): Candidate | null {
  if (!chosen || chosen.source.startsWith("text:") || chosen.source.startsWith("time:") || chosen.source === "url") return chosen;
  const stamp = visible.find((c) => plausible(c));
  if (stamp && stamp.kind === "published" && day(stamp.date) !== day(chosen.date)) {
    if (metadata.some((c) => day(c.date) === day(stamp.date))) return stamp;
    if (isUtc(chosen.date) && daysApart(stamp.date, chosen.date) === 1) return stamp;
  }
  const u = url[0];
  const localConfirms = visible.some((c) => !isUtc(c.date) && c.date.length > 10 && day(c.date) === day(chosen.date));
  if (u && isUtc(chosen.date) && daysApart(u.date, chosen.date) === 1 && !localConfirms) return u;
  return chosen;
}

/**
 * Finds the page's published and modified dates by the ordered strategy above.
 * Never throws: a broken page gives nulls and warnings.
 */
export function findPageDates(doc: HtmlDocument, options: { url?: string | null } = {}): PageDates {
  const warnings: Warning[] = [];
  try {
    return choose(doc, options, warnings);
  } catch {
    return { published: null, modified: null, warnings };
  }
}

function choose(doc: HtmlDocument, options: { url?: string | null }, warnings: Warning[]): PageDates {
  const index = indexPage(doc.dom);
  const lang = index.lang;
  const metadata = [...jsonLdDates(index.jsonLd, lang, warnings), ...metaDates(index.metas, lang)];
  const root = index.body ?? doc.dom.root ?? null;
  const visible = visibleDates(scanStamps(root, lang, allElements(doc.dom)));
  const fromUrl = urlDate(options.url ?? doc.url) ?? urlDate(index.canonical);
  const url: Candidate[] = fromUrl ? [{ date: fromUrl, source: "url", kind: "published" }] : [];

  const rejected = new Set<string>();
  const reject = (c: Candidate, why: string): false => {
    const key = `${c.source} ${c.date}`;
    if (!rejected.has(key)) {
      rejected.add(key);
      warnings.push(warning("implausible-date", `${c.source} gives ${c.date}: ${why}; not used.`, c.date));
    }
    return false;
  };
  const old = (c: Candidate): boolean => Number(c.date.slice(0, 4)) < PLAUSIBLE.minYear;
  // The bound for visible stamps: the latest date the page's metadata gives (the URL is not used:
  // pages keep the URL of a first draft).
  const anchors = metadata.filter((c) => !old(c)).map((c) => day(c.date));
  const latest = anchors.length > 0 ? anchors.reduce((a, b) => (a > b ? a : b)) : null;

  const plausible = (c: Candidate): boolean => {
    if (old(c)) return reject(c, `before ${PLAUSIBLE.minYear}`);
    if (latest !== null && c.kind === "published" && (c.source.startsWith("text:") || c.source.startsWith("time:")) && day(c.date) > latest) return reject(c, `later than the page's other dates (${latest})`);
    return true;
  };
  const ordered = [...metadata, ...visible, ...url];
  const has = (kind: Candidate["kind"]): boolean => ordered.some((c) => c.kind === kind && !old(c));
  // The body's dates come after all these, for what is still missing: its first date stands for
  // the publication only when nothing better gave one. They are read only as far as a pick needs.
  // (Once read, the body gives its labelled dates whichever was missing.)
  const missing = { published: !has("published"), modified: !has("modified") };
  const body = missing.published || missing.modified ? new BodyTextDates(root, index.h1, lang) : null;
  const fromBody = { published: missing.published, modified: body !== null };
  const pick = (kind: Candidate["kind"]): Candidate | null =>
    ordered.find((c) => c.kind === kind && plausible(c)) ?? (body && fromBody[kind] ? body.first(kind, plausible) : null);

  const published = confirmVisible(pick("published"), metadata, visible, url, plausible);
  let modified = pick("modified");
  if (published && modified && day(modified.date) < day(published.date)) {
    reject(modified, `earlier than the published date ${published.date}`);
    modified = null;
  }
  return {
    published: published ? { date: published.date, source: published.source } : null,
    modified: modified ? { date: modified.date, source: modified.source } : null,
    warnings,
  };
}
