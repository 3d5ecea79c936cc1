/**
 * Where pages put things, as CSS selectors (language-neutral markup conventions of CMSs).
 */

/** Elements that hold a visible byline, most specific first. */
export const BYLINE_SELECTORS: readonly string[] = [
  '[itemprop~="author"]', '[rel~="author"]', ".byline", '[class*="byline" i]', '[id*="byline" i]',
  '[class~="author" i]', '[class*="author-" i]', '[class*="-author" i]', '[class*="_author" i]', '[class*="author_" i]', '[class*="authors" i]', '[class*="authorname" i]', '[data-component="byline"]', '[data-testid*="byline" i]', "address",
  '[class*="writer" i]', '[class*="kateb" i]', '[class~="autor" i]', '[class*="autor-" i]', '[class*="-autor" i]',
  '[class*="verfasser" i]', ".author .fn",
  // Links to an author's page: the path names the role in many CMSs.
  'a[href*="/author/"]', 'a[href*="/authors/"]', 'a[href*="/autor/"]', 'a[href*="/autoren/"]', 'a[href*="/auteur/"]',
  'a[href*="/reporters/"]', 'a[href*="/journalist/"]', 'a[href*="/journaliste/"]', 'a[href*="/kuttab/"]',
];

/**
 * A fast pre-test for BYLINE_SELECTORS, run on every element of the page: every match that is not an
 * `address` or a link matched by its path carries one of these words in `class`, `id`, `rel`,
 * `itemprop`, `data-component` or `data-testid` ("autor" also covers "-autor", "author" covers
 * "authors", "authorname" …). Case-insensitive, like the selectors' `i` flag. It only has to let
 * every match through (test/html/metadata/prefilters.test.ts checks that); the selector decides.
 */
export const BYLINE_ATTRIBUTE_HINTS = /aut(?:hor|or)|byline|writer|kateb|verfasser|(?:^|\s)fn(?:\s|$)/iu;

/** The same pre-test for the `a[href*=…]` selectors: their path words, case-sensitive as they are. */
export const BYLINE_HREF_HINTS = /\/(?:aut(?:hors?|or(?:en)?|eur)|reporters|journaliste?|kuttab)\//u;

/** Containers whose bylines belong to other articles or to comments. */
export const FOREIGN_CONTAINERS: ReadonlySet<string> = new Set(["nav", "footer", "aside", "form", "menu"]);

/** Class or id words of containers that hold other articles, comments or author bios. */
export const FOREIGN_CLASS = /(?:^|\s)(?:comments?|related|recommend|sidebar|widget|most-?read|popular|footer|promo|teaser|more-?from|trending)/iu;

/** Elements that hold a standfirst (deck, dek, lede summary) near the headline. */
export const STANDFIRST_SELECTORS: readonly string[] = [
  '[itemprop~="description"]:not(meta)', ".standfirst", '[class*="standfirst" i]', '[class*="subtitle" i]',
  '[class*="subheadline" i]', '[class*="sub-headline" i]', '[class*="dek" i]', '[class*="deck" i]', '[class*="summary" i]',
  '[class*="excerpt" i]', '[class*="intro" i]', '[class*="lead" i]', '[class*="chapo" i]', '[class*="perex" i]', '[class*="teaser" i]', "h2",
];

/**
 * A fast pre-test for STANDFIRST_SELECTORS' class selectors, run on the elements after the headline
 * before the (sixteen-way) selector: a class that names none of these words cannot match them.
 * Case-insensitive, like the selectors' `i` flag (test/html/metadata/prefilters.test.ts).
 */
export const STANDFIRST_CLASS_HINTS = /standfirst|subtitle|sub-?headline|dek|deck|summary|excerpt|intro|lead|chapo|perex|teaser/iu;

/** Elements that credit a lead image. */
export const CREDIT_SELECTORS: readonly string[] = [
  '[class*="credit" i]', '[class*="copyright" i]', '[itemprop~="copyrightHolder"]', '[itemprop~="creditText"]', '[class*="source" i]',
];

/** Links that name the article's section: category paths, rel=category, breadcrumbs. */
export const SECTION_LINK_SELECTORS: readonly string[] = [
  '[class*="breadcrumb" i] a', 'a[rel~="category"]', 'a[href*="/category/"]', 'a[href*="/categories/"]',
  'a[href*="/section/"]', 'a[href*="/sections/"]', 'a[href*="/rubrique/"]', 'a[href*="/ressort/"]',
];

/**
 * Fast pre-tests for SECTION_LINK_SELECTORS: the path words of their `a[href*=…]` selectors
 * (case-sensitive, as they are), and the class word of the breadcrumb box (case-insensitive, like
 * the selector's `i` flag). A link with neither a hinted path nor a `rel`, on a page with no
 * hinted class, cannot match (test/html/metadata/prefilters.test.ts).
 */
export const SECTION_HREF_HINTS = /\/(?:categor(?:y|ies)|sections?|rubrique|ressort)\//u;
export const BREADCRUMB_CLASS_HINTS = /breadcrumb/iu;
