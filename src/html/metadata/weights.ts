/**
 * Every threshold the metadata stage uses, in one place, with the reason for its value.
 */
export const METADATA_WEIGHTS = {
  /** Longest text accepted as a headline: longer "titles" are paragraphs or junk. */
  maxHeadlineChars: 400,
  /** Share of the longer title a shorter one must cover to count as the same title (h1 vs og:title
   * often differ by a kicker or a trailing teaser); below this they are different titles. */
  titleContainment: 0.6,
  /** Token overlap (Dice) above which two titles are the same, allowing small edits. */
  titleSimilarity: 0.8,
  /** h1 elements examined: article pages have one or two, listing pages dozens that never match. */
  maxH1: 20,
  /** Longest site name: a segment longer than this is part of the title, not a site name. */
  maxSiteNameChars: 60,
  /** Longest visible byline element: longer is an author bio or a whole article. */
  maxBylineChars: 200,
  /** Visible bylines collected before they are ordered by distance after the headline (menus list authors too). */
  maxBylineCandidates: 30,
  /** Byline-like elements looked at to collect them (many are empty wrappers or icons). */
  maxBylineElements: 120,
  /** Longest standfirst: decks are one or two sentences. */
  maxStandfirstChars: 600,
  /** Shortest standfirst, in characters (a few words). */
  minStandfirstChars: 20,
  /** Most tags kept; keyword stuffing beyond that is noise. */
  maxTags: 50,
  /** Longest caption taken from an image's box when it has no figcaption: a caption is a line, not a paragraph. */
  maxContainerCaptionChars: 200,
  /** Ancestors of the h1 searched for a section link: the article header box, not the whole page. */
  sectionLevels: 4,
  /** Elements after the h1 examined per level, and levels climbed, when looking for a standfirst. */
  standfirstSiblings: 6,
  standfirstLevels: 3,
  /** Elements read under each of those: a deck is near the top of what follows the headline. */
  standfirstScan: 300,
  /** Elements read under each headline ancestor when looking for a section link. */
  sectionScan: 2_000,
  /** Share of a paragraph inside one bold element for it to count as a styled (bold) deck. */
  allBoldShare: 0.9,
  /** Most of a standfirst's text that may sit in links (decks are plain text; teasers are links). */
  maxStandfirstLinkShare: 0.5,
  /** Most words of a trailing <title> segment dropped as an unnamed site name ("– My website"). */
  titleTailMaxWords: 3,
  /** Title keys remembered (title.ts): a page asks for a few dozen distinct ones; more than this and the cache starts over. */
  titleKeyCache: 512,
} as const;
