import type { Site } from "../../model/index.js";
import { resolveUrl, type HtmlDocument } from "../load.js";
import { findByType, resolveRef, type JsonLd, type LdNode } from "./jsonld.js";
import { firstMeta, type MetaMap } from "./meta-tags.js";
import { clean, decodeEntities, textOf } from "./text.js";
import { METADATA_WEIGHTS as W } from "./weights.js";
import { firstMatch, selectFirst } from "../query.js";
import { metadataScan } from "./scan.js";
import { SITE_WIDE_KEYWORDS } from "./data/site-keywords.js";
import { normalizeForMatch } from "../../language/normalize.js";

/** Keywords that mark a keywords list as site-wide (see data/site-keywords.ts). */
const SITE_WIDE_KEYS: ReadonlySet<string> = new Set(SITE_WIDE_KEYWORDS.map((k) => normalizeForMatch(k)));

export interface SiteRead {
  site: Site;
  nameFrom: string | null;
  section: string | null;
  sectionFrom: string | null;
  tags: string[];
  tagsFrom: string | null;
  canonicalUrl: string | null;
  canonicalFrom: string | null;
}

function str(v: unknown): string | null {
  if (typeof v === "string") return clean(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function origin(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin + "/";
  } catch {
    return null;
  }
}

/** Splits a keyword list ("a, b; c" or an array) into distinct tags. */
function splitTags(values: readonly unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const parts = typeof v === "string" ? v.split(/[,،;]/u) : [];
    for (const p of parts) {
      const t = clean(p);
      if (!t || t.length > 80 || seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      out.push(t);
      if (out.length >= W.maxTags) return out;
    }
  }
  return out;
}

/**
 * Site name (og:site_name, JSON-LD publisher, application-name, WebSite), site URL, section
 * (article:section, JSON-LD articleSection, parsely/sailthru), tags (article:tag, JSON-LD keywords,
 * parsely-tags, news_keywords) and canonical URL (link rel=canonical, og:url, JSON-LD url).
 */
export function readSite(doc: HtmlDocument, ld: JsonLd, meta: MetaMap): SiteRead {
  const { dom } = doc;
  const article = ld.article;
  const publisher = article ? (resolveRef(ld, article.publisher) as LdNode | undefined) : undefined;
  const pub = publisher && typeof publisher === "object" && !Array.isArray(publisher) ? publisher : null;
  const website = findByType(ld, ["website"]);
  let name: string | null = null;
  let nameFrom: string | null = null;
  const og = firstMeta(meta, ["og:site_name"]);
  if (og) [name, nameFrom] = [og.value, "meta:og:site_name"];
  else if (str(pub?.name)) [name, nameFrom] = [str(pub?.name), "json-ld:publisher"];
  else {
    const app = firstMeta(meta, ["application-name", "apple-mobile-web-app-title", "al:ios:app_name", "twitter:app:name:iphone"]);
    if (app) [name, nameFrom] = [app.value, `meta:${app.key}`];
    else if (str(website?.name)) [name, nameFrom] = [str(website?.name), "json-ld:WebSite"];
  }
  // "Aktuálně.cz - Víte, co se právě děje": a tagline after the name, when the publisher's own name is the first part.
  const pubName = str(pub?.name) ?? str(website?.name);
  if (name && pubName && name !== pubName && name.startsWith(pubName) && /^\s[-–—|:]\s/u.test(name.slice(pubName.length))) name = pubName;
  if (name && name.length > W.maxSiteNameChars) [name, nameFrom] = [null, null];

  let canonicalUrl: string | null = null;
  let canonicalFrom: string | null = null;
  const link = resolveUrl(doc, selectFirst(dom, 'link[rel~="canonical" i][href]', "link")?.attribs.href);
  const ogUrl = firstMeta(meta, ["og:url", "parsely-link", "twitter:url"]);
  // Each URL is resolved once (a `new URL` each): the test and the value are the same call.
  const ogResolved = !link && ogUrl ? resolveUrl(doc, ogUrl.value) : null;
  if (link) [canonicalUrl, canonicalFrom] = [link, "link:canonical"];
  else if (ogUrl && ogResolved) [canonicalUrl, canonicalFrom] = [ogResolved, `meta:${ogUrl.key}`];
  else if (article && resolveUrl(doc, str(article.url) ?? str(resolveRef(ld, article.mainEntityOfPage)))) {
    // The value skips resolveRef, unlike the test: kept as it was (an `@id` object gives null here).
    [canonicalUrl, canonicalFrom] = [resolveUrl(doc, str(article.url) ?? str(article.mainEntityOfPage)), "json-ld:url"];
  }
  const siteUrl = resolveUrl(doc, str(pub?.url) ?? str(website?.url)) ?? origin(canonicalUrl ?? doc.url ?? doc.baseUrl);

  let section: string | null = null;
  let sectionFrom: string | null = null;
  const metaSection = firstMeta(meta, ["article:section", "og:article:section", "parsely-section", "sailthru.section", "section", "category", "dc:subject", "articlesection"]);
  const ldSection = str(article?.articleSection);
  if (metaSection) [section, sectionFrom] = [sectionName(metaSection.value), `meta:${metaSection.key}`];
  else if (ldSection) [section, sectionFrom] = [ldSection, "json-ld:articleSection"];
  else {
    const micro = firstMatch(metadataScan(dom).itemprop, '[itemprop~="articleSection"]:not(meta)');
    const text = micro ? textOf(micro, 200) : "";
    if (text && text.length <= 80) [section, sectionFrom] = [text, "microdata:articleSection"];
  }

  let tags: string[] = [];
  let tagsFrom: string | null = null;
  const tagSources: Array<[string, readonly unknown[]]> = [
    ["meta:article:tag", meta.get("article:tag") ?? []],
    ["json-ld:keywords", Array.isArray(article?.keywords) ? (article?.keywords as unknown[]) : [article?.keywords]],
    ["meta:parsely-tags", meta.get("parsely-tags") ?? []],
    ["meta:news_keywords", meta.get("news_keywords") ?? []],
    ["meta:sailthru.tags", meta.get("sailthru.tags") ?? []],
    ["meta:keywords", meta.get("keywords") ?? []],
  ];
  for (const [from, values] of tagSources) {
    const list = splitTags(values);
    if (from === "meta:keywords" && list.some((tag) => SITE_WIDE_KEYS.has(normalizeForMatch(tag)))) continue;
    if (list.length) {
      [tags, tagsFrom] = [list, from];
      break;
    }
  }
  return { site: { name, url: siteUrl }, nameFrom, section, sectionFrom, tags, tagsFrom, canonicalUrl, canonicalFrom };
}

/**
 * A section given as a site path ("/world/middle_east", as some CMSs fill `<meta name="section">`) names
 * its top level ("World"); any other value is kept as written.
 */
function sectionName(value: string): string {
  if (!value.startsWith("/")) return value;
  const top = value.split("/").find((part) => part.trim() !== "");
  if (!top) return value;
  const words = top.replace(/[-_]+/gu, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
