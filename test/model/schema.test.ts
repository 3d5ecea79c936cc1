import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleSchema, ArticleShape, articleJsonSchema, BlockSchema, deriveViews, type Block } from "../../src/model/index.js";
import { listFiles } from "../../scripts/lib/walk.js";
import { parse } from "../../src/parse.js";

const blocks: Block[] = [
  { type: "paragraph", text: "Lead one." },
  { type: "caption", text: "A photo", credit: "AFP", imageUrl: null },
  { type: "paragraph", text: "Lead two." },
  { type: "heading", text: "Sub", level: 2 },
  { type: "paragraph", text: "Body." },
  { type: "list", items: ["a", "b"], ordered: true },
];

describe("deriveViews", () => {
  it("derives paragraphs, captions, sections and text from blocks", () => {
    const v = deriveViews(blocks);
    expect(v.paragraphs).toEqual(["Lead one.", "Lead two.", "Body."]);
    expect(v.captions).toEqual([{ text: "A photo", credit: "AFP", imageUrl: null }]);
    expect(v.sections).toEqual([
      { heading: null, level: null, paragraphs: ["Lead one.", "Lead two."] },
      { heading: "Sub", level: 2, paragraphs: ["Body."] },
    ]);
    expect(v.text).toBe("Lead one.\n\nLead two.\n\nSub\n\nBody.\n\n1. a\n2. b");
    expect(v.stats.paragraphs).toBe(3);
  });
  it("omits an empty lead section", () => {
    expect(deriveViews([{ type: "heading", text: "H", level: 2 }]).sections).toEqual([{ heading: "H", level: 2, paragraphs: [] }]);
  });
});

describe("ArticleSchema", () => {
  it("rejects an article whose views disagree with its blocks", () => {
    const article = parse("First paragraph of the story, long enough to count.\n\nSecond paragraph here.");
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    const broken = { ...article, paragraphs: [...article.paragraphs, "invented"] };
    expect(ArticleSchema.safeParse(broken).success).toBe(false);
  });
  it("is what parse() gives, with the schema's fields in the schema's order", () => {
    const seed = readFileSync(join(import.meta.dirname, "../../fixtures/text/elaph-iraq-nato.txt"), "utf8");
    const page = readFileSync(join(import.meta.dirname, "../../fixtures/cli/pages/en/ars-1.html"), "utf8");
    for (const article of [parse(seed), parse(page)]) {
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(Object.keys(article)).toEqual(Object.keys(ArticleShape.shape));
      expect(article.captions.length + article.paragraphs.length).toBeGreaterThan(0);
    }
  });
  // parse() does not check its own output against the schema (src/article/assemble.ts says why), so
  // this test does: every page and text of the fixtures, parsed as `npm run compare` parses the corpus.
  const FIXTURES = join(import.meta.dirname, "../../fixtures");
  const inputs = listFiles(FIXTURES, (name) => /\.(?:html?|txt)$/iu.test(name)).filter((f) => !f.includes("/hostile/"));
  it("accepts what parse() gives for every page and text of the fixtures", () => {
    expect(inputs.length).toBeGreaterThan(40);
    for (const file of inputs) {
      const article = parse(readFileSync(file), { url: "https://example.com/page", format: file.endsWith(".txt") ? "text" : "html" });
      const checked = ArticleSchema.safeParse(article);
      expect(checked.success ? "valid" : `${file}: ${checked.error.message}`).toBe("valid");
    }
  });
  it("turns down blocks the readers could get wrong that types cannot show", () => {
    for (const [block, valid] of [
      [{ type: "paragraph", text: "Body." }, true],
      [{ type: "paragraph", text: "" }, false],
      [{ type: "heading", text: "H", level: 6 }, true],
      [{ type: "heading", text: "H", level: 7 }, false],
      [{ type: "list", items: ["a"], ordered: false }, true],
      [{ type: "list", items: [], ordered: false }, false],
    ] as const) {
      expect(BlockSchema.safeParse(block).success).toBe(valid);
    }
  });
  it("has a JSON Schema", () => {
    const schema = articleJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toContain("headline");
    expect((schema.required as string[]).includes("blocks")).toBe(true);
  });
});
