import type { Element } from "domhandler";
import type { Dateline } from "../../model/index.js";
import { warning, type Warning } from "../../model/warning.js";
import { readDateline } from "../../article/dateline.js";
import { detectLanguage, directionOf } from "../../language/detect.js";
import { collapseSpaces } from "../../language/spaces.js";
import type { HtmlDocument } from "../load.js";
import type { PageMetadata } from "../types.js";
import { readAuthors } from "./authors.js";
import { readMetadataDates } from "./dates.js";
import { readImage } from "./image.js";
import { readJsonLd, type JsonLd } from "./jsonld.js";
import { readLanguage } from "./language.js";
import { firstMeta, readMetaTags, type MetaMap } from "./meta-tags.js";
import { readSite } from "./site.js";
import { looksLikeByline } from "../../article/byline.js";
import { readBylineOnPage } from "./byline-reads.js";
import { readStandfirst } from "./standfirst.js";
import { decodeEntities, textOf } from "./text.js";
import { chooseHeadline, sameTitle, titleKey, type TitleCandidate } from "./title.js";
import { METADATA_WEIGHTS as W } from "./weights.js";
import { firstMatch, matches, select, selectFirst } from "../query.js";
import { metadataScan } from "./scan.js";
import { sectionNearHeadline } from "./section.js";
import { firstUnder } from "./walk.js";

export { readJsonLd } from "./jsonld.js";
export { parseLooseJson } from "./loose-json.js";
export { normalizeLanguage } from "./language.js";
export { stripSiteName, chooseHeadline } from "./title.js";

/** Meta names that carry the title, best first (`<title>` is added last). */
const TITLE_META: readonly string[] = ["dc:title", "og:title", "twitter:title", "parsely-title", "sailthru.title", "title", "headline"];

function str(v: unknown): string | null {
  if (typeof v === "string") return collapseSpaces(decodeEntities(v)).trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function titleCandidates(doc: HtmlDocument, ld: JsonLd, meta: MetaMap): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const a = ld.article;
  const ldTitle = str(a?.headline) ?? str(a?.name) ?? str(a?.alternativeHeadline);
  if (ldTitle) out.push({ text: ldTitle, from: "json-ld:headline" });
  for (const key of TITLE_META) {
    const v = meta.get(key)?.[0];
    if (v) out.push({ text: v, from: `meta:${key}` });
  }
  const micro = firstMatch(metadataScan(doc.dom).itemprop, '[itemprop~="headline"]:not(meta)');
  if (micro) {
    const t = textOf(micro, W.maxHeadlineChars + 1);
    if (t) out.push({ text: t, from: "microdata:headline" });
  }
  const title = textOf(selectFirst(doc.dom, "title", "title"), W.maxHeadlineChars * 2);
  if (title) out.push({ text: title, from: "title" });
  return out;
}

/** The host of `url` without a leading "www.", or null when it is not a URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\d?\./u, "");
  } catch {
    return null;
  }
}

/**
 * Host words of the page ("breitbart" for www.breitbart.com), which sites use as their name in titles.
 * The three URLs are most often one and the same: each distinct one is parsed once (a `new URL` is
 * microseconds, the costliest line of this stage's bookkeeping).
 */
function hostNames(doc: HtmlDocument, canonical: string | null): string[] {
  const out: string[] = [];
  let lastUrl: string | null = null;
  let lastHost: string | null = null;
  for (const u of [doc.url, canonical, doc.baseUrl]) {
    if (!u) continue;
    if (u !== lastUrl) [lastUrl, lastHost] = [u, hostOf(u)];
    const host = lastHost;
    if (host !== null) out.push(host, host.split(".")[0] ?? host);
  }
  return out.filter((h) => h.length >= 3);
}

/** The site name a `<title>` ends with ("Headline - Sputnik Arabic"), when the rest is the headline. */
function titleSuffix(title: string, headline: string): string | null {
  const m = /^(.{4,}?)\s(?:\||–|—|-|·|::|»)\s([^|–—·»]{2,40})$/u.exec(title.trim());
  if (!m || !sameTitle(m[1] ?? "", headline)) return null;
  const suffix = (m[2] ?? "").trim();
  return suffix.split(/\s+/u).length <= 4 ? suffix : null;
}


/** A dateline written into a labelled field ("(أبوظبي - البيان)" copied into meta author). */
function labelledDateline(meta: MetaMap): { dateline: Dateline; from: string } | null {
  const m = firstMeta(meta, ["author", "source", "dc:source"]);
  if (!m || !/^\s*\(/u.test(m.value)) return null;
  const read = readDateline(`${m.value} \u2026`);
  return read ? { dateline: read.dateline, from: `meta:${m.key}` } : null;
}

/**
 * Reads the page's metadata: JSON-LD (article objects in `@graph` and arrays, `@id` references),
 * OpenGraph, twitter:, `<meta name>` conventions (author, byl, parsely-*, sailthru.*, dc.*),
 * microdata, `rel=author`, `rel=canonical`, `<html lang dir>`, and the visible `<h1>` and byline.
 * Every field is null when the page does not give it; `provenance` names each value's source.
 * Malformed metadata gives an `invalid-metadata` warning; never throws.
 */
export function readMetadata(doc: HtmlDocument): PageMetadata {
  const warnings: Warning[] = [];
  const provenance: Record<string, string> = {};
  try {
    return read(doc, warnings, provenance);
  } catch (error) {
    warnings.push(warning("invalid-metadata", "The page metadata could not be read.", String(error).slice(0, 200)));
    return emptyMetadata(warnings);
  }
}

function emptyMetadata(warnings: Warning[]): PageMetadata {
  return {
    headline: null, subheadline: null, byline: null, bylineLocation: null, bylineText: null, published: null, modified: null,
    language: null, direction: null, site: { name: null, url: null }, section: null, tags: [], canonicalUrl: null, image: null,
    articleBody: null, dateline: null, provenance: {}, warnings,
  };
}

function read(doc: HtmlDocument, warnings: Warning[], provenance: Record<string, string>): PageMetadata {
  const { dom } = doc;
  const ld = readJsonLd(dom);
  warnings.push(...ld.warnings);
  const meta = readMetaTags(dom);
  const note = (field: string, from: string | null, value: unknown) => {
    if (from && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) provenance[field] = from;
  };

  const site = readSite(doc, ld, meta);
  note("site", site.nameFrom, site.site.name);
  note("section", site.sectionFrom, site.section);
  note("tags", site.tagsFrom, site.tags);
  note("canonicalUrl", site.canonicalFrom, site.canonicalUrl);
  // The site's Twitter handle names the outlet too ("@LBCI" → "LBCI" is not an author).
  const handle = firstMeta(meta, ["twitter:site"])?.value.replace(/^@/u, "") ?? null;
  const siteNames = [site.site.name, ...hostNames(doc, site.canonicalUrl), handle].filter((n): n is string => !!n);

  const h1Elements = select(dom, "h1", "h1").slice(0, W.maxH1);
  const h1Texts = h1Elements.map((el) => textOf(el, W.maxHeadlineChars + 1));
  const head = chooseHeadline(titleCandidates(doc, ld, meta), h1Texts, siteNames);
  note("headline", head.from, head.headline);
  const h1 = head.headline ? (h1Elements.find((_, i) => h1Texts[i] && sameTitle(h1Texts[i] ?? "", head.headline ?? "")) ?? null) : null;

  if (!site.site.name && head.headline) {
    const suffix = titleSuffix(textOf(selectFirst(dom, "title", "title"), W.maxHeadlineChars * 2), head.headline);
    if (suffix) {
      site.site.name = suffix;
      note("site", "title:suffix", suffix);
    }
  }
  // A tag that is the site's name or the headline is not a topic.
  const noTag = new Set([site.site.name, head.headline].filter((x): x is string => !!x).map(titleKey));
  const tags = site.tags.filter((t) => !noTag.has(titleKey(t)));
  if (tags.length === 0) delete provenance.tags;

  if (!site.section) {
    site.section = sectionNearHeadline(dom, h1 as Element | null);
    note("section", "link:section", site.section);
  }

  const description = firstMeta(meta, ["og:description", "description", "twitter:description"])?.value ?? null;
  const subheadline = readStandfirst(h1 as Element | null, head.headline, description);
  note("subheadline", subheadline ? "standfirst" : null, subheadline);

  // The section label often sits where a byline would ("منوعات" in the author box): not a person either.
  const notPeople = site.section ? [...siteNames, site.section] : siteNames;
  const authors = readAuthors(doc, ld, meta, notPeople, h1 as Element | null);
  if (!authors.byline) {
    // Some CMSs fill the description with the body's first line, and that line is the byline ("حوار: آسيا العتروس").
    const plain = firstMeta(meta, ["description"])?.value ?? "";
    if (plain && looksLikeByline(plain)) {
      const read = readBylineOnPage(plain, siteNames);
      if (read.byline) [authors.byline, authors.bylineText, authors.location, authors.from] = [read.byline, plain, read.location, "meta:description"];
    }
  }
  note("byline", authors.from, authors.byline);
  note("bylineLocation", authors.location ? "byline" : null, authors.location);

  const dates = readMetadataDates(dom, ld, meta);
  note("published", dates.publishedFrom, dates.published);
  note("modified", dates.modifiedFrom, dates.modified);

  const lang = readLanguage(dom, meta, str(ld.article?.inLanguage), h1 as Element | null);
  if (!lang.language) {
    // No declared language: tell it from the headline and description, which are the article's own words.
    const detected = detectLanguage([head.headline, description].filter(Boolean).join(" "));
    if (detected) {
      lang.language = detected;
      lang.languageFrom = "detected:headline";
      if (!lang.direction) [lang.direction, lang.directionFrom] = [directionOf(detected), "language"];
    }
  }
  note("language", lang.languageFrom, lang.language);
  note("direction", lang.directionFrom, lang.direction);

  const image = readImage(doc, ld, meta, head.headline);
  note("image", image.from, image.image);

  const body = str(ld.article?.articleBody);
  note("articleBody", body ? "json-ld:articleBody" : null, body);

  const dateline = labelledDateline(meta);
  note("dateline", dateline?.from ?? null, dateline?.dateline);

  return {
    headline: head.headline,
    subheadline,
    byline: authors.byline,
    bylineLocation: authors.location,
    bylineText: authors.bylineText,
    published: dates.published,
    modified: dates.modified,
    language: lang.language,
    direction: lang.direction,
    site: site.site,
    section: site.section,
    tags,
    canonicalUrl: site.canonicalUrl,
    image: image.image,
    articleBody: typeof ld.article?.articleBody === "string" ? ld.article.articleBody.trim() || null : null,
    dateline: dateline?.dateline ?? null,
    provenance,
    warnings,
  };
}
