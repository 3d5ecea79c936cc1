/**
 * `<meta>` names and properties that carry a page's dates, in the order they are trusted (lower
 * case; matched against `property`, `name`, `itemprop` and `http-equiv`). Gathered from news sites
 * and from htmldate's list.
 */
export const PUBLISHED_META: readonly string[] = [
  "article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time",
  "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.published",
  "citation_publication_date", "citation_date", "citation_online_date", "article.published", "article_date_original",
  "originalpublicationdate", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "publication_date",
  "cxenseparse:recs:publishtime", "bt:pubdate", "displaydate", "date_published", "dc.date.created", "dcterms.created",
  "datecreated", "created", "article.created", "dc.date", "dcterms.date", "date", "og:pubdate", "rnews:datepublished",
  "ga-publish-datetime", "article:post_date", "sailthru.published", "timestamp", "dc.created",
];

export const MODIFIED_META: readonly string[] = [
  "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time", "modified_time",
  "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
  "parsely-updated", "updated_time", "date_modified", "article:updated_time", "revised",
];
