import { loadHtml } from "../../../src/html/load.js";
import { readContent, type ContentHints } from "../../../src/html/content/index.js";
import type { PageContent } from "../../../src/html/types.js";

export const NO_HINTS: ContentHints = { headline: null, articleBody: null, bylineText: null, language: null };

/** A page around `body`, with enough filler chrome that the body has to be found. */
export function page(body: string, extra = ""): string {
  return `<!doctype html><html><head><title>T</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
${body}
<footer><p>Copyright 2024 The Daily Example, all rights reserved. Terms of use, privacy policy, contact us.</p></footer>${extra}</body></html>`;
}

/** Paragraph text long enough to count as article prose (in words). */
export function prose(seed: string, words = 30): string {
  const base = `${seed} the council said on Monday that the new plan, which had been debated for months, would go ahead despite objections from residents`;
  const out: string[] = [];
  while (out.join(" ").split(" ").length < words) out.push(base);
  return `${out.join(", ")}.`;
}

export function read(html: string, hints: Partial<ContentHints> = {}, url: string | null = "https://example.com/news/a.html"): PageContent {
  return readContent(loadHtml(html, url), { ...NO_HINTS, ...hints });
}

export function texts(content: PageContent, type?: string): string[] {
  return content.blocks
    .filter((b) => type === undefined || b.type === type)
    .map((b) => (b.type === "list" ? b.items.join(" | ") : b.text));
}

export function allText(content: PageContent): string {
  return texts(content).join("\n");
}
