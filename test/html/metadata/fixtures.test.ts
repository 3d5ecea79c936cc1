import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHtml } from "../../../src/html/load.js";
import { readMetadata } from "../../../src/html/metadata/index.js";
import { PageMetadataSchemaCheck } from "./schema-check.js";

/**
 * Real pages in fixtures/html with expectations written by reading each page (<name>.meta.json).
 * Every field present in a .meta.json is asserted; `published`/`modified` are asserted when the
 * metadata stage gives a value (until the date module lands it reads machine dates only), and then
 * must agree with the page to the precision the expectation states (a day, or a full time).
 */
const DIR = join(import.meta.dirname, "../../../fixtures/html");
const pages = readdirSync(DIR).filter((f) => f.endsWith(".meta.json")).map((f) => f.replace(/\.meta\.json$/u, ""));

interface Expected {
  headline?: string | null;
  subheadline?: string | null;
  byline?: { authors: string[] } | null;
  bylineLocation?: string | null;
  published?: string | null;
  modified?: string | null;
  language?: string | null;
  direction?: string | null;
  site?: { name?: string | null };
  section?: string | null;
  tags?: string[];
  canonicalUrl?: string | null;
  image?: { url?: string; caption?: string | null; credit?: string | null } | null;
}

describe.each(pages)("fixtures/html/%s", (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.meta.json`), "utf8")) as Expected;
  const meta = readMetadata(loadHtml(readFileSync(join(DIR, `${name}.html`), "utf8")));

  it("has a well-formed result", () => {
    expect(PageMetadataSchemaCheck.safeParse(meta).success).toBe(true);
    expect(meta.warnings.filter((w) => w.code !== "invalid-metadata")).toEqual([]);
  });

  for (const field of ["headline", "subheadline", "bylineLocation", "language", "direction", "section", "tags", "canonicalUrl"] as const) {
    if (field in expected) it(field, () => expect(meta[field]).toEqual(expected[field]));
  }
  if ("byline" in expected) {
    it("byline", () => expect(meta.byline ? { authors: meta.byline.authors.map((a) => a.name) } : null).toEqual(expected.byline));
  }
  if (expected.site && "name" in expected.site) it("site name", () => expect(meta.site.name).toBe(expected.site?.name));
  if ("image" in expected) {
    it("image", () => {
      if (expected.image === null) return expect(meta.image).toBeNull();
      expect(meta.image).toMatchObject(expected.image ?? {});
    });
  }
  for (const field of ["published", "modified"] as const) {
    const want = expected[field];
    if (typeof want === "string") {
      it(`${field} (when given by metadata)`, () => {
        const got = meta[field];
        if (got !== null) expect(want.length === 10 ? got.slice(0, 10) : got).toBe(want);
      });
    }
  }
});
