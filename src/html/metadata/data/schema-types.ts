/**
 * schema.org types that describe an article, best first (lower case, no prefix). A page often
 * carries several objects; the first of these types is the article being read.
 */
export const ARTICLE_TYPES: readonly string[] = [
  "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
  "backgroundnewsarticle", "askpublicnewsarticle", "factcheck", "article", "blogposting", "socialmediaposting",
  "liveblogposting", "scholarlyarticle", "techarticle", "report", "posting", "review", "videoobject", "recipe",
];

/** Types that describe the page rather than the article: used only when no article type is found. */
export const PAGE_TYPES: readonly string[] = ["webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "medicalwebpage", "creativework"];

/** Types that name a publisher rather than a person. */
export const ORGANIZATION_TYPES: readonly string[] = [
  "organization", "newsmediaorganization", "corporation", "localbusiness", "educationalorganization", "governmentorganization",
];
