import type { Byline, Dateline, Direction, Image, Site, Warning } from "../model/index.js";

/**
 * What the metadata stage reads from a page (JSON-LD, OpenGraph, twitter:, <meta>, microdata,
 * <time>, <html lang dir>). Every field is null when the page does not give it; `provenance` says
 * where each value came from ("json-ld:headline", "meta:og:title", "h1" …).
 */
export interface PageMetadata {
  headline: string | null;
  subheadline: string | null;
  byline: Byline | null;
  /** A city appended to the byline ("حسام أبو العلا - القاهرة"), for the dateline. */
  bylineLocation: string | null;
  /** The byline text exactly as it appears in the page body, so content can leave it out. */
  bylineText: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  direction: Direction | null;
  site: Site;
  section: string | null;
  tags: string[];
  canonicalUrl: string | null;
  image: Image | null;
  /** JSON-LD `articleBody`, when the page has one: a strong hint for the content stage. */
  articleBody: string | null;
  /** A dateline given in a labelled field rather than the body ("المصدر: (أبوظبي - البيان)"). */
  dateline: Dateline | null;
  provenance: Record<string, string>;
  warnings: Warning[];
}

/** What the content stage hands back: the ordered body and what it noticed. */
export interface PageContent {
  blocks: import("../model/index.js").Block[];
  /** `dir` on the body container, when it has one. */
  direction: Direction | null;
  /** The lead image found in the body (a figure before the first paragraph), when the metadata has none. */
  image: Image | null;
  provenance: Record<string, string>;
  warnings: Warning[];
}
