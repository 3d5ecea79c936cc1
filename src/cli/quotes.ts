import { z } from "zod";
import type { Article } from "../model/article.js";
import { escapeMarkdown, joinLines } from "./markdown.js";
import { AttributionSchema, extractAttributions, extractQuotes, QuoteSchema, type Quote } from "../quotes/index.js";

/** What `--quotes` adds to a page: its quotes and who said them. */
export interface QuoteExtras {
  quotes: Quote[];
  attributions: ReturnType<typeof extractAttributions>;
}

/** Runs the quote extractors on a parsed article (they never re-read the HTML, and never throw). */
export function quoteExtras(article: Article): QuoteExtras {
  return { quotes: extractQuotes(article), attributions: extractAttributions(article) };
}

/**
 * The JSON Schema (draft 2020-12) of Quote, as `khabar schema --quotes` prints it; the schema of an
 * entry of `attributions` sits beside it at `#/$defs/Attribution`.
 */
export function quoteJsonSchema(): Record<string, unknown> {
  const quote = z.toJSONSchema(QuoteSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema: _drop, ...attribution } = z.toJSONSchema(AttributionSchema, { target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  const defs = (quote.$defs as Record<string, unknown> | undefined) ?? {};
  return { ...quote, $defs: { ...defs, Attribution: attribution } };
}

/** The quotes as a closing section of the markdown or text view: `“text” — speaker (cue)` per quote. */
export function quotesSection(quotes: readonly Quote[], markdown: boolean): string {
  if (quotes.length === 0) return "";
  const lines = quotes.map((quote) => {
    const who = quote.speaker ? ` — ${quote.speaker.resolved}` : "";
    const cue = quote.cue ? ` (${quote.cue.text})` : "";
    const line = `${quote.text}${who}${cue}`;
    return `- ${markdown ? escapeMarkdown(line) : joinLines(line)}`;
  });
  return `${markdown ? "## Quotes" : "Quotes:"}\n\n${lines.join("\n")}\n`;
}
