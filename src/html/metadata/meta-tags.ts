import type { DomPage } from "../dom-page.js";
import { clean } from "./text.js";
import { metadataScan } from "./scan.js";
import { allMatches } from "../query.js";

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

/** Attributes that name a `<meta>`'s content, in the order they are read; other elements (RDFa) only use `property`. */
const META_NAMES: readonly string[] = ["property", "name", "itemprop", "http-equiv"];
const RDFA_NAMES: readonly string[] = ["property"];

function add(map: MetaMap, name: string, content: string): void {
  if (!name) return;
  const key = metaKey(name);
  const list = map.get(key);
  if (list) list.push(content);
  else map.set(key, [content]);
}

/** Reads every `<meta>` with a `content` into a `MetaMap`. */
export function readMetaTags(dom: DomPage): MetaMap {
  const map: MetaMap = new Map();
  // RDFa puts machine values on any element ("<span property=\"dc:date\" content=\"…\">").
  const metas = allMatches(metadataScan(dom).content, "meta[content], [property][content]").slice(0, MAX_META);
  for (const el of metas) {
    const raw = el.attribs.content ?? "";
    const content = clean(raw.includes("&") ? raw.replace(/&nbsp;/giu, " ") : raw);
    if (!content) continue;
    for (const attr of el.name === "meta" ? META_NAMES : RDFA_NAMES) {
      const names = el.attribs[attr];
      if (!names) continue;
      // Nearly every name is one word: it is split (an array built) only when it holds a space.
      if (!/\s/u.test(names)) add(map, names, content);
      else for (const name of names.split(/\s+/u)) add(map, name, content);
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
