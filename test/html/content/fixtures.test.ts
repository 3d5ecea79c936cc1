import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadHtml } from "../../../src/html/load.js";
import { readContent, type ContentHints } from "../../../src/html/content/index.js";
import { BlockSchema } from "../../../src/model/index.js";

/** Expectations written by reading each page (see fixtures/html/SOURCES.md). */
interface ContentExpectation {
  /** The page's URL, when images need it to resolve. */
  url?: string;
  hints: ContentHints;
  /** [min, max] number of paragraph blocks. */
  paragraphs: [number, number];
  firstStartsWith: string;
  lastEndsWith: string;
  /** Text that must be in some paragraph. */
  contains?: string[];
  headings?: string[];
  captions?: Array<{ text: string; credit: string | null }>;
  /** Items that must be in a list block. */
  lists?: string[];
  /** Text each of these blockquotes must contain. */
  blockquotes?: string[];
  /** The lead image URL. */
  image?: string;
  /** Text that must not be in any block (chrome, headline, byline). */
  absent: string[];
  direction?: "rtl" | "ltr";
  warnings: string[];
}

const DIR = join(__dirname, "../../../fixtures/html");
const names = readdirSync(DIR).filter((f) => f.endsWith(".content.json")).map((f) => f.replace(".content.json", ""));

describe("real pages", () => {
  it("has at least 8 pages", () => expect(names.length).toBeGreaterThanOrEqual(8));

  describe.each(names)("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.content.json`), "utf8")) as ContentExpectation;
    const html = readFileSync(join(DIR, `${name}.html`), "utf8");
    const content = readContent(loadHtml(html, expected.url ?? null), expected.hints);
    const paragraphs = content.blocks.filter((b) => b.type === "paragraph").map((b) => (b as { text: string }).text);
    const all = content.blocks.map((b) => JSON.stringify(b)).join("\n");

    it("gives valid blocks", () => {
      for (const b of content.blocks) expect(BlockSchema.safeParse(b).success).toBe(true);
    });
    it("finds the paragraphs", () => {
      expect(paragraphs.length).toBeGreaterThanOrEqual(expected.paragraphs[0]);
      expect(paragraphs.length).toBeLessThanOrEqual(expected.paragraphs[1]);
      expect(paragraphs[0]?.startsWith(expected.firstStartsWith)).toBe(true);
      expect(paragraphs[paragraphs.length - 1]?.endsWith(expected.lastEndsWith)).toBe(true);
      for (const text of expected.contains ?? []) expect(paragraphs.some((p) => p.includes(text))).toBe(true);
    });
    it("reads headings and captions", () => {
      if (expected.headings) expect(content.blocks.filter((b) => b.type === "heading").map((b) => (b as { text: string }).text)).toEqual(expected.headings);
      for (const c of expected.captions ?? []) {
        expect(content.blocks.some((b) => b.type === "caption" && b.text === c.text && b.credit === c.credit)).toBe(true);
      }
      for (const q of expected.blockquotes ?? []) {
        expect(content.blocks.some((b) => b.type === "blockquote" && b.text.includes(q))).toBe(true);
      }
      for (const item of expected.lists ?? []) {
        expect(content.blocks.some((b) => b.type === "list" && b.items.includes(item))).toBe(true);
      }
      if (expected.image) expect(content.image?.url).toBe(expected.image);
    });
    it("leaves chrome, headline and byline out", () => {
      for (const text of expected.absent) expect(all).not.toContain(text);
    });
    it("reports direction and warnings", () => {
      if (expected.direction) expect(content.direction).toBe(expected.direction);
      expect(content.warnings.map((w) => w.code).filter((c) => c !== "chrome-dropped")).toEqual(expected.warnings);
    });
  });
});
