import type { Ctx, Draft, DraftSpan } from "./draft.js";
import { npForward } from "./np-en.js";
import type { Sentence, Token } from "./tokens.js";
import { COMPLEMENTS, LISTENERS, NOUN_BEFORE, PASSIVE_BEFORE, PREPOSITIONS, TAIL_PREPOSITIONS, TAIL_WORDS, TRAILING_CLAUSE } from "./data/en-syntax.js";
import { LIMITS } from "./weights.js";

/** English content spans: where reported content starts after a verb and where it stops. */

/** Punctuation that ends a sentence or a clause of content. */
export const TERMINAL = new Set([".", "!", "?", "…", ";"]);
/** Tokens that open a quote. */
export const OPEN_MARKS = new Set(["“", "«", '"', "„", "‘", "''"]);
/** Punctuation skipped before content ("said: …", "said, “…”"). */
export const CLAUSE_OPENERS = new Set([",", "—", "–", "-", ":", "(", ";"]);

/** What the English rules share within one paragraph. */
export interface Env {
  T: Token[];
  inQ: (t: Token) => boolean;
  used: Uint8Array;
}

/** Whether the token is a word. */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.t === "w";
}

/** Content span of tokens [a, b): trailing stops and commas dropped, a closing mark after a stop kept. */
export function contentSpan(ctx: Ctx, T: Token[], a: number, b: number): DraftSpan | null {
  while (b > a && (T[b - 1] as Token).t === "p" && (TERMINAL.has((T[b - 1] as Token).w) || (T[b - 1] as Token).w === ",")) b--;
  while (a < b && (T[a] as Token).t === "p" && CLAUSE_OPENERS.has((T[a] as Token).w)) a++;
  let words = 0;
  for (let i = a; i < b; i++) if ((T[i] as Token).t === "w") words++;
  if (words < LIMITS.minContentWords) return null;
  return { p: ctx.pi, s: (T[a] as Token).s, e: (T[b - 1] as Token).e };
}

/** Whether "that" follows in [i, b). */
export function thatAfter(T: Token[], i: number, b: number): boolean {
  for (let k = i; k < b; k++) if ((T[k] as Token).w === "that") return true;
  return false;
}

/** Whether the tokens [i, b) are a short tail after the verb ("on Tuesday.", "in a statement."). */
export function shortTail(T: Token[], i: number, b: number): boolean {
  let n = 0;
  for (let k = i; k < b; k++) {
    const t = T[k] as Token;
    if (t.t === "p") {
      if (TERMINAL.has(t.w) || t.w === ",") return true;
      continue;
    }
    if (t.w === "that" || ++n > 6) return false;
    // An adjunct: time words, names, or anything after a preposition ("in a statement").
    if (!TAIL_WORDS.has(t.w) && !t.cap && !/^\d/.test(t.w) && !(n > 1 && TAIL_PREPOSITIONS.has((T[i] as Token).w))) return false;
  }
  return true;
}

/** Records a quote and marks its tokens [from, to) as used. */
export function push(ctx: Ctx, env: Env, d: Draft, from: number, to: number): void {
  ctx.drafts.push(d);
  env.used.fill(1, from, to);
}

/** The span of tokens [a, b) in the current paragraph. */
export function span(ctx: Ctx, T: Token[], a: number, b: number): DraftSpan {
  return { p: ctx.pi, s: (T[a] as Token).s, e: (T[b - 1] as Token).e };
}

/** Tokens before which content may stop when a new cue follows. */
export const CUT_BEFORE = new Set([",", "and", "but", ";"]);

/** Whether a new speech verb starts at `g` ("…, adding that", "… and encouraged Americans to"). */
export function startsNewCue(ctx: Ctx, T: Token[], g: number, b: number): boolean {
  const lex = ctx.doc.lex;
  // Bounded: a run of "and and and …" must not make the callers' scans quadratic.
  for (let n = 0; n < 4 && g < b && ((T[g] as Token).w === "and" || (T[g] as Token).w === "but" || lex.modifiers.has((T[g] as Token).w)); n++) g++;
  const t = T[g];
  if (!t || t.t !== "w") return false;
  const v = lex.verbs.get(t.w);
  return lex.participles.has(t.w) || (v !== undefined && !v.opinion && /(?:ed|ing|s)$/.test(t.w) && !nounUse(T, g, 0));
}

/** Words opening a trailing clause that annotators leave out of the content (", which …", ", though …"). */

/** Whether the token opens a trailing clause left out of content. */
export function trailingClause(t: Token | undefined): boolean {
  return t !== undefined && t.t === "w" && TRAILING_CLAUSE.has(t.w);
}

/** Content after a verb: object skipped for "told X", "that" found within a few tokens, to the sentence end. */
export function contentAfter(ctx: Ctx, env: Env, sen: Sentence, k: number, needThat: boolean, objectVerb = false): { span: DraftSpan; to: number; quoted: boolean } | null {
  const { T } = env;
  const lex = ctx.doc.lex;
  if (objectVerb && isWord(T[k]) && !COMPLEMENTS.has((T[k] as Token).w)) {
    // "told reporters (on Thursday) how …": the object, then the content.
    const obj = npForward(lex, T, k, sen.b, env.inQ) ?? (lex.pronouns.has((T[k] as Token).w) || /^(him|her|them|me|us)$/.test((T[k] as Token).w) || LISTENERS.has((T[k] as Token).w) ? [k, k + 1] : null);
    if (obj) {
      let g = obj[1];
      while (g < sen.b && g - obj[1] < 4 && isWord(T[g]) && !COMPLEMENTS.has((T[g] as Token).w) && ((T[g] as Token).cap || ["on", "in", "last", "this", "earlier"].includes((T[g] as Token).w))) g++;
      if (isWord(T[g]) && COMPLEMENTS.has((T[g] as Token).w)) k = g;
      else if (T[g]?.w === "," || T[g]?.w === ":") k = g + 1;
      else k = obj[1];
    }
  }
  if (isWord(T[k]) && PREPOSITIONS.has((T[k] as Token).w)) {
    // "said in an interview with X, …" / "said of the plan, “…”": the adjunct is not content.
    let g = k;
    while (g < sen.b && g - k < 14 && !(T[g]?.w === "that" && !env.inQ(T[g] as Token)) && T[g]?.w !== "," && !env.inQ(T[g] as Token)) g++;
    if (g >= sen.b || g - k >= 14) return null;
    k = T[g]?.w === "," ? g + 1 : g;
  }
  const opener = T[k];
  const adjunct = opener !== undefined && opener.t === "w" && (TAIL_WORDS.has(opener.w) || opener.cap) && !COMPLEMENTS.has(opener.w);
  for (let g = k; adjunct && g < Math.min(sen.b, k + LIMITS.maxGapToThat); g++) {
    const t = T[g] as Token;
    if (t.t === "p" && t.w !== "," && t.w !== "-") break;
    if (t.w === "that" && !env.inQ(t)) {
      k = g;
      break;
    }
  }
  while (k < sen.b && (T[k] as Token).t === "p" && (CLAUSE_OPENERS.has((T[k] as Token).w))) k++;
  const first = T[k];
  if (!first) return null;
  if (needThat && first.w !== "that" && !OPEN_MARKS.has(first.w)) return null;
  let end = sen.b;
  for (let g = k + 1; g < sen.b - 1; g++) {
    const t = T[g] as Token;
    if (CUT_BEFORE.has(t.w) && !env.inQ(t) && (startsNewCue(ctx, T, g + 1, sen.b) || (t.w === "," && trailingClause(T[g + 1])))) {
      end = g;
      break;
    }
  }
  const c = contentSpan(ctx, T, k, end);
  if (!c) return null;
  return { span: c, to: end, quoted: OPEN_MARKS.has(first.w) };
}

/** A verb form used as a noun ("his remarks", "Editor’s note") or in the passive ("was reported by"). */
export function nounUse(T: Token[], i: number, a: number): boolean {
  const p = T[i - 1];
  if (!p || i - 1 < a || p.t !== "w") return false;
  return NOUN_BEFORE.has(p.w) || /['’]s$/.test(p.w) || (PASSIVE_BEFORE.has(p.w) && /ed$/.test((T[i] as Token).w));
}

