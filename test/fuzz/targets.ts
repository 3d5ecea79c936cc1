/**
 * The functions under test, loaded from src/ by file URL so the harness works before every module
 * exists: quotes and dates are optional and skipped (with a note) when their files are missing.
 * Works under vitest and under tsx.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ZodType } from "zod";

const SRC = new URL("../../src/", import.meta.url);

type Fn = (...args: never[]) => unknown;

export interface Targets {
  parse: (input: unknown, options?: unknown) => unknown;
  safeParse: (input: unknown, options?: unknown) => unknown;
  isKhabarError: (value: unknown) => boolean;
  ArticleSchema: ZodType;
  /** Public quote extractors (they catch their own errors) and the internal `extract` that does not. */
  quotes: {
    extractQuotes: (input: unknown, options?: unknown) => unknown;
    extractAttributions: (input: unknown, options?: unknown) => unknown;
    QuoteSchema: ZodType | null;
    AttributionSchema: ZodType | null;
    /** src/quotes/extract.ts `extract`, uncaught: errors the public API would hide surface here. */
    extractRaw: ((input: unknown, options?: unknown) => unknown) | null;
  } | null;
  dates: {
    parseNewsDate: (text: unknown, options?: unknown) => unknown;
    NewsDateSchema: ZodType | null;
    /** `findDates`, uncaught. */
    findDatesRaw: ((text: unknown, options?: unknown) => unknown) | null;
  } | null;
  /**
   * The HTML stages run directly (load → metadata → content), so they are fuzzed even before parse()
   * calls them; null when they are not there.
   */
  htmlStages: ((html: string, url?: string | null) => { metadata: unknown; content: unknown }) | null;
  /** True once src/parse.ts reads HTML with the HTML stages (not by stripping tags). */
  htmlWired: boolean;
  /** What could not be loaded, for the report. */
  missing: string[];
}

async function optional(path: string): Promise<Record<string, unknown> | null> {
  const url = new URL(path, SRC);
  if (!existsSync(fileURLToPath(url))) return null;
  try {
    return (await import(url.href)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function fn(mod: Record<string, unknown> | null, name: string): Fn | null {
  const value = mod?.[name];
  return typeof value === "function" ? (value as Fn) : null;
}

/** Loads the targets once. */
export async function loadTargets(): Promise<Targets> {
  const missing: string[] = [];
  const parseMod = (await import(new URL("parse.ts", SRC).href)) as Record<string, unknown>;
  const errors = (await import(new URL("errors.ts", SRC).href)) as Record<string, unknown>;
  const model = (await import(new URL("model/article.ts", SRC).href)) as Record<string, unknown>;

  const quotesIndex = await optional("quotes/index.ts");
  const quotesSchema = await optional("quotes/schema.ts");
  const quotesExtract = await optional("quotes/extract.ts");
  const extractQuotes = fn(quotesIndex, "extractQuotes");
  const extractAttributions = fn(quotesIndex, "extractAttributions");
  if (!extractQuotes || !extractAttributions) missing.push("src/quotes/index.ts extractQuotes/extractAttributions");

  const datesIndex = (await optional("dates/index.ts")) ?? (await optional("dates/parse.ts"));
  const datesSchema = await optional("dates/schema.ts");
  const datesParse = await optional("dates/parse.ts");
  const parseNewsDate = fn(datesIndex, "parseNewsDate");
  if (!parseNewsDate) missing.push("src/dates parseNewsDate");

  const load = await optional("html/load.ts");
  const meta = await optional("html/metadata/index.ts");
  const content = await optional("html/content/index.ts");
  const loadHtml = fn(load, "loadHtml") as ((html: string, url: string | null) => unknown) | null;
  const readMetadata = fn(meta, "readMetadata") as ((doc: unknown) => Record<string, unknown>) | null;
  const readContent = fn(content, "readContent") as ((doc: unknown, hints: unknown) => unknown) | null;
  const htmlStages =
    loadHtml && readMetadata && readContent
      ? (html: string, url: string | null = null) => {
          const doc = loadHtml(html, url);
          const metadata = readMetadata(doc);
          const hints = { headline: metadata.headline ?? null, articleBody: metadata.articleBody ?? null, bylineText: metadata.bylineText ?? null, language: metadata.language ?? null };
          return { metadata, content: readContent(doc, hints) };
        }
      : null;
  if (!htmlStages) missing.push("src/html load/metadata/content stages");
  const parseSource = readFileSync(fileURLToPath(new URL("parse.ts", SRC)), "utf8");
  const htmlWired = /from\s+["']\.\/html\//.test(parseSource);
  if (!htmlWired) missing.push("parse() does not call the HTML stages yet (tags are stripped): markup checks run on the stages directly");

  return {
    htmlStages,
    htmlWired,
    parse: parseMod.parse as Targets["parse"],
    safeParse: parseMod.safeParse as Targets["safeParse"],
    isKhabarError: errors.isKhabarError as Targets["isKhabarError"],
    ArticleSchema: model.ArticleSchema as ZodType,
    quotes:
      extractQuotes && extractAttributions
        ? {
            extractQuotes: extractQuotes as never,
            extractAttributions: extractAttributions as never,
            QuoteSchema: (quotesSchema?.QuoteSchema as ZodType | undefined) ?? null,
            AttributionSchema: (quotesSchema?.AttributionSchema as ZodType | undefined) ?? null,
            extractRaw: fn(quotesExtract, "extract") as never,
          }
        : null,
    dates: parseNewsDate
      ? {
          parseNewsDate: parseNewsDate as never,
          NewsDateSchema: (datesSchema?.NewsDateSchema as ZodType | undefined) ?? null,
          findDatesRaw: fn(datesParse, "findDates") as never,
        }
      : null,
    missing,
  };
}
