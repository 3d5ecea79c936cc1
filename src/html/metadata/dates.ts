import type { DomPage } from "../dom-page.js";
import type { JsonLd } from "./jsonld.js";
import type { MetaMap } from "./meta-tags.js";
import { firstMatch, selectFirst } from "../query.js";
import { metadataScan } from "./scan.js";

/**
 * Published and modified dates from machine-readable metadata, kept only when they are ISO 8601.
 * A stop-gap: the date module's `findPageDates(doc)` replaces this one function (it reads human
 * dates, checks plausibility and keeps the page's own offset).
 */
export interface DatesRead {
  published: string | null;
  publishedFrom: string | null;
  modified: string | null;
  modifiedFrom: string | null;
}

/** ISO 8601 date or date-time with an optional offset ("2020-03-17", "2020-03-17T17:27:41Z", "…+04:00"). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Returns `value` as ISO 8601 (offset colon added, space turned to T), or null when it is not ISO. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  const m = ISO.exec(v);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(y) < 1990) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const z = zone ? (zone === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/u, "$1:$2")) : "";
  return `${y}-${mo}-${d}T${h}:${mi}${s !== undefined ? `:${s}` : ""}${z}`;
}

const PUBLISHED_META = ["article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "date", "dc:date", "dc:date.issued"];
const MODIFIED_META = ["article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified", "dc:date.modified"];

function fromMeta(meta: MetaMap, keys: readonly string[]): { value: string; from: string } | null {
  for (const key of keys) {
    for (const v of meta.get(key) ?? []) {
      const iso = isoDate(v);
      if (iso) return { value: iso, from: `meta:${key}` };
    }
  }
  return null;
}

/** Published and modified from JSON-LD, then `<meta>`, then the first `<time datetime>`; ISO only. */
export function readMetadataDates(dom: DomPage, ld: JsonLd, meta: MetaMap): DatesRead {
  const a = ld.article;
  let published: { value: string; from: string } | null = null;
  const ldPub = isoDate(a?.datePublished) ?? isoDate(a?.dateCreated);
  if (ldPub) published = { value: ldPub, from: "json-ld:datePublished" };
  published ??= fromMeta(meta, PUBLISHED_META);
  if (!published) {
    const t = isoDate(firstMatch(metadataScan(dom).datetime, '[itemprop~="datePublished"][datetime]')?.attribs.datetime);
    if (t) published = { value: t, from: "microdata:datePublished" };
  }
  if (!published) {
    const t = isoDate(selectFirst(dom, "time[datetime]", "time")?.attribs.datetime);
    if (t) published = { value: t, from: "time:datetime" };
  }
  let modified: { value: string; from: string } | null = null;
  const ldMod = isoDate(a?.dateModified);
  if (ldMod) modified = { value: ldMod, from: "json-ld:dateModified" };
  modified ??= fromMeta(meta, MODIFIED_META);
  if (!modified) {
    const t = isoDate(firstMatch(metadataScan(dom).datetime, '[itemprop~="dateModified"][datetime]')?.attribs.datetime);
    if (t) modified = { value: t, from: "microdata:dateModified" };
  }
  // The modification meta key is sometimes the publication key too ("date"): keep only distinct facts.
  return {
    published: published?.value ?? null,
    publishedFrom: published?.from ?? null,
    modified: modified?.value ?? null,
    modifiedFrom: modified?.from ?? null,
  };
}
