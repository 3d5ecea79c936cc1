import { rawText } from "./document.js";
import type { Ctx, Draft } from "./draft.js";
import type { MarkSpan } from "./marks.js";
import { CONFIDENCE, LIMITS } from "./weights.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const STARTS_CAPITAL = /^\p{Lu}/u;

/**
 * Direct quotes no speech rule claimed: a quote going on from the previous paragraph joins that quote;
 * a long enough quote stands alone with no speaker. Names and scare quotes in marks ("إيلاف",
 * "الناتو", a “lifeboat”) and titles of works (“The Art of the Deal”) are not quotes.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const TITLE_WORD = /^(?:\p{Lu}|of|the|a|an|and|in|on|for|to|at|by|with)/u;
const STOP = /[.!?؟…,،]$/;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Title Case with no sentence punctuation: a title of a work, not speech. */
function looksLikeTitle(raw: string): boolean {
  const inner = raw.slice(1, -1).trim();
  const ws = inner.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 10 || STOP.test(inner)) return false;
  return ws.every((w) => TITLE_WORD.test(w)) && STARTS_CAPITAL.test(ws[0] ?? "");
}

/** Tokens a speech tag may hold between two parts of one quote ("…,” Clinton said on Thursday. “…”). */
const MAX_TAG_TOKENS = 45;
const TERMINATORS = new Set([".", "!", "?", "؟", "…", "”", "\"", "»"]);

/**
 * Adds the quotes of the current paragraph no rule has taken. `carried` is the quote that ended the
 * previous paragraph; `firstDraft` is the index of the first draft made in this paragraph. Returns the
 * quote ending this paragraph, for the next.
 */
export function directQuotes(ctx: Ctx, carried: Draft | null, firstDraft: number): Draft | null {
  const T = ctx.para.tokens;
  // Parts of this paragraph in text order, walked with a pointer as the quotes advance (linear).
  const parts: { s: number; e: number; d: Draft }[] = [];
  const older = [carried, ctx.turn].filter((d): d is Draft => d !== null && d !== undefined);
  for (const d of [...older, ...ctx.drafts.slice(firstDraft)]) {
    for (const p of d.parts) if (p.p === ctx.pi) parts.push({ s: p.s, e: p.e, d });
  }
  parts.sort((a, b) => a.s - b.s);
  let pk = 0;
  const ownerOf = (s: number, e: number): Draft | undefined => {
    while (pk < parts.length && (parts[pk] as { e: number }).e <= s) pk++;
    for (let k = pk; k < parts.length && (parts[k] as { s: number }).s < e; k++) {
      const p = parts[k] as { s: number; e: number; d: Draft };
      if (p.e > s) return p.d;
    }
    return undefined;
  };
  const mine = { push: (d: Draft) => { const last = d.parts[d.parts.length - 1]; if (last) parts.push({ s: last.s, e: last.e, d }); } };
  const quotes = ctx.para.quotes;
  let ti = 0;
  let prevEnd = 0;
  let lastOwner: Draft | undefined;
  quotes.forEach((q, k) => {
    while (ti < T.length && (T[ti]?.s ?? 0) < q.start) ti++;
    const startTi = ti;
    let te = ti;
    while (te < T.length && (T[te]?.s ?? 0) < q.end) te++;
    const gap = startTi - prevEnd;
    prevEnd = te;
    const prevOwner = lastOwner;
    const own = ownerOf(q.start, q.end);
    lastOwner = own;
    if (own) return;
    const sentenceStart = ti === 0 || TERMINATORS.has(T[ti - 1]?.w ?? "");
    // A further part of the quote before it: "“A,” she said. “B.”" or a new paragraph of the same quote.
    if (sentenceStart) {
      let owner: Draft | null | undefined = null;
      if (ti === 0) owner = carried && wholeParagraph(ctx, q) ? carried : null;
      else {
        const o = prevOwner;
        if (o && o.speaker && gap <= MAX_TAG_TOKENS && o.parts.every((p) => isQuotePart(ctx, p.s, p.e))) owner = o;
      }
      if (owner) {
        lastOwner = owner;
        owner.parts.push({ p: ctx.pi, s: q.start, e: q.end });
        mine.push(owner);
        return;
      }
    }
    const raw = rawText(ctx.doc, q.start, q.end);
    if (!q.continues && (words(raw).length < LIMITS.minQuoteWords || looksLikeTitle(raw))) return;
    const d: Draft = { parts: [{ p: ctx.pi, s: q.start, e: q.end }], kind: "direct", speaker: null, cue: null, confidence: CONFIDENCE.untagged, rule: "direct-untagged", continues: q.continues };
    ctx.drafts.push(d);
    mine.push(d);
    lastOwner = d;
  });
  const lastQuote = quotes[quotes.length - 1];
  if (!lastQuote || !endsParagraph(ctx, lastQuote)) return null;
  const owner = lastOwner;
  return owner && owner.parts.every((p) => isQuotePart(ctx, p.s, p.e)) ? owner : null;
}

function isQuotePart(ctx: Ctx, s: number, e: number): boolean {
  const text = ctx.doc.norm.text;
  return /["“”«»„‘’']/.test(text[s] ?? "") && (/["“”«»’']/.test(text[e - 1] ?? "") || e === ctx.para.end || /[\s]/.test(text[e] ?? "\n"));
}

function wholeParagraph(ctx: Ctx, q: MarkSpan): boolean {
  const T = ctx.para.tokens;
  const lastTok = T[T.length - 1];
  return lastTok !== undefined && lastTok.e <= q.end + 1;
}

function endsParagraph(ctx: Ctx, q: MarkSpan): boolean {
  const T = ctx.para.tokens;
  const lastTok = T[T.length - 1];
  return q.continues || (lastTok !== undefined && lastTok.e <= q.end + 1);
}

/**
 * A quote left open at a paragraph's end with no speech tag joins the quote that opens the next
 * paragraph ("“A …" / "“B,” he added."): the speaker given at the end speaks the whole quote.
 */
export function joinOpenQuotes(drafts: Draft[], paragraphStarts: (p: number) => number): Draft[] {
  const out: Draft[] = [];
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    const next = out[out.length - 1];
    const first = next?.parts[0];
    const last = d.parts[d.parts.length - 1];
    if (d.rule === "direct-untagged" && d.continues && next && first && last && first.p === last.p + 1 && first.s === paragraphStarts(first.p)) {
      next.parts.unshift(...d.parts);
      continue;
    }
    out.push(d);
  }
  return out.reverse();
}
