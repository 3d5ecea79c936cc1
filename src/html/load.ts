import { load } from "cheerio/slim";
import type { CheerioAPI } from "cheerio/slim";
import { limitNesting } from "./depth.js";
import { selectFirst } from "./query.js";
import { decodeReferences } from "./entities.js";

/** The page, parsed once (cheerio/slim on htmlparser2) and shared by every HTML stage. */
export interface HtmlDocument {
  $: CheerioAPI;
  /** The URL links resolve against: `options.url`, else `<base href>`, else the canonical URL; null when none. */
  baseUrl: string | null;
  /** The URL the caller gave, if any. */
  url: string | null;
  /** True when markup nested deeper than `MAX_DEPTH` was flattened before parsing. */
  depthLimited: boolean;
}

function absoluteHttp(href: string | undefined, base?: string | null): string | null {
  if (!href) return null;
  // Pages that escape twice leave "&amp;" in attribute values ("…?a=1&amp;width=750").
  const value = href.trim().replace(/&amp;/gi, "&");
  try {
    const u = base ? new URL(value, base) : new URL(value);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Parses `html` once. Scripts are never run and nothing is fetched. Character references are
 * decoded after the parse (see entities.ts: the tokenizer is faster without them); the tree is the
 * one `load(html)` builds.
 */
export function loadHtml(html: string, url: string | null = null): HtmlDocument {
  const limited = limitNesting(html);
  // HTML rules (xmlMode false): the `xml` object is how cheerio passes options on to htmlparser2.
  const $ = load(limited.html, { xml: { xmlMode: false, decodeEntities: false } });
  const root = $.root()[0];
  if (root) decodeReferences(root);
  const pageUrl = absoluteHttp(url ?? undefined);
  const baseHref = selectFirst($, "base[href]", "base")?.attribs.href;
  const canonical = selectFirst($, 'link[rel~="canonical"][href]', "link")?.attribs.href;
  const baseUrl =
    absoluteHttp(baseHref, pageUrl) ?? pageUrl ?? absoluteHttp(canonical) ?? null;
  return { $, baseUrl, url: pageUrl, depthLimited: limited.limited };
}

/** Resolves `href` against the document's base; only http(s) URLs come back (javascript:, data: … give null). */
export function resolveUrl(doc: HtmlDocument, href: string | undefined | null): string | null {
  return absoluteHttp(href ?? undefined, doc.baseUrl);
}
