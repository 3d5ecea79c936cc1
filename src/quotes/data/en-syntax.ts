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

/** Words that show a sentence opening is more than a subject noun phrase ("… and says", "… that he said"). */
export const SUBJECT_BREAKERS: ReadonlySet<string> = new Set(["and", "but", "or", "nor", "that", "who", "whom", "which", "when", "where", "while", "if", "because", "as", "since", "although", "though", "after", "before", "until", "unless", "not", "it", "there", "he", "she", "they", "we", "i", "you", "asked", "how", "what", "why", "so"]);

/** Lower-case nouns told something ("told reporters the plan …"): the object, not the content. */
export const LISTENERS: ReadonlySet<string> = new Set(["reporters", "journalists", "audiences", "audience", "crowd", "crowds", "supporters", "voters", "listeners", "viewers", "lawmakers", "delegates", "donors", "students", "members", "attendees", "everyone", "people", "americans"]);

/** Prepositions inside a subject noun phrase ("residents of …", "a person close to …", "a report by …"). */
export const SUBJECT_LINKS: ReadonlySet<string> = new Set(["of", "to", "with", "from", "for", "in", "at", "by", "on"]);

/** Words before "asked" when the asker is left out ("When asked whether …", "after being asked if …"). */
export const QUESTION_LEADS: ReadonlySet<string> = new Set(["when", "after", "once", "if", "being", "and"]);

/** Words opening a reported question after "asked". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["whether", "if", "what", "who", "how", "why", "which", "where", "when", "about"]);

/** Verbs reporting an impression with no one named ("X seemed to …", "X is expected to …"). */
export const RAISING_VERBS: ReadonlySet<string> = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);

/** Participles that do the same after "is", "are", "was", "were" ("is expected to"). */
export const RAISING_PASSIVES: ReadonlySet<string> = new Set(["expected", "likely"]);
