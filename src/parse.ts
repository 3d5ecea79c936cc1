import type { Article } from "./model/article.js";
import { warning, type Warning } from "./model/warning.js";
import { KhabarError, isKhabarError } from "./errors.js";
import { checkOptions, describe, type ParseOptions } from "./options.js";
import { decodeBytes } from "./input/decode.js";
import { looksBinary, looksLikeHtml, stripControls } from "./input/sniff.js";
import { assemble, emptyDraft, type ArticleDraft } from "./article/assemble.js";
import { readText } from "./text/reader.js";
import { readHtml } from "./html/reader.js";
import { endPage, startPage } from "./language/page-cache.js";

function readInput(input: unknown, options: ParseOptions): { text: string; warnings: Warning[] } {
  if (typeof input === "string") return { text: input.replace(/^\ufeff/, ""), warnings: [] };
  if (input instanceof Uint8Array) {
    const decoded = decodeBytes(input, options.charset);
    return { text: decoded.text, warnings: decoded.warnings };
  }
  if (input instanceof ArrayBuffer) return readInput(new Uint8Array(input), options);
  throw new KhabarError("invalid-input", `parse() takes a string or a Uint8Array, got ${describe(input)}`);
}

/** `value` as an absolute http(s) URL, or null. */
function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function readDraft(text: string, options: ParseOptions, url: string | null): ArticleDraft {
  const html = options.format ? options.format === "html" : looksLikeHtml(text);
  if (html) return readHtml(text, { url });
  return readText(text, options.language ? { language: options.language } : {});
}

/**
 * Parses a news page (HTML) or a plain-text article into an {@link Article}.
 *
 * @param input - HTML or plain text, as a string or as bytes in any charset (BOM, `<meta charset>`,
 *   `options.charset`, then UTF-8).
 * @param options - see {@link ParseOptions}.
 * @returns the Article, of the shape `ArticleSchema` describes (not checked against it at run time:
 *   `ArticleSchema.parse(article)` does that). Problems with the input (empty, binary,
 *   no article found) are reported in `warnings`, never thrown.
 * @throws KhabarError with code `invalid-input` when `input` is not a string or bytes, and
 *   `invalid-options` when an option has the wrong type.
 */
export function parse(input: string | Uint8Array, options?: ParseOptions): Article {
  const opts = checkOptions(options);
  // The per-page caches hold this page only while it is parsed (language/page-cache.ts).
  startPage();
  try {
    return parsePage(input, opts);
  } finally {
    endPage();
  }
}

function parsePage(input: string | Uint8Array, opts: ParseOptions): Article {
  const { text: raw, warnings } = readInput(input, opts);
  let text = raw;
  if (looksBinary(text)) {
    warnings.push(warning("binary-input", "the input looks like binary data; only its readable text was kept"));
    text = stripControls(text);
  }
  if (text.trim() === "") {
    const draft = emptyDraft(opts.format === "html" ? "html" : "text");
    draft.warnings = [...warnings, warning("empty-input", "the input holds no text")];
    return assemble(draft);
  }
  // Only an http(s) URL may reach the output (javascript:, data:, "not a url" are dropped).
  const givenUrl = httpUrl(opts.url);
  const draft = readDraft(text, opts, givenUrl);
  draft.warnings = [...warnings, ...draft.warnings];
  if (givenUrl && !draft.url) draft.url = givenUrl;
  if (opts.language) {
    draft.language = opts.language;
    draft.provenance.language = "options";
  }
  return assemble(draft);
}

/** The result of {@link safeParse}. */
export type SafeParseResult = { ok: true; article: Article } | { ok: false; error: KhabarError };

/**
 * Like {@link parse}, but never throws: returns `{ ok: true, article }` or `{ ok: false, error }`
 * where `error` is always a KhabarError.
 */
export function safeParse(input: string | Uint8Array, options?: ParseOptions): SafeParseResult {
  try {
    return { ok: true, article: parse(input, options) };
  } catch (error) {
    if (isKhabarError(error)) return { ok: false, error };
    return { ok: false, error: new KhabarError("internal", String(error), { cause: error }) };
  }
}
