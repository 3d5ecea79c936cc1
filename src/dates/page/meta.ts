import type { Element } from "domhandler";
import { MODIFIED_META, PUBLISHED_META } from "../data/meta.js";
import { textOf } from "./dom.js";
import { readDateValue } from "./read-value.js";
import type { Candidate } from "./types.js";

const PUBLISHED_RANK = new Map(PUBLISHED_META.map((n, i) => [n, i]));
const MODIFIED_RANK = new Map(MODIFIED_META.map((n, i) => [n, i]));
/** `<meta>` elements read at most: a page with more is not reading them for dates. */
const MAX_META = 2000;
/** Text read from an itemprop element that has no machine value. */
const MAX_TEXT = 120;
const MAX_TEXT_NODES = 300;
/**
 * Names not in the lists that still look like a publication date ("five_hundred_pixels:uploaded",
 * "article:post_time"): taken after every listed name, and only with an ISO value.
 */
const LOOKS_PUBLISHED = /publish|pubdate|upload|creat|posted|(?:^|[:._-])date(?:$|[:._-])/u;
const NOT_PUBLISHED = /modif|updat|expir|birth|valid|event|end|start|copyright|revis|print|embargo/u;
const ISO_LIKE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/u;
const GENERIC_RANK = 10_000;

/**
 * Dates from `<meta>` (and microdata `itemprop` on any element, with `content` or `datetime`),
 * best name first. A value that is not ISO is read by parseNewsDate, not dropped.
 */
export function metaDates(elements: readonly Element[], lang: string | undefined): Candidate[] {
  const found: (Candidate & { rank: number })[] = [];
  for (const el of elements.slice(0, MAX_META)) {
    const attrs = el.attribs;
    // RDFa writes Dublin Core as "dc:date", "dcterms:modified"; the lists use the dotted form.
    const name = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs["http-equiv"] ?? "").trim().toLowerCase().replace(/^(dc|dcterms):/u, "$1.");
    if (name === "") continue;
    // An itemprop element without content/datetime gives its (short) text.
    const value = attrs.content ?? attrs.datetime ?? attrs.value ?? (el.name === "meta" ? undefined : textOf(el, MAX_TEXT, MAX_TEXT_NODES));
    const p = PUBLISHED_RANK.get(name);
    const m = MODIFIED_RANK.get(name);
    if (p === undefined && m === undefined) {
      if (el.name !== "meta" || !LOOKS_PUBLISHED.test(name) || NOT_PUBLISHED.test(name) || !ISO_LIKE.test(value?.trim() ?? "")) continue;
      const date = readDateValue(value, lang);
      if (date) found.push({ date, source: `meta:${name}`, kind: "published", rank: GENERIC_RANK });
      continue;
    }
    const date = readDateValue(value, lang);
    if (!date) continue;
    const tag = el.name === "meta" ? "meta" : attrs.itemprop !== undefined ? "microdata" : "rdfa";
    if (p !== undefined) found.push({ date, source: `${tag}:${name}`, kind: "published", rank: p });
    else found.push({ date, source: `${tag}:${name}`, kind: "modified", rank: m! });
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ date, source, kind }) => ({ date, source, kind }));
}
