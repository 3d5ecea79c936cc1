import { safeParse } from "../parse.js";
import type { ParseOptions } from "../options.js";
import type { Article } from "../model/article.js";
import type { OutputFormat, TaskSettings } from "./records.js";
import { toMarkdown } from "./markdown.js";
import { toPlainText } from "./plaintext.js";
import { quoteExtras, quotesSection } from "./quotes.js";
import type { Quote } from "../quotes/index.js";

/** A parsed page: the article and, with `--quotes`, what the quote extractors found. */
export interface PageResult {
  article: Article;
  extras: Record<string, unknown>;
}

/** Reads one page with the library; never throws. */
export function parsePage(
  input: string | Uint8Array,
  settings: TaskSettings,
  url: string | null,
  inputFormat?: "html" | "text",
): { ok: true; page: PageResult } | { ok: false; message: string } {
  const options: ParseOptions = {};
  if (url) options.url = url;
  if (settings.charset) options.charset = settings.charset;
  const format = settings.inputFormat ?? inputFormat;
  if (format) options.format = format;
  if (settings.language) options.language = settings.language;
  const result = safeParse(input, options);
  if (!result.ok) return { ok: false, message: `${result.error.code}: ${result.error.message}` };
  const extras = settings.quotes ? { ...quoteExtras(result.article) } : {};
  return { ok: true, page: { article: result.article, extras } };
}

/** The JSON value of a page: the Article, with the `--quotes` fields added. */
export function pageJson(page: PageResult): Record<string, unknown> {
  return { ...page.article, ...page.extras };
}

/** The markdown or text view of a page; with `--quotes`, its quotes close it. */
function readable(page: PageResult, markdown: boolean): string {
  const body = markdown ? toMarkdown(page.article) : toPlainText(page.article);
  const quotes = Array.isArray(page.extras.quotes) ? quotesSection(page.extras.quotes as Quote[], markdown) : "";
  return quotes ? `${body}\n${quotes}` : body;
}

/** Renders a page as a document for a person (markdown, text) or as JSON text. */
export function renderPage(page: PageResult, output: OutputFormat, pretty: boolean): string {
  if (output === "json") return `${JSON.stringify(pageJson(page), null, pretty ? 2 : undefined)}\n`;
  return readable(page, output === "markdown");
}

/** The batch output value of a page: `{source, url, article}`, or `{source, url, markdown|text}`. */
export function pageRecord(source: string, url: string | null, page: PageResult, output: OutputFormat): object {
  if (output === "markdown") return { source, url, markdown: readable(page, true) };
  if (output === "text") return { source, url, text: readable(page, false) };
  return { source, url, article: pageJson(page) };
}
