/**
 * The shape of a per-language quote lexicon. A new language is a new data file of this shape,
 * registered in `data/index.ts`; the rules read only these tables.
 *
 * All words are written as a reader writes them; they are normalized (harakat and tatweel removed,
 * alef/yeh folded, lower-cased) when the lexicon is compiled, so tables need not list spelling variants.
 */

export type Gender = "m" | "f";

export interface QuoteMarkPair {
  open: string;
  close: string;
}

export interface Lexicon {
  /** BCP 47 primary tag, e.g. "en", "ar". */
  lang: string;
  /**
   * Speech verbs: lemma -> its forms. In Arabic a form ending in ت (past) or starting with ت (present)
   * is feminine; list the masculine forms and the compiler adds the feminine ones (see `feminine`).
   */
  speechVerbs: Record<string, string[]>;
  /**
   * Verbs whose object is the reported content, with no complementizer ("called the charges
   * unsubstantiated", "cited derogatory comments", "a poll shows Clinton ahead"): a cue only with the
   * speaker before them.
   */
  contentVerbs: Record<string, string[]>;
  /** Verb lemma + particle pairs whose particle belongs to the cue ("call for" -> "called for"). */
  verbParticles: string[];
  /** Opinion and intention verbs ("believes", "اعتبر"): a cue only with a complement or a quote after it. */
  opinionVerbs: Record<string, string[]>;
  /** Speech verbs taking an object before their complement ("urged X to", "دعا X إلى"), lemmas. */
  objectVerbs: string[];
  /** Verbs relaying another's words, their speaker after a marker ("نقلت الصحيفة عن مصدر قوله"). */
  relayVerbs: string[];
  /** The marker before the relayed speaker ("عن"). */
  relayMarker: string;
  /** Words between the relayed speaker and the content ("قوله", "قولها"). */
  relayFillers: string[];
  /** Trailing participles that continue the clause's speaker ("adding", "مؤكداً"). */
  participles: string[];
  /** Passive or impersonal speech forms with no speaker ("it is said", "يشار"). */
  passives: string[];
  /** Prefixes glued to a verb (Arabic و، ف); empty for English. */
  verbPrefixes: string[];
  /** Complementizers and verb particles that open reported content ("that", "أن", "إلى أن", "على"). */
  complements: string[];
  /** Complementizers that open a clause ("that", "أن", "إن"): a speaker may stand a few words before them. */
  clauseComplements: string[];
  /** Verbs that are speech verbs only with one of these complements (عبر عن: "expressed"; عبر alone is "via"). */
  verbComplements: Record<string, string[]>;
  /** Auxiliaries and adverbs that may sit between a speaker and the verb ("has", "also"). */
  verbModifiers: string[];
  /** Titles dropped from a name when resolving it ("Sen.", "الأدميرال"). */
  titles: string[];
  /** Role nouns that name a person by function ("official", "spokesman", "المسؤول", "مستشار"). */
  roleHeads: string[];
  /** Words that carry a role phrase on ("المتحدث باسم الوزارة"). */
  roleLinks: string[];
  /** Heads of a noun phrase naming an organization ("campaign", "الحكومة"). */
  organizationHeads: string[];
  /** Heads of a noun phrase naming a document ("statement", "بيان"). */
  documentHeads: string[];
  /** Heads of an anonymous source ("source", "مصدر"). */
  unnamedHeads: string[];
  /** Personal pronouns with gender (null when they carry none, like "they"). */
  pronouns: Record<string, Gender | null>;
  /** Turn markers handing the turn to the next named speaker, with the gender they carry. */
  turnMarkers: Record<string, Gender>;
  /** Phrases that attribute to a source: "according to", "بحسب", "نقلا عن". */
  sourcePhrases: string[];
  /** Words that end a speaker noun phrase (prepositions, time words, conjunctions). */
  stopWords: string[];
  /** Words after which a speech verb opens a new clause and ends the content before it ("حيث", "كما"). */
  clauseOpeners: string[];
  /** Words between a source phrase and the source's name ("وفقاً لـ", "نقلاً عن"). */
  sourceLinks: string[];
  /** Stop words that end a subject and start the rest of the clause ("في", "مع"), not skipped as time words. */
  placeWords: string[];
  /** Words that cannot be a speaker's name on their own (determiners, time words). */
  notNames: string[];
  /** Quote mark pairs used in this language (the reader accepts all languages' marks). */
  quoteMarks: QuoteMarkPair[];
}
