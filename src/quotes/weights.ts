/**
 * Confidence of each rule, 0–1, and the thresholds the rules use. Rough precision of each pattern as
 * measured on the PolNeAR train split (speaker+cue+content found together), rounded; a quote's
 * confidence is its rule's value. Change them together with a measurement (scripts/accuracy-quotes.ts).
 */
export const CONFIDENCE = {
  /** "“…,” Clinton said." — a direct quote with the speech tag after it. */
  directTagged: 0.9,
  /** "Clinton said that …" — speaker, verb, complement. */
  speakerVerbContent: 0.75,
  /** "A person familiar with the plan says …" — a long subject read from the sentence start. */
  subjectVerbContent: 0.6,
  /** "…, Clinton said." — reported content with the tag after it. */
  contentSpeakerVerb: 0.7,
  /** "…, said Clinton." */
  contentVerbSpeaker: 0.7,
  /** "WALLACE: …" in a transcript. */
  transcript: 0.8,
  /** "Clinton called the charges unsubstantiated": the object is the content. */
  objectVerb: 0.5,
  /** "according to X", "بحسب X". */
  according: 0.7,
  /** Arabic verb-first "وأكد X أن …". */
  arabicVerbFirst: 0.8,
  /** A subject-less verb or participle continuing the last speaker. */
  continuing: 0.6,
  /** "يشار إلى أن …": reported with no speaker. */
  passive: 0.5,
  /** A direct quote with no speech verb near it (speaker unknown). */
  untagged: 0.35,
} as const;

/** Thresholds of the rules. */
export const LIMITS = {
  /** A quote in marks with fewer words and no speech verb next to it is a name or a scare quote. */
  minQuoteWords: 4,
  /** Words a speaker noun phrase may hold. */
  maxSpeakerWords: 6,
  /** Tokens between a verb and "that" ("said in a statement on Tuesday that"). */
  maxGapToThat: 7,
  /** Tokens an Arabic verb may be from its complement (the subject between them). */
  maxArabicSubject: 6,
  /** Tokens a subject read from the sentence start may hold ("Majorities of Democrats in five states … say"). */
  maxSubjectTokens: 14,
  /** Reported content needs at least this many words. */
  minContentWords: 2,
} as const;
