import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHtml } from "../../../src/html/load.js";
import { allElements, allMatches, firstMatch } from "../../../src/html/query.js";
import { hasBreadcrumbClass, mayBeByline, metadataScan } from "../../../src/html/metadata/scan.js";
import { BREADCRUMB_CLASS_HINTS } from "../../../src/html/metadata/data/selectors.js";

/** The scan's lists are the page's elements filtered one test at a time, in document order. */
const FIXTURES = join(import.meta.dirname, "../../../fixtures/html");

describe("metadataScan", () => {
  it("lists what filtering the page's elements one attribute at a time lists", () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html"))) {
      const dom = loadHtml(readFileSync(join(FIXTURES, file), "utf8")).dom;
      const all = allElements(dom);
      const has = (name: string) => all.filter((el) => el.attribs?.[name] !== undefined);
      const scan = metadataScan(dom);
      expect(scan.content).toEqual(has("content"));
      expect(scan.itemprop).toEqual(has("itemprop"));
      expect(scan.datetime).toEqual(has("datetime"));
      expect(scan.images).toEqual(all.filter((el) => el.name === "img" || el.name === "source"));
      expect(scan.bylines).toEqual(all.filter(mayBeByline));
      expect(scan.classes).toEqual(has("class").map((el) => el.attribs.class));
      expect(hasBreadcrumbClass(dom)).toBe(all.some((el) => el.attribs.class !== undefined && BREADCRUMB_CLASS_HINTS.test(el.attribs.class)));
      expect(metadataScan(dom)).toBe(scan);
    }
  });

  it("finds the first match and all matches in order", () => {
    const dom = loadHtml('<meta itemprop="headline" content="m"><h2 itemprop="name headline">A</h2><p itemprop="headline">B</p>').dom;
    const { itemprop } = metadataScan(dom);
    expect(firstMatch(itemprop, '[itemprop~="headline"]:not(meta)')?.name).toBe("h2");
    expect(firstMatch(itemprop, '[itemprop~="author"]')).toBeNull();
    expect(allMatches(itemprop, '[itemprop~="headline"]').map((el) => el.name)).toEqual(["meta", "h2", "p"]);
    expect(allMatches(itemprop, '[itemprop~="headline"]')).toBe(allMatches(itemprop, '[itemprop~="headline"]'));
  });
});
