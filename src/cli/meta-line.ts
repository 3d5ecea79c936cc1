import type { Article } from "../model/article.js";

// Bounded, so an anchored search costs at most a few steps per position.
const DATELINE_JOINER = /[\s:\-–—،,]{1,8}$/u;

/**
 * The line under the headline in the markdown and text views: who wrote it, where it was filed and
 * when, as the article gives them ("Jane Doe · LONDON (Reuters) · 2023-01-24"); null when none is known.
 */
export function metaLine(article: Article): string | null {
  const parts: string[] = [];
  const byline = article.byline;
  if (byline) {
    const names = byline.authors.map((author) => author.name).join(", ");
    const text = names || byline.raw.trim();
    if (text) parts.push(text);
  }
  if (article.dateline) {
    // The dash or colon that joins a dateline to its sentence ("LONDON (Reuters) -", "إيلاف من لندن:")
    // has nothing to join on this line.
    const place = article.dateline.raw.replace(DATELINE_JOINER, "").trim();
    if (place) parts.push(place);
  }
  const date = article.published ?? article.dateline?.date ?? null;
  if (date) parts.push(date);
  return parts.length > 0 ? parts.join(" · ") : null;
}
