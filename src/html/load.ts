import { DomPage } from "./dom-page.js";
import { limitNesting, MAX_DEPTH } from "./depth.js";
import { adoptElements, selectFirst } from "./query.js";
import { buildTree, type BuiltTree } from "./tree-builder.js";
import { PageCache } from "../language/page-cache.js";

/** The page, parsed once (htmlparser2's tree, built by tree-builder.ts) and shared by every HTML stage. */
export interface HtmlDocument {
  /** The parsed tree, with what the stages derive from it once. */
  dom: DomPage;
  /** The URL links resolve against: `options.url`, else `<base href>`, else the canonical URL; null when none. */
  baseUrl: string | null;
  /** The URL the caller gave, if any. */
  url: string | null;
  /** True when the tree was deeper than `MAX_DEPTH` and was built again from the page with its deepest tags dropped. */
  depthLimited: boolean;
}

/** Base URLs whose resolved addresses are kept at once (one per page in practice). */
const RESOLVED_BASES_MAX = 16;
/** Addresses kept per base before that base's map starts over (a page of thousands of links). */
const RESOLVED_PER_BASE_MAX = 1_000;
/**
 * Addresses already resolved on this page, per base ("" for none): a page resolves the same few
 * again (its canonical and og:url, one image under three names, an author link per mention), and
 * each `new URL` cost about 4.5 µs inside a parse (13 per benchmark page, 8.4 of them distinct).
 */
const RESOLVED = new PageCache<string, Map<string, string | null>>(RESOLVED_BASES_MAX);

function absoluteHttp(href: string | undefined, base?: string | null): string | null {
  if (!href) return null;
  const key = base ?? "";
  let known = RESOLVED.get(key);
  if (known === undefined || known.size >= RESOLVED_PER_BASE_MAX) RESOLVED.set(key, (known = new Map()));
  let url = known.get(href);
  if (url === undefined) {
    url = resolveNow(href, base);
    known.set(href, url);
  }
  return url;
}

function resolveNow(href: string, base?: string | null): string | null {
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
 * Parses `html` once. Scripts are never run and nothing is fetched. The tree is the one cheerio's
 * `load(html)` builds, built faster (see tree-builder.ts), and without cheerio's wrapper, which kept
 * every page's tree alive past its page (see dom-page.ts).
 */
export function loadHtml(html: string, url: string | null = null): HtmlDocument {
  const { parsed, depthLimited } = parseGuarded(html);
  const dom = new DomPage(parsed.root);
  adoptElements(dom, parsed.elements, parsed.byTag);
  const pageUrl = absoluteHttp(url ?? undefined);
  const baseHref = selectFirst(dom, "base[href]", "base")?.attribs.href;
  const canonical = selectFirst(dom, 'link[rel~="canonical"][href]', "link")?.attribs.href;
  const baseUrl =
    absoluteHttp(baseHref, pageUrl) ?? pageUrl ?? absoluteHttp(canonical) ?? null;
  return { dom, baseUrl, url: pageUrl, depthLimited };
}

/**
 * The page's tree, within the nesting guard (depth.ts). The parse stops as soon as the tree would be
 * deeper than `MAX_DEPTH` (a hundred thousand nested elements also make the collector slow); the page
 * is then built again with its deepest tags dropped. Tags the parser closes by implication (a
 * thousand unclosed `<p>` or `<li>`) count for the guard's tag reading but make no deep tree, so a
 * page is guarded only when its tree is deep.
 */
function parseGuarded(html: string): { parsed: BuiltTree; depthLimited: boolean } {
  const parsed = buildTree(html, MAX_DEPTH);
  if (parsed) return { parsed, depthLimited: false };
  const limited = limitNesting(html);
  // (A deep page of fewer tags than the guard scans, or of tags its reading does not take, is kept whole.)
  return { parsed: buildTree(limited.html), depthLimited: limited.limited };
}

/** Resolves `href` against the document's base; only http(s) URLs come back (javascript:, data: … give null). */
export function resolveUrl(doc: HtmlDocument, href: string | undefined | null): string | null {
  return absoluteHttp(href ?? undefined, doc.baseUrl);
}
