/**
 * Markup knowledge of the content stage: which tags, roles, classes and ids mark chrome, which mark
 * the body, and which tags are blocks. Class and id values are split into words ("article-body",
 * "articleBody", "story_body" → article/body, story/body) and matched word by word, so "ad" matches
 * "ad-slot" but never "head" or "download".
 */

/** Tags whose content is never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math",
  "button", "input", "select", "textarea", "option", "dialog", "map", "audio", "video", "source", "track",
  "title", "meta", "link", "frameset", "frame", "xmp", "plaintext", "noembed", "noframes",
]);

/** Structural chrome tags, dropped unless they hold most of the page (some sites wrap everything in <header> or <form>). */
export const CHROME_TAGS: ReadonlySet<string> = new Set(["nav", "header", "footer", "aside", "form", "menu"]);

/** ARIA roles of chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist",
]);

/** Class/id words of chrome that no body word redeems: ads, comments, share bars, related lists, newsletter and cookie boxes. */
export const CHROME_CLASS_WORDS: ReadonlySet<string> = new Set([
  "ad", "ads", "adv", "advert", "advertisement", "adsense", "adslot", "dfp", "sponsor", "sponsored", "promo", "promotion", "outbrain", "taboola",
  "comment", "comments", "commentlist", "disqus", "replies",
  "share", "sharing", "sharebar", "social", "socials", "sociable", "addthis", "sharethis", "shariff",
  "related", "recommended", "recommendations", "recirculation", "readmore", "trending", "mostread",
  "newsletter", "subscribe", "subscription", "signup",
  "cookie", "cookies", "consent", "gdpr", "popup", "modal", "lightbox",
  "breadcrumb", "breadcrumbs", "pagination", "pager", "sidebar", "toolbar", "print", "tagcloud", "taglist",
  "sr", "visually", "offscreen",
]);

/** Parts of run-together class words that mark chrome ("relatedposts", "sharedaddy", "socialbar"); never "comment" alone ("commentary" is text). */
export const CHROME_CLASS_PARTS: readonly string[] = [
  "related", "share", "sharing", "social", "newsletter", "sidebar", "cookie", "advert", "sponsor", "breadcrumb",
  "pagination", "outbrain", "taboola", "recommend", "subscribe", "comments", "banner",
];

/** Class/id words of chrome that a body word on the same node redeems ("nav" vs "main-nav", but "article-header" stays). */
export const WEAK_CHROME_CLASS_WORDS: ReadonlySet<string> = new Set([
  "nav", "navbar", "navigation", "menu", "widget", "widgets", "footer", "masthead", "header", "banner", "skip", "tags", "keywords",
  "rating", "ratings", "authorbox", "overlay", "prev", "next", "prevnext", "byline", "signature", "author", "popular", "reply", "respond", "discussion", "meta", "extra", "community",
]);

/** Class/id words of the body: a node carrying one is never dropped as chrome by its class. */
export const BODY_CLASS_WORDS: ReadonlySet<string> = new Set([
  "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "column", "prose", "richtext",
]);

/** Class/id words that lower a container's score (chrome that may still be kept). */
export const NEGATIVE_CLASS_WORDS: ReadonlySet<string> = new Set([
  "comment", "comments", "meta", "footer", "footnote", "foot", "sidebar", "widget", "related", "share", "social", "promo", "sponsor",
  "ad", "ads", "nav", "menu", "teaser", "teasers", "card", "cards", "list", "tags", "author", "byline", "caption", "credit", "hidden",
]);

/** Class/id words that raise a container's score. */
export const POSITIVE_CLASS_WORDS: ReadonlySet<string> = new Set([
  "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "prose", "richtext", "detail", "details", "news",
]);

/** A strong body signal: an attribute whose value (for class: one of its tokens, compared lower-case) names the body container. */
export interface BodyMarker {
  attr: "itemprop" | "data-component" | "class" | "id" | "tag";
  value: string;
}

/**
 * Strong signals of the body, tried before scoring, best first: microdata, then the containers of
 * common CMSs (WordPress, Drupal, Arc, BBC, Guardian, Arabic CMSs …), then <article>. The first
 * that holds enough text wins.
 */
export const BODY_MARKERS: readonly BodyMarker[] = [
  { attr: "itemprop", value: "articlebody" },
  { attr: "data-component", value: "text-block" },
  ...[
    "entry-content", "article-body", "article__body", "articlebody", "article-content", "article__content",
    "story-body", "story-content", "storycontent", "post-content", "post-body", "post__content", "postbody",
    "td-post-content", "field-name-body", "field--name-body", "content-body", "body-text",
    "article-text", "articletext", "news-body", "news-content", "news-text", "detail-body", "details-body",
    "article_body", "article-details", "entry-body", "text-content", "main-article-body", "article-main",
    "story__body", "story-text", "articlecontent", "rich-text", "c-entry-content",
  ].map((value): BodyMarker => ({ attr: "class", value })),
  ...["article-body", "articlebody", "article-content", "story-body", "content-body", "bodycontent", "article_body"].map(
    (value): BodyMarker => ({ attr: "id", value }),
  ),
  { attr: "tag", value: "article" },
];

/** Class/id words of captions and photo credits. */
export const CAPTION_CLASS_WORDS: ReadonlySet<string> = new Set([
  "caption", "figcaption", "legend", "imagecaption", "image-caption", "img-caption", "wp-caption-text", "photo-caption", "credit", "credits", "copyright", "photocredit",
]);

/** Elements that end a run of inline text: each starts a new block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
  "caption", "pre", "hr", "address", "details", "summary", "center", "form", "fieldset", "hgroup", "body", "html", "picture",
]);

/** Tags whose text counts as a paragraph for scoring. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(["p", "pre", "td", "blockquote", "dd", "li"]);

/** Attributes that may hold an image URL, best first (lazy loaders put the real one in data-*). */
export const IMAGE_SRC_ATTRS: readonly string[] = [
  "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src", "src",
];
/** Attributes holding a srcset. */
export const IMAGE_SRCSET_ATTRS: readonly string[] = ["data-srcset", "data-lazy-srcset", "srcset"];
