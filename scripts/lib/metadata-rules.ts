/**
 * Comparison rules for metadata against Mozilla Readability's expectations
 * (../shared/corpus/readability/<page>/expected-metadata.json) and the snippets' authors.json.
 *
 * Readability's expectations are its own output: where it keeps a site name in the title, a "By" or
 * a date in the byline, or an outlet as the author, our answer counts as right ("justified") only
 * when the difference is exactly that, checked here by rules that do not use the parser under test.
 */
import { load } from "cheerio/slim";
import { norm } from "./text.js";
import { isoDay } from "./dates.js";

/** right: equal; justified: a difference the rules above (or a reviewed page) explain; wrong. */
export type Verdict = "right" | "justified" | "wrong";

/** What expected-metadata.json holds. */
export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/**
 * Disagreements checked by reading the page: Readability's answer is wrong, ours is the one given
 * here. Counted as justified only while we still give exactly this answer.
 */
export const REVIEWED: ReadonlyArray<{ page: string; field: string; ours: string; why: string }> = [
  { page: "salon-1", field: "byline", ours: "Richard (R.J.) Eskow", why: "rel=author byline in the article; Joanna Rothkopf is in a sidebar teaser" },
  { page: "liberation-1", field: "byline", ours: "", why: "the article is by AFP (article:author …/2005-afp, visible 'AFP'); Sébastien Farcis signs a related story" },
  { page: "seattletimes-1", field: "byline", ours: "Benjamin Romano", why: "the visible byline reads 'By Benjamin Romano'; Readability returned the date line" },
  { page: "herald-sun-1", field: "byline", ours: "Laurie Oakes", why: "article:author is Laurie Oakes; 'JOE HILDEBRAND' signs the standfirst teaser of another column" },
  { page: "wikipedia-2", field: "byline", ours: "", why: "the JSON-LD author is an Organization ('Contributors to Wikimedia projects'), not a person" },
  { page: "wikipedia-3", field: "byline", ours: "", why: "the JSON-LD author is an Organization, not a person" },
  { page: "wikipedia-4", field: "byline", ours: "", why: "the JSON-LD author is an Organization, not a person" },
];

/** True when `ours` is the reviewed answer for this page and field. */
export function isReviewed(page: string, field: string, ours: string): boolean {
  return REVIEWED.some((r) => r.page === page && r.field === field && r.ours === ours);
}

const SEPARATORS = /\s(?:\||-|–|—|::|·|»|\/)\s|_/u;

/** Expected title = ours + a separator + a site segment (or site segment + separator + ours). */
export function titleJustified(expected: string, ours: string, siteName: string | null): boolean {
  const e = norm(expected);
  const o = norm(ours);
  if (!o || !e.includes(o)) return false;
  const rest = e.replace(o, "").trim();
  if (!rest || !SEPARATORS.test(` ${rest} `.replace(/^\s|\s$/gu, " "))) return false;
  const leftover = rest.replace(/^(?:\||-|–|—|::|·|»|\/|_|:)\s?|\s?(?:\||-|–|—|::|·|»|\/|_|:)$/gu, "").trim();
  // The leftover must be short (a site or section name), not half a title.
  return leftover.length > 0 && leftover.length <= 60 && (siteName === null || leftover.split(/\s(?:\||-|–|—)\s|_/u).length <= 3);
}

/** True when `title` is both the text of a visible <h1> and the content of a title meta tag (read with cheerio here, not the parser). */
export function visibleAndDeclared(html: string, title: string): boolean {
  const $ = load(html);
  const t = norm(title);
  if (!t) return false;
  const h1 = $("h1").toArray().some((el) => norm($(el).text()) === t);
  const metas = $('meta[property$="title"], meta[name$="title"]').toArray().some((el) => norm($(el).attr("content") ?? "") === t);
  return h1 && metas;
}

/**
 * The title verdict: equal after normalising; justified when the expectation only adds a site
 * segment, or when ours is the visible <h1> that another metadata title also declares (Readability
 * prefers og:title; the h1 is what readers see).
 */
export function titleVerdict(expected: string, ours: string, siteName: string | null, html: string): Verdict {
  const v: Verdict = norm(ours) === norm(expected) ? "right" : titleJustified(expected, ours, siteName) ? "justified" : "wrong";
  return v === "wrong" && visibleAndDeclared(html, ours) ? "justified" : v;
}

const BY = /^(?:by|par|por|von|written by)\s*[:]?\s*/iu;
/** Names of an expected byline: "By " dropped, split at commas and "and"; dates and newlines cut. */
export function expectedNames(byline: string): string[] {
  const first = byline.trim().replace(BY, "").split(/\n/u)[0] ?? "";
  return first
    .replace(/\(?https?:\/\/[^\s)]*\)?/gu, "")
    .split(/\s*(?:,|\band\b|\bet\b|\(avec\b|\)|&)\s*/u)
    .filter((x) => !/^\p{Lu}{2,3}$/u.test(x.trim())) // credentials such as "MA", "PhD" are not names
    .map((x) => norm(x.replace(/\p{N}.*$/u, "")))
    .filter(Boolean);
}

/** The byline verdict from the rules alone (see {@link judgeByline} for the reviewed pages too). */
export function bylineVerdict(expected: string, names: string[], siteName: string | null): Verdict {
  const ours = names.map(norm);
  if (norm(expected) === ours.join(", ")) return "right";
  const exp = expectedNames(expected);
  if (exp.length && exp.length === ours.length && exp.every((e, i) => e === ours[i])) return "justified";
  // An outlet given as the author ("BBC News" on bbc.com): no person is the better answer.
  if (ours.length === 0 && siteName && norm(siteName) === norm(expected)) return "justified";
  // Only a date or an interface label where a byline should be.
  if (ours.length === 0 && (/^(?:last\s)?updated\b/iu.test(expected) || /^\p{L}+ \d{1,2}, \d{4}/u.test(expected) || /^follow\b/iu.test(expected))) return "justified";
  return "wrong";
}

/** The byline verdict of a page: the rules, then the reviewed disagreements. */
export function judgeByline(page: string, expected: string, names: string[], siteName: string | null): Verdict {
  const v = bylineVerdict(expected, names, siteName);
  return v === "wrong" && isReviewed(page, "byline", names.join(", ")) ? "justified" : v;
}

/** Published time: the same string is right, the same day as written is justified. */
export function publishedVerdict(expected: string, ours: string | null): Verdict {
  const got = ours ?? "";
  return got === expected ? "right" : got && isoDay(got) === isoDay(expected) ? "justified" : "wrong";
}

/**
 * Language tags, case-insensitively: the same tag is right; when one side has no region ("en" and
 * "en-US") the same primary subtag is justified; two different regions are wrong.
 */
export function langVerdict(expected: string, ours: string | null): Verdict {
  const e = expected.trim().toLowerCase().replace(/_/gu, "-");
  const o = (ours ?? "").trim().toLowerCase().replace(/_/gu, "-");
  if (!o) return "wrong";
  if (e === o) return "right";
  const [ep, ...er] = e.split("-");
  const [op, ...or] = o.split("-");
  return ep === op && (er.length === 0 || or.length === 0) ? "justified" : "wrong";
}

/** Author names of a snippets authors.json entry or of ours, split at commas, semicolons, "&", "and", "und"; normalised and sorted. */
export function splitAuthors(s: string): string[] {
  return s.split(/\s*(?:[,;&]|\band\b|\bund\b)\s*/u).map(norm).filter(Boolean).sort();
}

/** Snippets authors: right when the same names, in any order. */
export function authorsMatch(expected: string, ours: string[]): boolean {
  return JSON.stringify(splitAuthors(ours.join(", "))) === JSON.stringify(splitAuthors(expected));
}
