import type { Article } from "../model/index.js";
import { detectLanguage } from "../language/detect.js";
import { lexiconFor, type CompiledLexicon } from "./lexicon.js";
import { findQuoteSpans, opensWithMark, spanAt, type MarkSpan } from "./marks.js";
import { normalizeWithMap, origEnd, origStart, type Normalized } from "./normalize.js";
import { sentences, tokenize, type Sentence, type Token } from "./tokens.js";

/** One paragraph of the working text, offsets in the normalized copy. */
export interface Paragraph {
  /** The paragraph index reported to the caller. */
  index: number;
  start: number;
  end: number;
  /** Original offset subtracted from output offsets (the paragraph start for an Article, 0 for a string). */
  base: number;
  tokens: Token[];
  quotes: MarkSpan[];
  sentences: Sentence[];
}

/** The text the extractors work on: the caller's text, its normalized copy and its paragraphs. */
export interface Doc {
  raw: string;
  norm: Normalized;
  paragraphs: Paragraph[];
  lex: CompiledLexicon;
}

const ARTICLE_SEPARATOR = "\n\n";
const CLOSE_MARKS = new Set(["”", "»", '"', "›", "“", "’"]);

function isArticle(input: unknown): input is Article {
  return typeof input === "object" && input !== null && Array.isArray((input as Article).paragraphs);
}

/** Builds the working document. Never throws: anything that is not a string or an Article is empty text. */
export function buildDoc(input: Article | string, lang: string | undefined): Doc {
  let raw = "";
  const spans: { index: number; start: number; end: number; base: number }[] = [];
  let language = lang ?? null;
  if (isArticle(input)) {
    const paras = input.paragraphs.filter((p): p is string => typeof p === "string");
    let at = 0;
    paras.forEach((p, index) => {
      spans.push({ index, start: at, end: at + p.length, base: at });
      at += p.length + ARTICLE_SEPARATOR.length;
    });
    raw = paras.join(ARTICLE_SEPARATOR);
    language ??= input.language ?? null;
  } else if (typeof input === "string") {
    raw = input;
    let index = 0;
    let start = 0;
    for (let i = 0; i <= raw.length; i++) {
      if (i === raw.length || raw[i] === "\n") {
        if (raw.slice(start, i).trim() !== "") spans.push({ index: index++, start, end: i, base: 0 });
        start = i + 1;
      }
    }
  }
  language ??= detectLanguage(raw.slice(0, 20_000)) ?? "en";
  const norm = normalizeWithMap(raw);
  const lex = lexiconFor(language);
  const toNorm = normIndex(norm);
  const paragraphs: Paragraph[] = spans.map((s) => ({
    index: s.index,
    start: toNorm(s.start),
    end: toNorm(s.end),
    base: s.base,
    tokens: [],
    quotes: [],
    sentences: [],
  }));
  const rawAt = (i: number): string => raw[origStart(norm, i)] ?? "";
  paragraphs.forEach((p, k) => {
    const next = paragraphs[k + 1];
    p.quotes = findQuoteSpans(norm.text, p.start, p.end, next ? opensWithMark(norm.text, next.start, next.end) : false);
    p.tokens = tokenize(norm.text, p.start, p.end, rawAt, lex.titles);
    const inQuote = quoteLookup(p.quotes);
    p.sentences = sentences(p.tokens, inQuote, (w) => CLOSE_MARKS.has(w));
  });
  return { raw, norm, paragraphs, lex };
}

/** Whether a normalized offset is inside a quote span, after its opening mark (binary search). */
function quoteLookup(quotes: MarkSpan[]): (offset: number) => boolean {
  return (offset: number) => {
    const q = spanAt(quotes, offset);
    return q !== null && offset > q.start;
  };
}

/** Maps an original offset to the normalized copy (binary search on the map). */
function normIndex(norm: Normalized): (orig: number) => number {
  const map = norm.map;
  if (!map) return (o) => o;
  return (o) => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((map[mid] ?? 0) < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The original text of normalized `[s, e)`. */
export function rawText(doc: Doc, s: number, e: number): string {
  return doc.raw.slice(origStart(doc.norm, s), origEnd(doc.norm, e));
}

/** Output offsets of normalized `[s, e)` in paragraph `p`. */
export function outSpan(doc: Doc, p: Paragraph, s: number, e: number): { start: number; end: number } {
  return { start: origStart(doc.norm, s) - p.base, end: origEnd(doc.norm, e) - p.base };
}
