import { warning, type Warning } from "../../model/warning.js";
import { readDateValue } from "./read-value.js";
import type { Candidate } from "./types.js";

/**
 * Dates from JSON-LD: `datePublished` (or `dateCreated`/`uploadDate`) and `dateModified` of the
 * page's article object. Objects are walked iteratively (no recursion, bounded), through `@graph`
 * and arrays. An article type (NewsArticle, BlogPosting …) beats a WebPage, which beats anything
 * else (an Organization, a Comment, a Person …). Malformed JSON is repaired lightly (comments,
 * CDATA, trailing commas, raw newlines); if it still fails, the date keys are read by a bounded scan.
 */
const ARTICLE_TYPES = new Set([
  "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
  "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "report", "scholarlyarticle",
  "techarticle", "socialmediaposting", "posting", "creativework", "podcastepisode", "advertisernewsarticle",
]);
const PAGE_TYPES = new Set(["webpage", "itempage", "aboutpage", "collectionpage", "medicalwebpage"]);
/** Types whose dates are never the page's (someone else's comment, a person's birth date). */
const IGNORED_TYPES = new Set(["comment", "person", "review", "event", "offer", "answer", "question"]);

const PUBLISHED_KEYS = ["datePublished", "dateCreated", "uploadDate"] as const;
const MODIFIED_KEYS = ["dateModified"] as const;
/** Objects visited per script at most. */
const MAX_NODES = 5000;

/** Rank of an object's @type: 0 article, 1 page, 2 other, null ignored. */
function typeRank(node: Record<string, unknown>): number | null {
  const raw = node["@type"];
  const types = (Array.isArray(raw) ? raw : [raw]).filter((t): t is string => typeof t === "string").map((t) => t.toLowerCase().replace(/^.*[/#:]/u, ""));
  if (types.some((t) => ARTICLE_TYPES.has(t))) return 0;
  if (types.some((t) => PAGE_TYPES.has(t))) return 1;
  if (types.some((t) => IGNORED_TYPES.has(t))) return null;
  return 2;
}

/** Light repairs of JSON as pages write it. */
function repair(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/u, "")
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/u, "")
    .replace(/,(\s{0,100}[}\]])/gu, "$1")
    .replace(/[\u0000-\u001f]+/gu, " ");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repair(text));
    } catch {
      return undefined;
    }
  }
}

interface Ranked extends Candidate {
  rank: number;
}

function collect(root: unknown, out: Ranked[], lang: string | undefined): void {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const node = stack.pop();
    seen++;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (node === null || typeof node !== "object") continue;
    const obj = node as Record<string, unknown>;
    const rank = typeRank(obj);
    if (rank !== null) {
      for (const key of PUBLISHED_KEYS) {
        const date = readDateValue(obj[key], lang);
        if (date) {
          out.push({ date, source: `json-ld:${key}`, kind: "published", rank });
          break;
        }
      }
      for (const key of MODIFIED_KEYS) {
        const date = readDateValue(obj[key], lang);
        if (date) out.push({ date, source: `json-ld:${key}`, kind: "modified", rank });
      }
    }
    // Children: the graph and nested objects (mainEntity, hasPart …), but not into ignored types.
    if (rank === null) continue;
    const children = Object.entries(obj).filter(([k]) => k !== "@context" && k !== "author" && k !== "publisher" && k !== "comment").map(([, v]) => v);
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c !== null && typeof c === "object") stack.push(c);
    }
  }
}

/** The bounded scan for a script that is not JSON even after repair. */
const KEY_SCAN = /"(datePublished|dateModified|dateCreated)"\s{0,20}:\s{0,20}"([^"\n]{4,60})"/gu;

/** JSON-LD date candidates from the page's JSON-LD script texts, best first within each kind. */
export function jsonLdDates(scripts: readonly string[], lang: string | undefined, warnings: Warning[]): Candidate[] {
  const out: Ranked[] = [];
  for (const text of scripts) {
    if (text.trim() === "") continue;
    const data = parseJson(text);
    if (data === undefined) {
      warnings.push(warning("invalid-metadata", "A JSON-LD block is not valid JSON; its dates were read by a scan.", text.slice(0, 80)));
      for (const m of text.matchAll(KEY_SCAN)) {
        const date = readDateValue(m[2], lang);
        if (date) out.push({ date, source: `json-ld:${m[1]}`, kind: m[1] === "dateModified" ? "modified" : "published", rank: 1 });
      }
      continue;
    }
    collect(data, out, lang);
  }
  return out.sort((a, b) => a.rank - b.rank).map(({ date, source, kind }) => ({ date, source, kind }));
}
