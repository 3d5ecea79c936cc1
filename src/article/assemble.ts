import { ArticleShape, type Article } from "../model/article.js";
import { deriveViews } from "../model/views.js";
import { detectLanguage, directionOf, directionOfText } from "../language/detect.js";
import { KhabarError } from "../errors.js";
import { sanitizeDraft } from "./sanitize.js";

/** What a reader (HTML or text) hands to assembly: the Article without the views derived from blocks. */
export type ArticleDraft = Omit<Article, "paragraphs" | "captions" | "sections" | "text" | "stats" | "direction"> & {
  direction: Article["direction"] | null;
};

/** A draft with every field empty, for readers to fill. */
export function emptyDraft(source: Article["source"]): ArticleDraft {
  return {
    headline: null, subheadline: null, dateline: null, byline: null, published: null, modified: null,
    language: null, direction: null, site: { name: null, url: null }, section: null, tags: [], url: null,
    canonicalUrl: null, image: null, blocks: [], provenance: {}, source, warnings: [],
  };
}

/**
 * Completes a draft into an Article: strips markup from text fields and non-http(s) URLs
 * (`sanitizeDraft`), derives the views from the blocks, fills language and direction
 * from the text's own scripts when the reader found none, and validates the result against the schema.
 */
export function assemble(unsafe: ArticleDraft): Article {
  const draft = sanitizeDraft(unsafe);
  const views = deriveViews(draft.blocks);
  const sample = [draft.headline ?? "", views.text || views.captions.map((c) => c.text).join(" ")].join("\n");
  let language = draft.language;
  const provenance = { ...draft.provenance };
  if (!language) {
    language = detectLanguage(sample);
    if (language) provenance.language = "text:scripts";
  }
  let direction = draft.direction;
  if (!direction) {
    direction = directionOf(language) ?? directionOfText(sample);
    provenance.direction = language ? "language" : "text:scripts";
  }
  // What the readers built is checked against the schema. The views are not: they are derived from
  // the blocks by construction, and checking them checked (and copied) every paragraph, caption and
  // the whole text a second time, about a fifth of the schema check's time in the profile. The
  // exported ArticleSchema checks them, and that they agree with the blocks, for callers (and every test).
  const checked = DraftShape.safeParse({ ...draft, language, direction, provenance });
  if (!checked.success) {
    throw new KhabarError("internal", `khabar built an invalid Article: ${checked.error.message}`, { cause: checked.error });
  }
  const d = checked.data;
  // The schema's key order (JSON output keeps it): the views come after the blocks.
  return {
    headline: d.headline, subheadline: d.subheadline, dateline: d.dateline, byline: d.byline, published: d.published,
    modified: d.modified, language: d.language, direction: d.direction, site: d.site, section: d.section, tags: d.tags,
    url: d.url, canonicalUrl: d.canonicalUrl, image: d.image, blocks: d.blocks,
    paragraphs: views.paragraphs, captions: views.captions, sections: views.sections, text: views.text, stats: views.stats,
    provenance: d.provenance, source: d.source, warnings: d.warnings,
  };
}

/** The Article's fields that readers fill, without the views derived from the blocks. */
const DraftShape = ArticleShape.omit({ paragraphs: true, captions: true, sections: true, text: true, stats: true });
