import { ar } from "./ar.js";
import { en } from "./en.js";
import type { Lexicon } from "./types.js";

/** The quote lexicons by primary language tag. Register a new language here. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, ar };

export type { Lexicon, Gender, QuoteMarkPair } from "./types.js";
