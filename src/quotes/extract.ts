import type { Article } from "../model/index.js";
import { arabicParagraph } from "./arabic.js";
import { directQuotes, joinOpenQuotes } from "./direct.js";
import { buildDoc, outSpan, rawText, type Doc } from "./document.js";
import type { Ctx, Draft, DraftSpan, SourceDraft } from "./draft.js";
import { Memory } from "./entities.js";
import { englishParagraph } from "./english.js";
import { discoverArabic } from "./np-ar.js";
import type { Quote, QuoteKind, Source, Span } from "./schema.js";

/** Options of the extractors. */
export interface QuoteOptions {
  /** BCP 47 language of the text; by default the Article's language, or detected from the text. */
  lang?: string;
  /** Drop quotes whose confidence is below this (0 keeps all). */
  minConfidence?: number;
}

export interface Extraction {
  quotes: Quote[];
  sources: Source[];
}

const MARK_AT_START = /^["“”«»„‘'‹]/;
const MARK_AT_END = /["“”«»’'›]$/;
const ANY_MARK = /["“”«»„‹›]/;

/** Runs every rule over the document in reading order. Never throws on odd input. */
export function extract(input: Article | string, options: QuoteOptions = {}): Extraction {
  const lang = typeof options.lang === "string" ? options.lang : undefined;
  const doc = buildDoc(input, lang);
  const ctx: Ctx = { doc, mem: new Memory(), drafts: [], sources: [], pi: 0, para: doc.paragraphs[0] as Ctx["para"] };
  const arabic = doc.lex.lang === "ar";
  let carried: Draft | null = null;
  doc.paragraphs.forEach((para, pi) => {
    ctx.pi = pi;
    ctx.para = para;
    const firstDraft = ctx.drafts.length;
    if (arabic) {
      discoverArabic(ctx);
      arabicParagraph(ctx);
    } else englishParagraph(ctx);
    carried = directQuotes(ctx, carried, firstDraft);
  });
  const min = typeof options.minConfidence === "number" ? options.minConfidence : 0;
  const ordered = ctx.drafts.slice().sort((a, b) => (a.parts[0]?.p ?? 0) - (b.parts[0]?.p ?? 0) || (a.parts[0]?.s ?? 0) - (b.parts[0]?.s ?? 0));
  const firstToken = (p: number): number => doc.paragraphs[p]?.tokens[0]?.s ?? -1;
  const quotes = joinOpenQuotes(ordered, firstToken)
    .filter((d) => d.confidence >= min)
    .map((d) => finish(doc, d))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { quotes, sources: ctx.sources.map((s) => finishSource(doc, s)) };
}

function toSpan(doc: Doc, s: DraftSpan): Span {
  const para = doc.paragraphs[s.p] as Doc["paragraphs"][number];
  const o = outSpan(doc, para, s.s, s.e);
  return { text: rawText(doc, s.s, s.e), paragraph: para.index, start: o.start, end: o.end };
}

function kindOf(parts: Span[]): QuoteKind {
  if (parts.every((p) => MARK_AT_START.test(p.text) && (MARK_AT_END.test(p.text) || /[.!?؟…,،]$/.test(p.text)))) return "direct";
  return parts.some((p) => ANY_MARK.test(p.text)) ? "mixed" : "indirect";
}

function finish(doc: Doc, d: Draft): Quote {
  const parts = d.parts.map((p) => toSpan(doc, p));
  const first = parts[0] as Span;
  const last = parts[parts.length - 1] as Span;
  const sp = d.speaker;
  const mention = sp?.span ? toSpan(doc, sp.span) : null;
  return {
    text: parts.map((p) => p.text).join(" "),
    kind: d.kind === "direct" ? "direct" : kindOf(parts),
    speaker: sp
      ? {
          name: sp.name,
          resolved: sp.resolved,
          kind: sp.kind,
          implicit: mention === null,
          paragraph: mention ? mention.paragraph : null,
          start: mention ? mention.start : null,
          end: mention ? mention.end : null,
        }
      : null,
    cue: d.cue ? toSpan(doc, d.cue) : null,
    paragraph: first.paragraph,
    endParagraph: last.paragraph,
    start: first.start,
    end: last.end,
    parts,
    confidence: d.confidence,
    rule: d.rule,
  };
}

function finishSource(doc: Doc, s: SourceDraft): Source {
  const span = toSpan(doc, s.span);
  return { ...span, name: toSpan(doc, s.name).text, resolved: s.resolved, kind: s.kind, cue: s.cue };
}
