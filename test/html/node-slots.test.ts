import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHtml } from "../../src/html/load.js";
import { readMetadata } from "../../src/html/metadata/index.js";
import { findPageDates } from "../../src/dates/page/page-dates.js";
import { readContent } from "../../src/html/content/index.js";
import { allElements } from "../../src/html/query.js";
import { endPage, startPage } from "../../src/language/page-cache.js";

/**
 * Every element keeps the same own properties, in the same order, through all the HTML stages: a
 * property a stage adds to some elements only (or in another order) splits them over several hidden
 * classes, which makes every property read of every stage slower (src/html/node-slots.ts).
 */
const FIXTURES = join(import.meta.dirname, "../../fixtures/html");

describe("element slots", () => {
  it("gives every element of a page the same own keys, after every stage has run", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".html"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      startPage();
      const doc = loadHtml(readFileSync(join(FIXTURES, file), "utf8"), "https://example.com/news/1");
      const meta = readMetadata(doc);
      findPageDates(doc, { url: doc.url });
      readContent(doc, { headline: meta.headline, articleBody: meta.articleBody, bylineText: meta.bylineText, language: meta.language });
      endPage();
      const shapes = new Set(allElements(doc.dom).map((el) => Reflect.ownKeys(el).map(String).join(",")));
      expect([...shapes], file).toHaveLength(1);
    }
  });
});
