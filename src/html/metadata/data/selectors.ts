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

/** Words one of which every BYLINE_SELECTORS match carries in an attribute (a fast pre-test). */
export const BYLINE_HINTS = /author|autor|auteur|byline|writer|kateb|kuttab|verfasser|reporters|journalist|(?:^|\s)fn(?:\s|$)/iu;

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

/** Elements that credit a lead image. */
export const CREDIT_SELECTORS: readonly string[] = [
  '[class*="credit" i]', '[class*="copyright" i]', '[itemprop~="copyrightHolder"]', '[itemprop~="creditText"]', '[class*="source" i]',
];

/** Links that name the article's section: category paths, rel=category, breadcrumbs. */
export const SECTION_LINK_SELECTORS: readonly string[] = [
  '[class*="breadcrumb" i] a', 'a[rel~="category"]', 'a[href*="/category/"]', 'a[href*="/categories/"]',
  'a[href*="/section/"]', 'a[href*="/sections/"]', 'a[href*="/rubrique/"]', 'a[href*="/ressort/"]',
];
