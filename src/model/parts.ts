import { z } from "zod";

/**
 * The dateline that opens a wire or Arabic news story: "إيلاف من لندن:", "LONDON, Jan 24 (Reuters) -".
 * `raw` is the text as written (removed from the first paragraph); the other fields are what it says, or null.
 */
export const DatelineSchema = z.object({
  raw: z.string().min(1),
  location: z.string().nullable(),
  agency: z.string().nullable(),
  /** ISO 8601 date when the dateline carries one ("Jan 24"); null otherwise. */
  date: z.string().nullable(),
});

/** An author. `url` is their profile page when the page links one; `role` a job title stripped from the byline. */
export const PersonSchema = z.object({
  name: z.string().min(1),
  url: z.string().nullable(),
  role: z.string().nullable(),
});

/** Who wrote the article: the byline as written and the people it names. */
export const BylineSchema = z.object({
  raw: z.string(),
  authors: z.array(PersonSchema),
});

/** A photo caption as listed in `Article.captions`. */
export const CaptionSchema = z.object({
  text: z.string(),
  credit: z.string().nullable(),
  imageUrl: z.string().nullable(),
});

/** A part of the body under one subheading; the lead section has `heading: null`. */
export const SectionSchema = z.object({
  heading: z.string().nullable(),
  level: z.number().int().min(1).max(6).nullable(),
  paragraphs: z.array(z.string()),
});

/** An image (the lead image of the article). */
export const ImageSchema = z.object({
  url: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});

/** The publishing site. */
export const SiteSchema = z.object({
  name: z.string().nullable(),
  url: z.string().nullable(),
});

/** Counts over the body text. */
export const StatsSchema = z.object({
  words: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
});

export type Dateline = z.infer<typeof DatelineSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Byline = z.infer<typeof BylineSchema>;
export type Caption = z.infer<typeof CaptionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Stats = z.infer<typeof StatsSchema>;
