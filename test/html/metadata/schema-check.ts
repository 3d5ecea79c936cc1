import { z } from "zod";
import { BylineSchema, DatelineSchema, ImageSchema, SiteSchema } from "../../../src/model/parts.js";
import { WarningSchema } from "../../../src/model/warning.js";
import { DirectionSchema } from "../../../src/model/article.js";

/** The shape of PageMetadata, to check results against the model's own schemas. */
export const PageMetadataSchemaCheck = z.object({
  headline: z.string().min(1).nullable(),
  subheadline: z.string().min(1).nullable(),
  byline: BylineSchema.nullable(),
  bylineLocation: z.string().nullable(),
  bylineText: z.string().nullable(),
  published: z.string().nullable(),
  modified: z.string().nullable(),
  language: z.string().nullable(),
  direction: DirectionSchema.nullable(),
  site: SiteSchema,
  section: z.string().nullable(),
  tags: z.array(z.string()),
  canonicalUrl: z.string().url().nullable(),
  image: ImageSchema.nullable(),
  articleBody: z.string().nullable(),
  dateline: DatelineSchema.nullable(),
  provenance: z.record(z.string(), z.string()),
  warnings: z.array(WarningSchema),
}).strict();
