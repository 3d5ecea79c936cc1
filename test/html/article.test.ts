import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { ArticleSchema, type Article } from "../../src/model/article.js";

/**
 * The public pipeline on real pages: for every fixtures/html/<name>.html with a <name>.article.json,
 * `parse()` must give every Article field as a careful reader of the page would (see
 * fixtures/html/SOURCES.md). Expectations were written by reading each page, never by copying the
 * parser's output. A field listed in the file's `knownFailures` is one parse() still gets wrong: it
 * runs as `it.fails`, so it turns red the day parse() gets it right (then drop it from the list).
 */
interface ArticleExpectation {
  /** The page's own URL (from its canonical/og:url), passed to parse(); absent when unknown. */
  url?: string;
  /** "text" when the page must be given as a string (its bytes were re-saved in another charset than it declares). */
  input?: "text";
  notes?: string;
  headline: string | null;
  subheadline: string | null;
  dateline: { location: string | null; agency: string | null } | null;
  /** Author names, in order. */
  byline: string[] | null;
  /** The day as the page states it (YYYY-MM-DD), or null. */
  published: string | null;
  modified: string | null;
  language: string | null;
  direction: "ltr" | "rtl";
  siteName: string | null;
  section: string | null;
  /** The exact set of tags … */
  tags?: string[];
  /** … or tags that must be among them. */
  tagsInclude?: string[];
  canonicalUrl: string | null;
  /** The lead image; caption and credit are checked when present here. */
  image: { url: string; caption?: string | null; credit?: string | null } | null;
  /** Exact count, or [min, max] when the page is honestly ambiguous. */
  paragraphs: number | [number, number];
  firstStartsWith: string;
  lastEndsWith: string;
  /** The body's subheadings, in order. */
  headings: string[];
  /** The body's captions with their credit, in order … */
  captions?: Array<{ text: string; credit: string | null }>;
  /** … or captions that must be among them (when the page's galleries make the full list uncertain). */
  captionsInclude?: Array<{ text: string; credit: string | null }>;
  /** Text that must not be in `article.text` (chrome, byline, headline). */
  absent: string[];
  /** field → why parse() gets it wrong today (and what it gives). */
  knownFailures?: Record<string, string>;
}

const DIR = join(import.meta.dirname, "../../fixtures/html");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".article.json"))
  .map((f) => f.replace(/\.article\.json$/u, ""))
  .sort();

const day = (value: string | null): string | null => (value === null ? null : value.slice(0, 10));

/** Each check, by field name, as [field, assertion]. */
function checks(e: ArticleExpectation, a: Article): Array<[string, () => void]> {
  const list: Array<[string, () => void]> = [
    ["schema", () => expect(ArticleSchema.safeParse(a).success).toBe(true)],
    ["headline", () => expect(a.headline).toBe(e.headline)],
    ["subheadline", () => expect(a.subheadline).toBe(e.subheadline)],
    [
      "dateline",
      () => expect(a.dateline ? { location: a.dateline.location, agency: a.dateline.agency } : null).toEqual(e.dateline),
    ],
    ["byline", () => expect(a.byline ? a.byline.authors.map((p) => p.name) : null).toEqual(e.byline)],
    ["published", () => expect(day(a.published)).toBe(e.published)],
    ["modified", () => expect(day(a.modified)).toBe(e.modified)],
    ["language", () => expect(a.language).toBe(e.language)],
    ["direction", () => expect(a.direction).toBe(e.direction)],
    ["site.name", () => expect(a.site.name).toBe(e.siteName)],
    ["section", () => expect(a.section).toBe(e.section)],
    [
      "tags",
      () => {
        if (e.tags) expect([...a.tags].sort()).toEqual([...e.tags].sort());
        else expect(a.tags).toEqual(expect.arrayContaining(e.tagsInclude ?? []));
      },
    ],
    ["canonicalUrl", () => expect(a.canonicalUrl).toBe(e.canonicalUrl)],
    [
      "image",
      () => {
        if (e.image === null) return expect(a.image).toBeNull();
        expect(a.image?.url).toBe(e.image.url);
        if ("caption" in e.image) expect(a.image?.caption).toBe(e.image.caption);
        if ("credit" in e.image) expect(a.image?.credit).toBe(e.image.credit);
      },
    ],
    [
      "paragraphs",
      () => {
        if (typeof e.paragraphs === "number") return expect(a.paragraphs.length).toBe(e.paragraphs);
        expect(a.paragraphs.length).toBeGreaterThanOrEqual(e.paragraphs[0]);
        expect(a.paragraphs.length).toBeLessThanOrEqual(e.paragraphs[1]);
      },
    ],
    ["first paragraph", () => expect(a.paragraphs[0]?.startsWith(e.firstStartsWith)).toBe(true)],
    ["last paragraph", () => expect(a.paragraphs.at(-1)?.endsWith(e.lastEndsWith)).toBe(true)],
    ["headings", () => expect(a.blocks.filter((b) => b.type === "heading").map((b) => b.text)).toEqual(e.headings)],
    [
      "captions",
      () => {
        const got = a.captions.map((c) => ({ text: c.text, credit: c.credit }));
        if (e.captions) expect(got).toEqual(e.captions);
        else expect(got).toEqual(expect.arrayContaining(e.captionsInclude ?? []));
      },
    ],
    [
      "absent",
      () => {
        for (const text of e.absent) expect(a.text, text).not.toContain(text);
      },
    ],
  ];
  return list;
}

const FIELDS = new Set([
  "schema", "headline", "subheadline", "dateline", "byline", "published", "modified", "language", "direction",
  "site.name", "section", "tags", "canonicalUrl", "image", "paragraphs", "first paragraph", "last paragraph",
  "headings", "captions", "absent",
]);

describe("parse() on real pages", () => {
  it("has at least 15 pages", () => expect(names.length).toBeGreaterThanOrEqual(15));

  describe.each(names)("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.article.json`), "utf8")) as ArticleExpectation;
    const page = join(DIR, `${name}.html`);
    const input = expected.input === "text" ? readFileSync(page, "utf8") : readFileSync(page);
    const article = parse(input, expected.url ? { url: expected.url } : {});
    const known = expected.knownFailures ?? {};

    it("names only real fields in knownFailures", () => {
      expect(Object.keys(known).filter((k) => !FIELDS.has(k))).toEqual([]);
    });
    for (const [field, check] of checks(expected, article)) {
      if (field in known) it.fails(`${field} (known failure: ${known[field]})`, check);
      else it(field, check);
    }
  });
});
