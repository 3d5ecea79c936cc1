import { describe, expect, it } from "vitest";
import { ArticleSchema, articleJsonSchema, deriveViews, type Block } from "../../src/model/index.js";
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
  it("has a JSON Schema", () => {
    const schema = articleJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toContain("headline");
    expect((schema.required as string[]).includes("blocks")).toBe(true);
  });
});
