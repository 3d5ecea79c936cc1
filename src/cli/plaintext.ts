import type { Article } from "../model/article.js";
import { metaLine } from "./meta-line.js";

/**
 * Renders an article as plain text for reading: the headline, the subheadline, the
 * byline · dateline · date line, then `article.text` (headings, paragraphs, quotes and lists,
 * separated by blank lines; captions and chrome left out).
 */
export function toPlainText(article: Article): string {
  const head = [article.headline, article.subheadline, metaLine(article)].filter(
    (part): part is string => typeof part === "string" && part.trim() !== "",
  );
  const parts = head.length > 0 ? [head.join("\n")] : [];
  if (article.text) parts.push(article.text);
  return `${parts.join("\n\n")}\n`;
}
