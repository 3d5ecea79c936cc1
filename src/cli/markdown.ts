import type { Article } from "../model/article.js";
import type { Block } from "../model/block.js";
import { metaLine } from "./meta-line.js";

// Characters that would turn into markup inside a line, and line openings that would make a
// paragraph a heading, quote or list item. Both patterns are single character classes or a bounded
// run, so they stay linear on any input.
const INLINE_MARKUP = /[\\`*_[\]<]/g;
const LINE_OPENING = /^[#>+-]/u;
const NUMBERED_OPENING = /^(\p{Nd}{1,9})([.)])/u;

/**
 * Joins the lines of a text with single spaces (by splitting, not with a regex over whitespace runs,
 * which would backtrack on long runs of spaces).
 */
export function joinLines(text: string): string {
  if (!text.includes("\n")) return text;
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
}

/** Escapes text so that markdown shows it as written, on one line (a line break would end the block). */
export function escapeMarkdown(text: string): string {
  const escaped = joinLines(text).replace(INLINE_MARKUP, "\\$&");
  if (LINE_OPENING.test(escaped)) return `\\${escaped}`;
  return escaped.replace(NUMBERED_OPENING, "$1\\$2");
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return escapeMarkdown(block.text);
    case "heading":
      return `${"#".repeat(Math.min(Math.max(block.level, 2), 6))} ${escapeMarkdown(block.text)}`;
    case "blockquote":
      return block.text
        .split(/\n+/)
        .map((line) => `> ${escapeMarkdown(line)}`)
        .join("\n>\n");
    case "list":
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${escapeMarkdown(item)}`)
        .join("\n");
    case "caption": {
      const text = block.text.trim() ? `*${escapeMarkdown(block.text)}*` : "";
      const credit = block.credit ? `(${escapeMarkdown(block.credit)})` : "";
      return [text, credit].filter(Boolean).join(" ");
    }
  }
}

/**
 * Renders an article as Markdown: `# headline`, the subheadline in bold, a byline · dateline · date
 * line, then the body in order: `##` headings, paragraphs, `>` blockquotes, lists and captions in
 * *italic* with their credit.
 */
export function toMarkdown(article: Article): string {
  const parts: string[] = [];
  if (article.headline) parts.push(`# ${escapeMarkdown(article.headline)}`);
  if (article.subheadline) parts.push(`**${escapeMarkdown(article.subheadline)}**`);
  const meta = metaLine(article);
  if (meta) parts.push(escapeMarkdown(meta));
  for (const block of article.blocks) {
    const text = blockMarkdown(block);
    if (text) parts.push(text);
  }
  return `${parts.join("\n\n")}\n`;
}
