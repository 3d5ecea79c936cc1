import type { CheerioAPI } from "cheerio/slim";
import { clean } from "./text.js";
import { hasAttr, select } from "../query.js";

/**
 * `<meta>` tags of the page as a lookup: each `name`, `property`, `itemprop` and `http-equiv`
 * (space-separated lists split) maps to the contents given under it, in page order. Keys are
 * lower case; Dublin Core spellings (`DC.title`, `dcterms:title`) fold to `dc:title`.
 */
export type MetaMap = Map<string, string[]>;

/** Most meta tags read: pages with more are generated junk. */
const MAX_META = 2_000;

/** The lookup key of a meta name: lower case, Dublin Core prefixes folded. */
export function metaKey(name: string): string {
  return name.trim().toLowerCase().replace(/^(?:dc|dcterms)[.:]/u, "dc:");
}

/** Reads every `<meta>` with a `content` into a `MetaMap`. */
export function readMetaTags($: CheerioAPI): MetaMap {
  const map: MetaMap = new Map();
  // RDFa puts machine values on any element ("<span property=\"dc:date\" content=\"…\">").
  const metas = select($, "meta[content], [property][content]", hasAttr("content")).slice(0, MAX_META);
  for (const el of metas) {
    const content = clean((el.attribs.content ?? "").replace(/&nbsp;/giu, " "));
    if (!content) continue;
    const attrs = el.name === "meta" ? ["property", "name", "itemprop", "http-equiv"] : ["property"];
    for (const attr of attrs) {
      const names = el.attribs[attr];
      if (!names) continue;
      for (const name of names.split(/\s+/u)) {
        if (!name) continue;
        const key = metaKey(name);
        const list = map.get(key);
        if (list) list.push(content);
        else map.set(key, [content]);
      }
    }
  }
  return map;
}

/** The first value found under any of `keys`, tried in order, with the key that gave it. */
export function firstMeta(map: MetaMap, keys: readonly string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const value = map.get(key)?.[0];
    if (value) return { value, key };
  }
  return null;
}
