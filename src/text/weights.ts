/**
 * Thresholds of the plain-text reader, in one place. Words are counted with `countWords`.
 */
export const TEXT_WEIGHTS = {
  /** A subheading has at most this many words (the seed's are 3 and 4; wire subheads rarely pass 10). */
  headingMaxWords: 12,
  /** …and at most this many characters. */
  headingMaxChars: 120,
  /** A subheading that ends in a question mark ("على مَن تجب ومتَى؟") is allowed up to this many words. */
  questionHeadingMaxWords: 8,
  /** The paragraph after a subheading must be at least this many words: headings head text. */
  headingFollowerMinWords: 12,
  /** A plain-text caption has at most this many words (the seed's run to 30). */
  captionMaxWords: 60,
  /** A first line this short, without sentence punctuation, followed by body text, is the headline. */
  headlineMaxWords: 25,
  /** Lines after a trailing "related"/"comments" marker are link titles when no longer than this. */
  trailingLinkMaxWords: 20,
} as const;
