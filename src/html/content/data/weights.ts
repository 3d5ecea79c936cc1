/**
 * Every weight and threshold of the content stage, in one place. Word counts come from
 * `countWords` (Unicode-aware: an Arabic or Latin word is one word, each Han/kana character is one
 * word), so no threshold here is tied to English word or character lengths.
 */
export const CONTENT_WEIGHTS = {
  /** A paragraph-like node shorter than this (in words) adds nothing to its ancestors' score: labels, buttons. */
  minParagraphWords: 5,
  /** Score of one paragraph: 1 + commas (Latin, Arabic ، and CJK ，、) + one point per this many words, capped. */
  wordsPerPoint: 15,
  maxLengthPoints: 3,
  /** Share of a paragraph's score handed to its parent, grandparent and higher ancestors (Readability's 1, 1/2, 1/6 …). */
  ancestorShares: [1, 0.5, 1 / 6, 1 / 9, 1 / 12] as readonly number[],
  /** Score bonus for a container whose class/id says it is the body (`article-body`, `content` …), or malus for chrome words. */
  classBonus: 25,
  /** Container tag priors: a <div>/<article> usually wraps a body; <li>/<td>/<form> rarely. */
  tagPrior: { article: 10, main: 5, div: 5, section: 3, td: 3, pre: 3, blockquote: 3, form: -3, ol: -3, ul: -3, li: -3, dl: -3, th: -5, address: -3 } as Readonly<Record<string, number>>,
  /** Containers outside the best one scoring at least this share of it mean the body is split: their common ancestor is taken (Readability uses 0.75). */
  alternativeShare: 0.75,
  /** Containers with the best one's class within this many levels up are parts of the same body (text blocks split by figures and ads). */
  cousinLevels: 3,
  /** How many runner-up containers are looked at for that. */
  alternativeCount: 4,
  /** How many levels up the lead-in of a body is looked for. */
  leadInLevels: 4,
  /** The prose before the body joins it when it adds at most this share of words … */
  climbMaxShare: 0.25,
  /** … at a link density under this (an intro, a lead paragraph; not a related-links box). */
  climbMaxLinkDensity: 0.2,
  /** Siblings of the best container join the body when their score reaches this share of the best score … */
  siblingShare: 0.2,
  /** … or when they are paragraphs of at least this many words with link density under `siblingMaxLinkDensity`. */
  siblingMinWords: 25,
  siblingMaxLinkDensity: 0.25,
  /** A strong signal (itemprop=articleBody, <article>, CMS class) is trusted when it holds at least this share of the best scored container's words. */
  strongMinShare: 0.5,
  /** A scored body inside the strong container wins when it holds this share of the container's words outside links. */
  strongProseShare: 0.85,
  /** … and at least this many words (a teaser card with class "article-body" is not the body). */
  strongMinWords: 40,
  /** A page whose best body has fewer words than this has no article (home pages, error pages). */
  minArticleWords: 40,
  /** A link with more words than this is an unclosed <a> wrapping the page (old CMSs), not link text. */
  maxLinkWords: 80,
  /** Above this link density a container, list or block is navigation, not text. */
  maxLinkDensity: 0.5,
  /** A list inside the body is kept unless this share of its text is link text (related-links lists). */
  listMaxLinkDensity: 0.6,
  /** A class/id-matched chrome node that holds this share of the page's words is not chrome (wrappers named "page-header-layout" …). */
  chromeMaxShare: 0.6,
  /** A chrome-worded node with at least this many words in paragraphs, and low link density, is kept (a body classed "story comments-enabled"). */
  chromeMaxParagraphWords: 150,
  /** … when its link density is under this (related lists and menus are mostly links; prose is not). */
  chromeKeepMaxLinkDensity: 0.15,
  /** A node named by a weak chrome word ("widget", "menu", "header") is kept when it holds this many words … */
  weakChromeMaxWords: 40,
  /** … at a link density under this: page builders put "widget" on every box, menus are links. */
  weakChromeMaxLinkDensity: 0.3,
  /** JSON-LD articleBody counts as matching the page when this share of the page's paragraphs found in it covers this share of it. */
  articleBodyMatchShare: 0.5,
  /** A paragraph opening with a caption label ("Photo:", "Titelbild:") is a caption up to this many words. */
  labelledCaptionMaxWords: 30,
  /** The headline repeated among this many first paragraphs of the body is left out. */
  topBlocks: 2,
  /** A line before the first paragraph with a year or a clock time and at most this many words is a date stamp, not text. */
  stampMaxWords: 12,
  /** A line right under an image, inside the image's box, is its caption up to this many words. */
  imageCaptionMaxWords: 20,
  /** Bold-only lines up to this many words, not ending in sentence punctuation, are subheadings. */
  boldHeadingMaxWords: 14,
  /** After an "end" chrome label (Read more, اقرأ أيضا) blocks up to this many words are dropped with it until real text comes back. */
  endChromeMaxWords: 20,
} as const;

/** The level given to a bold-only line read as a subheading. */
export const BOLD_HEADING_LEVEL = 3;
