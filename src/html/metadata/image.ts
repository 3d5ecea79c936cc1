import type { Element } from "domhandler";
import type { Image } from "../../model/index.js";
import { captionLabel, splitCredit } from "../../article/credit.js";
import { resolveUrl, type HtmlDocument } from "../load.js";
import { resolveRef, type JsonLd, type LdNode } from "./jsonld.js";
import { firstMeta, type MetaMap } from "./meta-tags.js";
import { clean, textOf } from "./text.js";
import { CREDIT_SELECTORS } from "./data/selectors.js";
import { titleKey } from "./title.js";
import { METADATA_WEIGHTS as W } from "./weights.js";
import { closest, matches, parentElement } from "../query.js";
import { metadataScan } from "./scan.js";
import { allMatches } from "../query.js";
import { firstUnder, someUnder } from "./walk.js";
import { lowerIncludes } from "./lower-includes.js";

export interface ImageRead {
  image: Image | null;
  from: string | null;
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? clean(v) : null;
}

/** The first usable image of a JSON-LD `image` / `thumbnailUrl` value (string, ImageObject, array). */
function ldImage(ld: JsonLd): { url: string; caption: string | null; credit: string | null } | null {
  const node = ld.article;
  if (!node) return null;
  const raw = node.image ?? node.thumbnailUrl;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  for (const item of list.slice(0, 10)) {
    const v = resolveRef(ld, item);
    if (typeof v === "string") return { url: v, caption: null, credit: null };
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as LdNode;
      const url = str(o.url) ?? str(o.contentUrl);
      if (!url) continue;
      const holder = o.copyrightHolder as LdNode | undefined;
      const credit = str(o.creditText) ?? str(o.copyrightNotice) ?? str(holder?.name) ?? str((o.author as LdNode | undefined)?.name);
      return { url, caption: str(o.caption) ?? str(o.description), credit };
    }
  }
  return null;
}

/** The path of an image URL without size suffixes, to find the same picture in the page. */
function imageKey(url: string): string {
  try {
    const path = new URL(url).pathname;
    const file = path.slice(path.lastIndexOf("/") + 1);
    const key = file.replace(/\.[a-z0-9]{2,5}$/iu, "").replace(/[_-]?\d{2,4}x\d{2,4}$/iu, "").toLowerCase();
    // A trailing hash differs between the share image and the page's rendition ("…-Border-f0c62350bd8d9d96").
    const unhashed = key.replace(/[_-][0-9a-f]{8,40}$/u, "");
    return unhashed.length >= 8 ? unhashed : key;
  } catch {
    return "";
  }
}

/** Characters between a caption and its credit ("Text - Credit", "Text | Credit"). */
const SEPARATOR_CHARS = new Set([" ", "\u00a0", "|", "/", "–", "—", "-"]);

/** Drops the given characters from the end (a loop: linear, unlike a `[…]+$` regex). */
function trimEnd(text: string, chars: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && chars.has(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

/** Drops the given characters from the start. */
function trimStart(text: string, chars: ReadonlySet<string>): string {
  let start = 0;
  while (start < text.length && chars.has(text[start] ?? "")) start++;
  return text.slice(start);
}

/** A credit without its brackets and label: "(Bild: Hersteller)" → "Hersteller". */
function cleanCredit(credit: string): string | null {
  let c = credit.trim();
  if (c.startsWith("(") || c.startsWith("[")) c = c.slice(1);
  if (c.endsWith(")") || c.endsWith("]")) c = c.slice(0, -1);
  c = c.trim();
  const label = captionLabel(c);
  if (label) c = c.slice(c.toLowerCase().indexOf(label.toLowerCase()) + label.length);
  c = c.replace(/^\s*(?:©|\(c\))\s*/iu, "").trim();
  return c || null;
}


/** Type selectors ("figcaption", "img, p") are a tag-name test; no selector engine needed. */
const isFigcaption = (el: Element): boolean => el.name === "figcaption";
const isImageOrParagraph = (el: Element): boolean => el.name === "img" || el.name === "p";
const CREDIT = CREDIT_SELECTORS.join(",");
/** Every credit selector tests `class` or `itemprop`: elements with neither never reach the selector engine. */
const isCredit = (el: Element): boolean => (el.attribs.class !== undefined || el.attribs.itemprop !== undefined) && matches(el, CREDIT);

/** Attributes that hold an image's address. */
const SOURCE_ATTRIBUTES: readonly string[] = ["src", "data-src", "srcset", "data-srcset"];

/**
 * Whether one of `img`'s addresses, lower-cased, contains the key (never holds a space, so the
 * addresses are tested one by one). `contains` is {@link lowerIncludes} of the key.
 */
function showsImage(img: Element, contains: (text: string) => boolean): boolean {
  for (const name of SOURCE_ATTRIBUTES) {
    const value = img.attribs[name];
    if (value && contains(value)) return true;
  }
  return false;
}

/** Two letters in a row. A module constant: esbuild turns a `\p{…}` outside brackets into `new RegExp(…)`, built on every call. */
const TWO_LETTERS = /\p{L}{2}/u;

/** Caption and credit from the page's own figure showing the same picture, when it has one. */
function figureCaption(doc: HtmlDocument, url: string, headline: string | null): { caption: string | null; credit: string | null } {
  const { dom } = doc;
  const k = imageKey(url);
  const none = { caption: null, credit: null };
  if (!k || k.length < 4) return none;
  const imgs = allMatches(metadataScan(dom).images, "img, picture source").slice(0, 300);
  const contains = lowerIncludes(k);
  for (const img of imgs) {
    if (!showsImage(img, contains)) continue;
    const figure = closest(img, "figure");
    let container: Element | null = (figure && firstUnder(figure, isFigcaption)) || null;
    if (!container) {
      // No figcaption: the picture's own box, when all it says besides the picture is a short line.
      const parent = parentElement(img);
      const box = parent && (parent.name === "a" || parent.name === "picture" || parent.name === "span") ? parentElement(parent) : parent;
      const text = textOf(box, W.maxContainerCaptionChars + 1);
      if (!text || text.length > W.maxContainerCaptionChars || !box || someUnder(box, isImageOrParagraph, 4).length > 3) continue;
      container = box;
    }
    const creditEl = firstUnder(container, isCredit);
    const creditText = creditEl ? textOf(creditEl) : null;
    let text = textOf(container);
    if (creditText && text.endsWith(creditText)) text = trimEnd(text.slice(0, -creditText.length), SEPARATOR_CHARS);
    else if (creditText && text.startsWith(creditText)) text = trimStart(text.slice(creditText.length), SEPARATOR_CHARS);
    const split = creditText ? { text, credit: creditText } : splitCredit(text);
    let caption = split.text || null;
    let credit = split.credit ? cleanCredit(split.credit) : null;
    // "Foto: LA NACION" alone is a credit, not a caption.
    if (caption && !credit && captionLabel(caption) && caption.length <= 60) [caption, credit] = [null, cleanCredit(caption)];
    // A caption names what the picture shows: it has words, and it is not the page's headline again.
    if (caption && (!TWO_LETTERS.test(caption) || (headline && titleKey(caption).includes(titleKey(headline))))) caption = null;
    return { caption, credit };
  }
  return none;
}

/**
 * The lead image: `og:image`, then JSON-LD `image`, then `twitter:image`, resolved against the
 * page (only http(s) URLs). Caption and credit come from JSON-LD ImageObject, `og:image:alt`, or the
 * page's figure showing the same picture.
 */
export function readImage(doc: HtmlDocument, ld: JsonLd, meta: MetaMap, headline: string | null = null): ImageRead {
  const og = firstMeta(meta, ["og:image:secure_url", "og:image", "og:image:url"]);
  const fromLd = ldImage(ld);
  const tw = firstMeta(meta, ["twitter:image", "twitter:image:src", "parsely-image-url", "thumbnail", "image"]);
  const choices: Array<{ url: string | null; from: string; caption: string | null; credit: string | null }> = [
    { url: og?.value ?? null, from: `meta:${og?.key ?? "og:image"}`, caption: null, credit: null },
    { url: fromLd?.url ?? null, from: "json-ld:image", caption: fromLd?.caption ?? null, credit: fromLd?.credit ?? null },
    { url: tw?.value ?? null, from: `meta:${tw?.key ?? "twitter:image"}`, caption: null, credit: null },
  ];
  for (const c of choices) {
    const url = resolveUrl(doc, c.url);
    if (!url) continue;
    const fig = figureCaption(doc, url, headline);
    // The same address string resolves to the same URL: only a different one is resolved again.
    const ldMatch = fromLd && (fromLd.url === c.url || resolveUrl(doc, fromLd.url) === url) ? fromLd : null;
    const caption = fig.caption ?? c.caption ?? ldMatch?.caption ?? null;
    const credit = fig.credit ?? c.credit ?? ldMatch?.credit ?? null;
    return { image: { url, caption, credit }, from: c.from };
  }
  return { image: null, from: null };
}
