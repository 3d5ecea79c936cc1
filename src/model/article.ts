import { z } from "zod";
import { BlockSchema } from "./block.js";
import {
  BylineSchema,
  CaptionSchema,
  DatelineSchema,
  ImageSchema,
  SectionSchema,
  SiteSchema,
  StatsSchema,
} from "./parts.js";
import { WarningSchema } from "./warning.js";
import { deriveViews } from "./views.js";

/** Text direction of the article. */
export const DirectionSchema = z.enum(["ltr", "rtl"]);

/** What kind of input the article was read from. */
export const InputKindSchema = z.enum(["html", "text"]);

/** The Article's fields without the cross-check of views against blocks (used where views are derived by construction). */
export const ArticleShape = z.object({
  /** The article's title as the page shows it, site name stripped; null when the input has none. */
  headline: z.string().nullable(),
  /** The standfirst or deck under the headline. */
  subheadline: z.string().nullable(),
  dateline: DatelineSchema.nullable(),
  byline: BylineSchema.nullable(),
  /** ISO 8601: a day (`2023-01-24`) or a time with the page's own offset when the page gives one. */
  published: z.string().nullable(),
  modified: z.string().nullable(),
  /** BCP 47 language tag (`ar`, `en`, `de` …); null when it cannot be told. */
  language: z.string().nullable(),
  direction: DirectionSchema,
  site: SiteSchema,
  /** The site's category for the article ("World", "سياسة"). */
  section: z.string().nullable(),
  tags: z.array(z.string()),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  image: ImageSchema.nullable(),
  /** The ordered body. `paragraphs`, `captions`, `sections`, `text` and `stats` are views of it. */
  blocks: z.array(BlockSchema),
  paragraphs: z.array(z.string()),
  captions: z.array(CaptionSchema),
  sections: z.array(SectionSchema),
  /** The body as a reader reads it: headings, paragraphs, blockquotes and lists, separated by blank lines. */
  text: z.string(),
  stats: StatsSchema,
  /** Where each field's value came from, e.g. `{ headline: "h1", published: "json-ld:datePublished" }`. */
  provenance: z.record(z.string(), z.string()),
  source: InputKindSchema,
  warnings: z.array(WarningSchema),
});

/**
 * The parsed article. Validating with it also checks that the views (`paragraphs`, `captions`,
 * `sections`, `text`, `stats`) agree with `blocks`.
 */
export const ArticleSchema = ArticleShape.superRefine((article, ctx) => {
  const views = deriveViews(article.blocks);
  for (const key of ["paragraphs", "captions", "sections", "text", "stats"] as const) {
    if (JSON.stringify(views[key]) !== JSON.stringify(article[key])) {
      ctx.addIssue({ code: "custom", path: [key], message: `${key} does not agree with blocks` });
    }
  }
});

export type Direction = z.infer<typeof DirectionSchema>;
export type InputKind = z.infer<typeof InputKindSchema>;
export type Article = z.infer<typeof ArticleSchema>;

/** The JSON Schema (draft 2020-12) of `Article`, for consumers in other languages. */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleShape, { target: "draft-2020-12" }) as Record<string, unknown>;
}
