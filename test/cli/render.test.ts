import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.js";
import { ArticleSchema } from "../../src/model/article.js";
import type { Block } from "../../src/model/block.js";
import { deriveViews } from "../../src/model/views.js";
import { escapeMarkdown, toMarkdown } from "../../src/cli/markdown.js";
import { toPlainText } from "../../src/cli/plaintext.js";

function article(blocks: Block[], head: Partial<Article> = {}): Article {
  const value: Article = {
    headline: null,
    subheadline: null,
    dateline: null,
    byline: null,
    published: null,
    modified: null,
    language: "en",
    direction: "ltr",
    site: { name: null, url: null },
    section: null,
    tags: [],
    url: null,
    canonicalUrl: null,
    image: null,
    blocks,
    ...deriveViews(blocks),
    provenance: {},
    source: "html",
    warnings: [],
    ...head,
  };
  return ArticleSchema.parse(value);
}

const BLOCKS: Block[] = [
  { type: "paragraph", text: "The lead paragraph." },
  { type: "caption", text: "Divers at the reef", credit: "Reuters", imageUrl: "https://example.com/a.jpg" },
  { type: "heading", text: "What comes next", level: 2 },
  { type: "paragraph", text: "Second paragraph." },
  { type: "blockquote", text: "We will return." },
  { type: "list", items: ["one", "two"], ordered: true },
  { type: "list", items: ["apples"], ordered: false },
  { type: "heading", text: "Deeper", level: 3 },
  { type: "paragraph", text: "Last." },
];

describe("toMarkdown", () => {
  it("writes headline, subheadline, byline line, then every block in order", () => {
    const a = article(BLOCKS, {
      headline: "Reef divers return",
      subheadline: "A year after the storm",
      byline: { raw: "By Jane Doe", authors: [{ name: "Jane Doe", url: null, role: null }] },
      dateline: { raw: "SYDNEY (Reuters) -", location: "SYDNEY", agency: "Reuters", date: null },
      published: "2023-01-24",
    });
    expect(toMarkdown(a)).toBe(
      [
        "# Reef divers return",
        "**A year after the storm**",
        "Jane Doe · SYDNEY (Reuters) · 2023-01-24",
        "The lead paragraph.",
        "*Divers at the reef* (Reuters)",
        "## What comes next",
        "Second paragraph.",
        "> We will return.",
        "1. one\n2. two",
        "- apples",
        "### Deeper",
        "Last.",
      ].join("\n\n") + "\n",
    );
  });

  it("leaves out what the article does not have", () => {
    expect(toMarkdown(article([{ type: "paragraph", text: "Only this." }]))).toBe("Only this.\n");
  });

  it("escapes markup so text shows as written, Arabic untouched", () => {
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("- not a list")).toBe("\\- not a list");
    expect(escapeMarkdown("2023. a year")).toBe("2023\\. a year");
    expect(escapeMarkdown("a *b* _c_ [d] <e> `f`")).toBe("a \\*b\\* \\_c\\_ \\[d\\] \\<e> \\`f\\`");
    expect(escapeMarkdown("قال: «نعم» - ٢٠٢٣")).toBe("قال: «نعم» - ٢٠٢٣");
  });

  it("stays fast on a megabyte of markup characters", () => {
    const text = `${"*_[<`#-".repeat(150_000)}${" ".repeat(1_000_000)}x\n y`;
    const out = escapeMarkdown(text);
    expect(out.length).toBeGreaterThan(text.length);
  });
});

describe("toPlainText", () => {
  it("writes the headline block, then the reading text without captions", () => {
    const a = article(BLOCKS, {
      headline: "Reef divers return",
      byline: { raw: "بقلم سارة", authors: [] },
    });
    expect(toPlainText(a)).toBe(`Reef divers return\nبقلم سارة\n\n${a.text}\n`);
    expect(toPlainText(a)).not.toContain("Divers at the reef");
  });
});
