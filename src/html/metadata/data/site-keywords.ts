/**
 * Words that mark a `<meta name="keywords">` list as the site's own, copied onto every page ("news, lbci,
 * أخبار", "actualités, news"), rather than the article's tags. Matched on normalized text.
 */
export const SITE_WIDE_KEYWORDS: readonly string[] = [
  "news", "breaking news", "latest news", "actualités", "actualites", "actualité", "nachrichten", "aktuelles",
  "noticias", "notícias", "notizie", "nieuws", "wiadomości", "новости", "haberler", "berita",
  "أخبار", "اخبار", "خبر", "عاجل", "آخر الأخبار",
];
