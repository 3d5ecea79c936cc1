import { z } from "zod";

/**
 * Quote and attribution schemas. TypeScript types are inferred from them, never written twice.
 *
 * Offsets (`start`, `end`, end exclusive) are JavaScript string indices into what the caller gave:
 * - for a string input, absolute offsets into that string; `paragraph` is then the index of the
 *   paragraph (the string split on line breaks, empty lines skipped) the span starts in, for reference;
 * - for an `Article`, offsets into `article.paragraphs[paragraph]`.
 */

/** What kind of thing speaks: a named or described person, an organization, a document, an unnamed source. */
export const SpeakerKindSchema = z.enum(["person", "organization", "document", "unnamed"]);

/** A piece of text in the caller's input. */
export const SpanSchema = z.object({
  text: z.string(),
  /** Index of the paragraph the span is in (see the offset rules above). */
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * Who said it. `name` is the mention as written ("الأدميرال مونش", "he", "the official");
 * `resolved` is the full name the text gives for it ("ستيوارت مونش", "Donald Trump"), or the mention
 * itself when nothing better is known. A subject-less verb ("وأشار إلى …") or a trailing participle
 * ("مشيراً إلى أن") has no mention: `start`, `end` and `paragraph` are then null and `implicit` is true.
 */
export const SpeakerSchema = z.object({
  name: z.string(),
  resolved: z.string(),
  kind: SpeakerKindSchema,
  implicit: z.boolean(),
  paragraph: z.number().int().nonnegative().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});

/** The speech verb or phrase ("said", "according to", "أكد", "أشار"); a و/ف prefix is not part of it. */
export const CueSchema = SpanSchema;

/** direct: all in quote marks; indirect: reported speech; mixed: reported speech holding quoted words. */
export const QuoteKindSchema = z.enum(["direct", "indirect", "mixed"]);

/**
 * One quote. `start`/`end` cover the whole quote from the first part to the last; `paragraph` is where it
 * starts and `endParagraph` where it ends (they differ for a quote running over several paragraphs,
 * and for an Article input `end` is then an offset into `article.paragraphs[endParagraph]`).
 * `parts` are the quoted pieces without the speech tag between them ("A," she said, "B."): one part
 * for an unsplit quote. Direct parts include their quote marks; indirect content starts at the
 * complementizer ("that …", "أن …") and stops before the sentence's final stop.
 */
export const QuoteSchema = z.object({
  text: z.string(),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema.nullable(),
  cue: CueSchema.nullable(),
  paragraph: z.number().int().nonnegative(),
  endParagraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  parts: z.array(SpanSchema).min(1),
  /** How sure the rule is, 0–1 (see `CONFIDENCE` in weights.ts). */
  confidence: z.number().min(0).max(1),
  /** Name of the rule that produced the quote, e.g. `direct-said-after`, `ar-verb-first`. */
  rule: z.string(),
});

/**
 * A source attribution that is not a speaker's own words: "according to X", "X reported", بحسب،
 * وفقا لـ، نقلا عن، "كما قال بيان صحافي … تابعته إيلاف". `name` is the source as written,
 * `text` the whole attributing phrase.
 */
export const SourceSchema = SpanSchema.extend({
  name: z.string(),
  /** The full name the source resolves to (as for a speaker); the name itself when nothing better is known. */
  resolved: z.string(),
  kind: SpeakerKindSchema,
  /** The cue words of the phrase ("according to", "بحسب", "كما قال"). */
  cue: z.string(),
});

/**
 * Everything one speaker said: `speaker` is the resolved full name (or null for quotes with no
 * speaker, e.g. "يشار إلى أن"), `mentions` every way the text named them, `quotes` their quotes in
 * text order (the same objects `extractQuotes` returns), `sources` the source attributions naming them.
 */
export const AttributionSchema = z.object({
  speaker: z.string().nullable(),
  kind: SpeakerKindSchema.nullable(),
  mentions: z.array(z.string()),
  quotes: z.array(QuoteSchema),
  sources: z.array(SourceSchema),
});

export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
