import type { Memory } from "./entities.js";
import type { Doc, Paragraph } from "./document.js";
import type { QuoteKind, SpeakerKind } from "./schema.js";

/** A span in the normalized text of paragraph `p` (index into `doc.paragraphs`). */
export interface DraftSpan {
  p: number;
  s: number;
  e: number;
}

export interface DraftSpeaker {
  /** The mention; null for an implicit subject. */
  span: DraftSpan | null;
  name: string;
  resolved: string;
  kind: SpeakerKind;
}

/** A quote as the rules build it, before offsets are mapped back to the caller's text. */
export interface Draft {
  parts: DraftSpan[];
  kind: QuoteKind | null;
  speaker: DraftSpeaker | null;
  cue: DraftSpan | null;
  confidence: number;
  rule: string;
  /** The last part is a quote left open at the end of its paragraph (it goes on in the next one). */
  continues?: boolean;
}

export interface SourceDraft {
  span: DraftSpan;
  name: DraftSpan;
  kind: SpeakerKind;
  cue: string;
  resolved: string;
}

/** What the rules share while walking a document in order. */
export interface Ctx {
  doc: Doc;
  mem: Memory;
  drafts: Draft[];
  sources: SourceDraft[];
  /** Index of the paragraph being read. */
  pi: number;
  para: Paragraph;
  /** The transcript turn ("WALLACE: …") that the next paragraph may continue. */
  turn?: Draft | null;
}
