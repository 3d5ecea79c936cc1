import type { Article } from "../model/index.js";
import { groupAttributions } from "./attributions.js";
import { extract, type QuoteOptions } from "./extract.js";
import type { Attribution, Quote } from "./schema.js";

export * from "./schema.js";
export type { QuoteOptions } from "./extract.js";
export { LEXICONS } from "./data/index.js";
export type { Lexicon } from "./data/index.js";

/**
 * Finds the quotes of an Article or a text: direct quotes in any quote marks (split and
 * multi-paragraph ones too), reported speech (English "X said that …", Arabic "وأكد X أن …") and
 * passives with no speaker ("يشار إلى أن"). Names and scare quotes in marks are not quotes.
 *
 * @param input - an `Article` (offsets are then into `article.paragraphs[quote.paragraph]`) or a string
 *   (offsets into the string; `paragraph` is the index of its non-empty line).
 * @param options - `lang` overrides the language; `minConfidence` drops weaker quotes.
 * @returns the quotes in text order; an empty array for empty or invalid input. Never throws.
 */
export function extractQuotes(input: Article | string, options?: QuoteOptions): Quote[] {
  try {
    return extract(input, options ?? {}).quotes;
  } catch {
    return [];
  }
}

/**
 * Groups the quotes of an Article or a text by speaker (resolved to the full name the text gives) and
 * adds source attributions ("according to X", بحسب، نقلا عن، "كما قال بيان صحافي … تابعته إيلاف").
 *
 * @param input - an `Article` or a string, as for {@link extractQuotes}.
 * @returns one entry per speaker in order of first appearance; quotes with no speaker are grouped under
 *   `speaker: null`. Never throws.
 */
export function extractAttributions(input: Article | string, options?: QuoteOptions): Attribution[] {
  try {
    const { quotes, sources } = extract(input, options ?? {});
    return groupAttributions(quotes, sources);
  } catch {
    return [];
  }
}
