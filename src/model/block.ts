import { z } from "zod";

/** A paragraph of body text. */
export const ParagraphBlockSchema = z.object({
  type: z.literal("paragraph"),
  text: z.string().min(1),
});

/** A subheading inside the body; `level` 2–6 as in HTML (plain-text subheadings are level 2). */
export const HeadingBlockSchema = z.object({
  type: z.literal("heading"),
  text: z.string().min(1),
  level: z.number().int().min(1).max(6),
});

/** A photo caption, with its credit ("(مكتبه)", "AFP", "Reuters/Name") split off the text. */
export const CaptionBlockSchema = z.object({
  type: z.literal("caption"),
  text: z.string(),
  credit: z.string().nullable(),
  imageUrl: z.string().nullable(),
});

/** A quoted block (`<blockquote>`, an embedded statement). */
export const BlockquoteBlockSchema = z.object({
  type: z.literal("blockquote"),
  text: z.string().min(1),
});

/** A bulleted or numbered list that belongs to the body. */
export const ListBlockSchema = z.object({
  type: z.literal("list"),
  items: z.array(z.string().min(1)).min(1),
  ordered: z.boolean(),
});

/** One piece of the ordered article body. */
export const BlockSchema = z.discriminatedUnion("type", [
  ParagraphBlockSchema,
  HeadingBlockSchema,
  CaptionBlockSchema,
  BlockquoteBlockSchema,
  ListBlockSchema,
]);

export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type CaptionBlock = z.infer<typeof CaptionBlockSchema>;
export type BlockquoteBlock = z.infer<typeof BlockquoteBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
