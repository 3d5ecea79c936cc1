import type { Element } from "domhandler";
import type { Byline, Person } from "../../model/index.js";
import { readBylineOnPage } from "./byline-reads.js";
import { normalizeForMatch } from "../../language/normalize.js";
import { resolveUrl, type HtmlDocument } from "../load.js";
import { resolveRef, typesOf, type JsonLd, type LdNode } from "./jsonld.js";
import type { MetaMap } from "./meta-tags.js";
import { decodeEntities } from "./text.js";
import { ORGANIZATION_TYPES } from "./data/schema-types.js";
import { visibleBylines, type VisibleByline } from "./visible-bylines.js";
import { allElements } from "../query.js";

/** Meta names that carry the author, best first. */
const AUTHOR_META: readonly string[] = [
  "dc:creator", "author", "parsely-author", "sailthru.author", "byl", "article:author", "article:author_name", "cxenseparse:author",
  "citation_author", "twitter:creator:name",
];

export interface AuthorsRead {
  byline: Byline | null;
  /** The visible byline element's text, exactly as shown, for the content stage to leave out. */
  bylineText: string | null;
  location: string | null;
  from: string | null;
}

function asText(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return asText(v[0]);
  if (v && typeof v === "object" && typeof (v as LdNode)["@value"] === "string") return asText((v as LdNode)["@value"]);
  return null;
}

function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\//iu.test(text);
}

/** People named by the JSON-LD article's `author` (or `creator`): strings, Person objects, arrays, @id references. */
function ldPeople(ld: JsonLd, doc: HtmlDocument, exclude: readonly string[]): Person[] {
  const node = ld.article;
  if (!node) return [];
  const raw = node.author ?? node.creator;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const people: Person[] = [];
  for (const item of list.slice(0, 30)) {
    const value = resolveRef(ld, item);
    if (typeof value === "string") {
      // Entities left in JSON-LD ("Redacci&oacute;n") are decoded first: the byline reader splits at "&".
      const text = decodeEntities(value).trim();
      if (isHandle(text)) people.push({ name: text, url: null, role: null });
      else if (!isUrl(text)) people.push(...(readBylineOnPage(text, exclude).byline?.authors ?? []));
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const obj = value as LdNode;
    if (typesOf(obj).some((t) => ORGANIZATION_TYPES.includes(t))) continue;
    let name = asText(obj.name);
    if (!name) {
      const given = asText(obj.givenName);
      const family = asText(obj.familyName);
      name = [given, family].filter(Boolean).join(" ") || null;
    }
    if (!name || isUrl(name)) continue;
    const read = readBylineOnPage(name, exclude).byline?.authors[0];
    if (!read) continue;
    const url = asText(obj.url) ?? asText(obj.sameAs);
    // A user name keeps its digits ("CC7567"); the byline reader would cut them as a date.
    people.push({ name: isHandle(name) ? name : read.name, url: url ? resolveUrl(doc, url) : null, role: asText(obj.jobTitle) ?? read.role });
  }
  return people;
}

/**
 * Regexes with `\p{…}` outside brackets are module constants: esbuild (tsx and the build) turns such
 * a literal into `new RegExp(…)`, which inside a function is built again on every call.
 */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const DIGIT = /\p{N}/u;

/** An acronym ("LBCI", "AFP"): an outlet's name, never how a person signs. */
function isAcronym(name: string): boolean {
  return ACRONYM.test(name.trim());
}

/** People named in `<meta name="author">` and its kin. */
function metaPeople(meta: MetaMap, exclude: readonly string[]): { people: Person[]; key: string | null; raw: string | null } {
  for (const key of AUTHOR_META) {
    // "(أبوظبي - البيان)": a bracketed dateline copied into the author field is not a byline.
    const values = (meta.get(key) ?? []).filter((v) => !isUrl(v) && !v.startsWith("@") && !v.startsWith("("));
    if (values.length === 0) continue;
    const people: Person[] = [];
    for (const v of values.slice(0, 20)) people.push(...(readBylineOnPage(v, exclude).byline?.authors ?? []).filter((p) => !isAcronym(p.name)));
    if (people.length) return { people, key, raw: values.join(", ") };
  }
  return { people: [], key: null, raw: null };
}

function key(name: string): string {
  return normalizeForMatch(name);
}

function overlaps(a: readonly Person[], b: readonly Person[]): boolean {
  const keys = new Set(a.map((p) => key(p.name)));
  return b.some((p) => keys.has(key(p.name)) || [...keys].some((k) => k.includes(key(p.name)) || key(p.name).includes(k)));
}

/**
 * Reads the authors: JSON-LD first, then `<meta>` author names, then visible byline elements.
 * Outlet and agency names are not people. `bylineText` is the visible byline element that names
 * the same people (or, without metadata, the first visible byline), as shown.
 */
export function readAuthors(doc: HtmlDocument, ld: JsonLd, meta: MetaMap, siteNames: readonly string[], h1: Element | null = null): AuthorsRead {
  const exclude = siteNames;
  const fromLd = ldPeople(ld, doc, exclude);
  const fromMeta = fromLd.length ? null : metaPeople(meta, exclude);
  const people = fromLd.length ? fromLd : (fromMeta?.people ?? []);
  const from = fromLd.length ? "json-ld:author" : fromMeta?.key ? `meta:${fromMeta.key}` : null;
  let visible = visibleBylines(doc, exclude);
  if (visible.length === 0) visible = visibleBylines(doc, exclude, true);
  if (h1 && !people.length) visible = afterHeadline(doc, visible, h1);
  // The visible element naming the metadata's people; the outermost such element holds the whole line.
  let shown = people.length ? visible.find((v) => overlaps(people, v.people)) : visible[0];
  if (shown) {
    for (const v of visible) {
      if (v !== shown && v.el !== shown.el && $contains(v.el, shown.el) && overlaps(shown.people, v.people)) shown = v;
    }
  }
  // A user handle in the metadata ("CC7567") and a visible byline linking to that user's profile
  // under a display name ("James Akinaka"): the shown name wins. Elements repeating the handle do not count.
  const handle = fromLd.length === 1 && isHandle(fromLd[0]?.name ?? "") ? (fromLd[0]?.name ?? "") : null;
  if (handle) {
    const display = visible.find((v) => v.people.length === 1 && !v.text.includes(handle) && (v.people[0]?.url ?? "").includes(handle));
    if (display) {
      people.splice(0, people.length, ...display.people);
      shown = display;
    }
  }
  const bylineText = shown ? shown.text.replaceAll("\n", " ") : null;
  const location = shown?.location ?? null;
  if (people.length) {
    // Profile links from the visible byline fill in what the metadata lacks.
    for (const p of people) {
      if (p.url) continue;
      const twin = shown?.people.find((q) => key(q.name) === key(p.name));
      if (twin?.url) p.url = twin.url;
    }
    const raw = bylineText ?? (fromMeta?.raw ?? people.map((p) => p.name).join(", "));
    return { byline: { raw, authors: dedupe(people) }, bylineText, location, from };
  }
  if (shown) return { byline: { raw: bylineText ?? shown.text, authors: dedupe(shown.people) }, bylineText, location, from: "byline-element" };
  return { byline: null, bylineText: null, location: null, from: null };
}

/** A user name rather than a person's name: one word with digits ("CC7567", "jdoe42"). */
function isHandle(name: string): boolean {
  return !/\s/u.test(name) && DIGIT.test(name);
}

/**
 * Reorders visible bylines so those after the headline come first, nearest first; bylines before
 * it (site headers, other stories) follow. Positions are ranks in the page's element list (in
 * document order, listed once per page): a handful of `indexOf` over it instead of a walk of
 * every node of the document.
 */
function afterHeadline(doc: HtmlDocument, visible: VisibleByline[], h1: Element): VisibleByline[] {
  if (visible.length < 2) return visible;
  const all = allElements(doc.dom);
  const order = new Map<Element, number>();
  for (const el of [h1, ...visible.map((v) => v.el)]) {
    const i = order.has(el) ? -1 : all.indexOf(el);
    if (i >= 0) order.set(el, i);
  }
  const at = order.get(h1) ?? -1;
  const pos = (v: VisibleByline) => order.get(v.el) ?? Number.MAX_SAFE_INTEGER;
  const after = visible.filter((v) => pos(v) > at).sort((a, b) => pos(a) - pos(b));
  const before = visible.filter((v) => pos(v) <= at);
  return [...after, ...before];
}

function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const k = key(p.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** True when `outer` is an ancestor of `inner` (iterative walk up). */
function $contains(outer: Element, inner: Element): boolean {
  let node = inner.parent;
  let steps = 0;
  while (node && steps++ < 100_000) {
    if (node === outer) return true;
    node = node.parent;
  }
  return false;
}
