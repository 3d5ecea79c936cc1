import type { Element } from "domhandler";
import type { DomPage } from "../../html/dom-page.js";
import { allElements } from "../../html/query.js";
import { ATTRIBUTE_BIT, attributeBits } from "../../html/node-slots.js";

/**
 * Everything the date strategy needs from the page, gathered in one pass over the page's element
 * list (listed once, iteratively, and shared with the metadata stage). Cheerio selectors are not
 * used on purpose: on pages nested 100,000 levels deep they take time that grows with the square of
 * the depth; this pass is linear whatever the nesting.
 */
export interface PageIndex {
  /** Text of the JSON-LD scripts. */
  jsonLd: string[];
  /** `<meta>` elements, and elements with a date `itemprop` or an RDFa `property` + `content`. */
  metas: Element[];
  body: Element | null;
  /** The first `<h1>`. */
  h1: Element | null;
  /** `<html lang>`, else og:locale, else the content-language header; lower case, "_" → "-". */
  lang: string | undefined;
  /** The canonical link, else og:url. */
  canonical: string | null;
}

/** Elements visited at most (a page beyond this is read in part). */
export const MAX_INDEXED_ELEMENTS = 300_000;
const DATE_ITEMPROPS = new Set(["datepublished", "datemodified", "datecreated"]);
const JSON_LD_TYPES = new Set(["application/ld+json", "application/json+ld"]);
/** The attributes that make an element other than `<meta>` a date meta: microdata `itemprop`, RDFa `property`. */
const ITEMPROP_OR_PROPERTY = ATTRIBUTE_BIT.itemprop | ATTRIBUTE_BIT.property;

function scriptText(el: Element): string {
  let out = "";
  for (const c of el.children) if ("data" in c && typeof c.data === "string") out += c.data;
  return out;
}

/** Indexes the document's elements once. */
export function indexPage(dom: DomPage): PageIndex {
  const index: PageIndex = { jsonLd: [], metas: [], body: null, h1: null, lang: undefined, canonical: null };
  let ogLocale: string | undefined;
  let contentLanguage: string | undefined;
  let ogUrl: string | null = null;
  // The page's element list (document order), shared with the metadata stage: no walk of its own.
  const elements = allElements(dom);
  const count = Math.min(elements.length, MAX_INDEXED_ELEMENTS);
  for (let e = 0; e < count; e++) {
    const node = elements[e] as Element;
    const a = node.attribs;
    switch (node.name) {
      case "html":
        if (index.lang === undefined && a.lang) index.lang = a.lang;
        break;
      case "body":
        index.body ??= node;
        break;
      case "h1":
        index.h1 ??= node;
        break;
      case "script":
        if (JSON_LD_TYPES.has((a.type ?? "").trim().toLowerCase())) index.jsonLd.push(scriptText(node));
        break;
      case "link":
        if (index.canonical === null && /(?:^|\s)canonical(?:\s|$)/iu.test(a.rel ?? "") && a.href) index.canonical = a.href;
        break;
      case "meta": {
        index.metas.push(node);
        const p = (a.property ?? a.name ?? "").toLowerCase();
        if (p === "og:locale") ogLocale ??= a.content;
        else if (p === "og:url") ogUrl ??= a.content ?? null;
        else if ((a["http-equiv"] ?? "").toLowerCase() === "content-language") contentLanguage ??= a.content;
        break;
      }
      default:
        // Most elements have neither attribute, as the bits the parser recorded tell (html/node-slots.ts).
        if (attributeBits(node) & ITEMPROP_OR_PROPERTY && ((a.itemprop && DATE_ITEMPROPS.has(a.itemprop.toLowerCase())) || (a.property && a.content !== undefined))) index.metas.push(node);
    }
  }
  const lang = index.lang ?? ogLocale ?? contentLanguage;
  index.lang = lang ? lang.trim().replace("_", "-").toLowerCase() : undefined;
  index.canonical ??= ogUrl;
  return index;
}
