import type { DomPage } from "../dom-page.js";
import type { Element } from "domhandler";
import type { Direction } from "../../model/index.js";
import { directionOf } from "../../language/detect.js";
import { firstMeta, type MetaMap } from "./meta-tags.js";
import { selectFirst } from "../query.js";

/**
 * Normalizes a language tag to BCP 47 case: "en_US" → "en-US", "AR-sa" → "ar-SA", "zh-hant-tw" →
 * "zh-Hant-TW". Returns null for what is not a tag ("", "x", "English", "{{lang}}").
 */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parts = raw.trim().replace(/_/gu, "-").split("-").filter(Boolean);
  const primary = parts[0]?.toLowerCase() ?? "";
  if (!/^[a-z]{2,3}$/u.test(primary)) return null;
  const out = [primary];
  for (const part of parts.slice(1, 4)) {
    if (/^[a-z]{4}$/iu.test(part)) out.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
    else if (/^(?:[a-z]{2}|\d{3})$/iu.test(part)) out.push(part.toUpperCase());
    else break;
  }
  return out.join("-");
}

/** Normalizes a `dir` attribute; "auto" and junk give null. */
export function normalizeDirection(raw: string | null | undefined): Direction | null {
  const d = raw?.trim().toLowerCase();
  return d === "rtl" || d === "ltr" ? d : null;
}

export interface LanguageRead {
  language: string | null;
  languageFrom: string | null;
  direction: Direction | null;
  directionFrom: string | null;
}

/**
 * The page language from `<html lang>` (or `xml:lang`), else `content-language`, `og:locale`,
 * `dc:language` or JSON-LD `inLanguage`; the direction from the nearest `dir` around the headline,
 * else on `<body>`, else on `<html>` (the closest declaration to the article wins), else from the
 * language (Arabic, Hebrew, Persian … are rtl). Direction stays null when neither is known.
 */
export function readLanguage(dom: DomPage, meta: MetaMap, ldLanguage: string | null, h1: Element | null = null): LanguageRead {
  const htmlEl = selectFirst(dom, "html", "html");
  const html = { attr: (name: string): string | undefined => htmlEl?.attribs[name] };
  let language: string | null = null;
  let languageFrom: string | null = null;
  const fromHtml = normalizeLanguage(html.attr("lang")) ?? normalizeLanguage(html.attr("xml:lang"));
  if (fromHtml) {
    language = fromHtml;
    languageFrom = "html:lang";
  } else {
    const m = firstMeta(meta, ["content-language", "og:locale", "dc:language", "language", "inlanguage"]);
    const fromMeta = normalizeLanguage(m?.value.split(",")[0]);
    if (m && fromMeta) {
      language = fromMeta;
      languageFrom = `meta:${m.key}`;
    } else if (normalizeLanguage(ldLanguage)) {
      language = normalizeLanguage(ldLanguage);
      languageFrom = "json-ld:inLanguage";
    }
  }
  let direction: Direction | null = null;
  let directionFrom: string | null = null;
  let node: Element | null = h1;
  for (let steps = 0; node && node.name !== "body" && node.name !== "html" && steps < 100_000; steps++) {
    const d = normalizeDirection(node.attribs?.dir);
    if (d) {
      [direction, directionFrom] = [d, "h1:dir"];
      break;
    }
    node = node.parent && node.parent.type === "tag" ? (node.parent as Element) : null;
  }
  if (!direction) {
    direction = normalizeDirection(selectFirst(dom, "body", "body")?.attribs.dir);
    if (direction) directionFrom = "body:dir";
  }
  if (!direction) {
    direction = normalizeDirection(html.attr("dir"));
    if (direction) directionFrom = "html:dir";
  }
  if (!direction && language) {
    direction = directionOf(language);
    directionFrom = "language";
  }
  return { language, languageFrom, direction, directionFrom };
}
