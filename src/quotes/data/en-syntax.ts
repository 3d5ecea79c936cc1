/**
 * English grammar words the English rules read (en-content.ts, en-rules.ts, np-en.ts): closed-class
 * words, kept as data like the lexicon in en.ts. All lower-case, as the normalized text is.
 */

/** Determiners and quantifiers opening a noun phrase ("the", "a senior", "63 percent"). */
export const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "another", "one", "some", "many", "several", "two", "three", "other", "most", "his", "her", "their", "its", "our", "both", "few", "top", "senior", "all"]);

/** Lower-case words inside a proper name ("Center for Public Opinion Research", "Secretary of State"). */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "the", "&", "-", "de", "van", "von", "al", "bin", "for", "on"]);

/** Words that may open the short tail after a speech tag ("…, she said on Tuesday."). */
export const TAIL_WORDS: ReadonlySet<string> = new Set(["on", "in", "at", "during", "after", "before", "last", "this", "earlier", "later", "to", "with", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "a", "an", "the", "recently", "reporters", "journalists", "me", "us", "him", "her", "them", "so", "too", "then", "again", "afterward", "later", "yes", "no"]);

/** Prepositions after which any words may follow in a tail ("said in a statement"). */
export const TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "at", "during", "after", "before", "to", "with", "of", "via", "from", "about", "by"]);

/** Prepositions that open an adjunct after a verb, not content ("said in an interview, …"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on", "of", "during", "by", "for", "with", "after", "before", "from", "about", "to", "into", "while", "when"]);

/** Words that open reported content after a verb and its object ("told X how …"). */
export const COMPLEMENTS: ReadonlySet<string> = new Set(["that", "how", "why", "what", "whether", "if", "where", "when", "who"]);

/** Relative pronouns that stand for the phrase before them ("Alvarez, who said …"). */
export const RELATIVE: ReadonlySet<string> = new Set(["who", "which", "that"]);

/** Words opening a trailing clause that annotators leave out of the content (", which …"). */
export const TRAILING_CLAUSE: ReadonlySet<string> = new Set(["which", "though", "although", "whereas", "according"]);

/** Words before a verb form that make it a noun ("his remarks", "the latest reports"). */
export const NOUN_BEFORE: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "latest", "recent"]);

/** Auxiliaries that make a past participle passive ("was reported by"). */
export const PASSIVE_BEFORE: ReadonlySet<string> = new Set(["was", "were", "been", "being", "be", "is", "are"]);

/** Time nouns in an adjunct between a speaker and the verb ("on Monday", "this month"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "morning", "night", "evening", "afternoon", "weekend"]);

/** Words opening such an adjunct. */
export const TIME_OPENERS: ReadonlySet<string> = new Set(["on", "this", "last", "that", "earlier", "late", "early"]);
