/**
 * Thresholds of the plain-text reader, in one place. Words are counted with `countWords`.
 */
export const TEXT_WEIGHTS = {
  /** A subheading has at most this many words (the seed's are 3 and 4; wire subheads rarely pass 10). */
  headingMaxWords: 12,
  /** …and at most this many characters. */
  headingMaxChars: 120,
  /** The paragraph after a subheading must be at least this many words: headings head text. */
  headingFollowerMinWords: 12,
  /** A plain-text caption has at most this many words (the seed's run to 30)… */
  captionMaxWords: 60,
  /** …or this many when its credit reads as a photo credit (AP captions run long). */
  photoCaptionMaxWords: 110,
  /** A first line this short, without sentence punctuation, followed by body text, is the headline. */
  headlineMaxWords: 25,
  /** A line of this many capitalised words right under the headline is an author line ("NATALIYA VASILYEVA"). */
  authorLineMaxWords: 4,
  /** Lines after a "related"/"comments" marker are link titles while no longer than this. */
  linkLineMaxWords: 20,
  /** How many units from the top a date stamp may be. */
  dateStampMaxUnit: 4,
  /** A body needs one paragraph at least this long for a first short line to count as its headline. */
  bodyParagraphMinWords: 12,
} as const;
