/**
 * Words in class names, ids and labels that mark where pages print dates. Lower case; matched as
 * substrings of `class`/`id` (so "post-date", "entry-meta", "article__published" all match).
 */
export const DATE_CLASS_WORDS: readonly string[] = [
  "date", "time", "publish", "posted", "pubdate", "byline", "meta", "dateline", "datum", "fecha", "data", "stamp",
  "created", "updated", "info", "author", "zeit", "veroeffentlicht", "article-header", "entry-header", "post-header", "details",
  "tarikh", "taarikh", "submitted", "autor", "artikel-info", "entry",
];

/**
 * Containers whose dates are not the page's: comments, related stories, sidebars, site footers.
 * Matched against the parts of class and id names split on spaces, "-" and "_" ("comment-list" → "comment").
 */
export const OFF_ARTICLE_WORDS: readonly string[] = [
  "comment", "comments", "related", "sidebar", "widget", "teaser", "teasers", "recommend", "recommended", "popular",
  "mostread", "nav", "navigation", "menu", "archive", "archives", "calendar", "trending", "latest", "newsletter",
  "kommentar", "kommentare", "promo", "cookie", "recent", "reply", "replies", "aside",
];

/** Words that say a stamp is the modification date, not the publication: "Updated", "آخر تحديث". */
export const MODIFIED_LABELS: readonly string[] = [
  "updated", "update", "modified", "last edited", "aktualisiert", "geändert", "mis à jour", "modifié", "actualizado",
  "atualizado", "aggiornato", "bijgewerkt", "تحديث", "آخر تحديث", "اخر تحديث", "تم التحديث", "تعديل", "更新",
];
