import type { Ctx, Draft, DraftSpan, DraftSpeaker } from "./draft.js";
import {
  contentAfter,
  contentSpan,
  isWord,
  nounUse,
  push,
  shortTail,
  span,
  TERMINAL,
  thatAfter,
  type Env,
} from "./en-content.js";
import { RELATIVE, TIME_OPENERS, TIME_WORDS } from "./data/en-syntax.js";
import { rawText } from "./document.js";
import { spanAt } from "./marks.js";
import { npBackward, npForward } from "./np-en.js";
import { resolveMention } from "./speaker.js";
import type { Sentence, Token } from "./tokens.js";
import { CONFIDENCE } from "./weights.js";

/** The English speech rules around one verb: who speaks, the cue, the content. */

/** A time adjunct between a speaker and the verb ("Wells Fargo this month announced", "Obama on Monday said"): the index before it. */
function skipTimeAdjunct(T: Token[], j: number, a: number): number {
  const t = T[j];
  const p = T[j - 1];
  if (!t || !p || j - 1 <= a || t.t !== "w" || p.t !== "w") return j;
  if (TIME_WORDS.has(t.w) && TIME_OPENERS.has(p.w)) return j - 2;
  return j;
}

/** "according to X, …" / "…, according to X.": X is the source of the content. */
export function according(ctx: Ctx, env: Env, sen: Sentence, i: number): DraftSpeaker | null {
  const { T } = env;
  const lex = ctx.doc.lex;
  const np = npForward(lex, T, i + 2, sen.b, env.inQ);
  if (!np) return null;
  const cue = span(ctx, T, i, i + 2);
  const atStart = i === sen.a || (i === sen.a + 1 && ["but", "and", "yet", "so"].includes((T[sen.a] as Token).w));
  let content: DraftSpan | null = null;
  let to = np[1];
  if (atStart) {
    const c = contentAfter(ctx, env, sen, np[1], false);
    if (c) {
      content = c.span;
      to = c.to;
    }
  } else if ((T[i - 1] as Token).t === "p") content = contentSpan(ctx, T, sen.a, i - 1);
  if (!content) return null;
  const speaker = resolveMention(ctx, np[0], np[1], null);
  push(ctx, env, { parts: [content], kind: null, speaker, cue, confidence: CONFIDENCE.according, rule: "en-according-to" }, Math.min(sen.a, i), to);
  const name = span(ctx, T, np[0], np[1]);
  ctx.sources.push({ span: { p: ctx.pi, s: cue.s, e: name.e }, name, kind: speaker.kind, cue: rawText(ctx.doc, cue.s, cue.e), resolved: speaker.resolved });
  return speaker;
}

/** The last speech verb of a sentence outside quotes, when only a short tail follows it; -1 otherwise. */
export function lastVerb(ctx: Ctx, env: Env, sen: Sentence): number {
  const { T } = env;
  for (let i = sen.b - 1; i > sen.a && sen.b - i <= 12; i--) {
    const t = T[i] as Token;
    if (t.t !== "w" || env.inQ(t)) continue;
    const v = ctx.doc.lex.verbs.get(t.w);
    if (v && !v.opinion && !v.object && !nounUse(T, i, sen.a)) return i;
  }
  return -1;
}

/**
 * Speaker-verb-content ("X said (that) …"), content-speaker-verb ("…, X said."), a tag inside the
 * sentence ("The cuts, X said, would …") and a verb coordinated with the subject ("X …, and said …").
 * `tagOnly` tries only the tag-after forms (used first on the last verb of a sentence).
 */
export function verbRule(ctx: Ctx, env: Env, sen: Sentence, i: number, opinion: boolean, tagOnly = false): { speaker: DraftSpeaker; to: number } | null {
  const { T } = env;
  const lex = ctx.doc.lex;
  let j = i - 1;
  while (j >= sen.a && isWord(T[j]) && lex.modifiers.has((T[j] as Token).w) && i - j <= 2) j--;
  const cueStart = j + 1;
  j = skipTimeAdjunct(T, j, sen.a);
  let back = npBackward(lex, T, j, sen.a, env.inQ);
  let mentionEnd = back ? back[1] : 0;
  let ref: [number, number] | null = null;
  const participle = lex.participles.has((T[i] as Token).w);
  if (!back && !participle) {
    back = appositive(ctx, env, sen, j);
    // A participle clause ("Trump, speaking to veterans, said") is not part of the mention.
    mentionEnd = back && /ing$/.test(T[back[1] + 1]?.w ?? "") ? back[1] : j + 1;
    // "Whitfield’s spokesman, Mark Dunn, said": the name in the appositive is who speaks.
    if (back && !(T[back[1] - 1] as Token).cap) {
      const inner = npBackward(lex, T, j - 1, back[1] + 1, env.inQ);
      if (inner && inner[0] === back[1] + 1 && (T[inner[0]] as Token).cap) ref = inner;
    }
  }
  // Annotators keep a colon after the verb in the cue ("said:").
  const cue = span(ctx, T, cueStart, T[i + 1]?.w === ":" ? i + 2 : i + 1);
  if (back && back[1] - back[0] === 1 && RELATIVE.has((T[back[0]] as Token).w) && T[back[0] - 1]?.w === ",") {
    ref = npBackward(lex, T, back[0] - 2, sen.a, env.inQ);
  }
  if (back) {
    const [ns] = back;
    const before = T[ns - 1];
    const tagAfter = before !== undefined && ns - 1 > sen.a && (before.w === "," || before.w === "—" || (before.t === "p" && env.inQ(before)));
    const interrupted = tagAfter && !opinion && before.w === "," && T[i + 1]?.w === "," && !env.inQ(T[sen.a] as Token) && !env.inQ(T[i + 2] ?? before) && !ctx.doc.lex.participles.has(T[i + 2]?.w ?? "");
    const quoteBefore = tagAfter && env.inQ(T[sen.a] as Token) && env.inQ(T[ns - (before.w === "," ? 2 : 1)] as Token);
    if (!interrupted && tagAfter && !opinion && (shortTail(T, i + 1, sen.b) || (quoteBefore && !thatAfter(T, i + 1, sen.b)))) {
      const contentEnd = before.w === "," || before.w === "—" ? ns - 1 : ns;
      const content = contentSpan(ctx, T, sen.a, contentEnd);
      if (!content) return null;
      const speaker = resolveMention(ctx, back[0], back[1], null, mentionEnd, ref);
      const direct = env.inQ(T[sen.a] as Token);
      const d: Draft = { parts: [content], kind: null, speaker, cue, confidence: direct ? CONFIDENCE.directTagged : CONFIDENCE.contentSpeakerVerb, rule: direct ? "en-quote-speaker-verb" : "en-content-speaker-verb" };
      continuation(ctx, env, sen, i + 1, d);
      push(ctx, env, d, sen.a, i + 1);
      return { speaker, to: i + 1 };
    }
    if (interrupted) {
      // A tag inside the sentence: "The museum, Mr. Bush said, celebrated …".
      const head = contentSpan(ctx, T, sen.a, ns - 1);
      const tail = contentAfter(ctx, env, sen, i + 2, false);
      if (head && tail) {
        const speaker = resolveMention(ctx, back[0], back[1], null, mentionEnd, ref);
        push(ctx, env, { parts: [head, tail.span], kind: null, speaker, cue, confidence: CONFIDENCE.contentSpeakerVerb, rule: "en-interrupted" }, sen.a, tail.to);
        return { speaker, to: tail.to };
      }
    }
    if (!tagOnly) {
      const c = contentAfter(ctx, env, sen, i + 1, opinion, lex.objectVerbs.has(lex.verbs.get((T[i] as Token).w)?.lemma ?? ""));
    if (!c) return null;
      const speaker = resolveMention(ctx, back[0], back[1], null, mentionEnd, ref);
      push(ctx, env, { parts: [c.span], kind: null, speaker, cue, confidence: CONFIDENCE.speakerVerbContent, rule: "en-speaker-verb-content" }, back[0], c.to);
      return { speaker, to: c.to };
    }
  }
  if (back && tagOnly) return null;
  if (!tagOnly && (T[j]?.w === "and" || (participle && T[j]?.w === ",")) && j > sen.a) {
    // "Mr. Schultz generally supported Democrats …, and said he …": the sentence's subject speaks.
    const subj = npForward(lex, T, sen.a, j, env.inQ);
    const head = subj ? (T[subj[1] - 1] as Token) : null;
    if (subj && head && (head.cap || lex.pronouns.has(head.w))) {
      const c = contentAfter(ctx, env, sen, i + 1, opinion);
      if (c) {
        const speaker = resolveMention(ctx, subj[0], subj[1], null);
        push(ctx, env, { parts: [c.span], kind: null, speaker, cue: span(ctx, T, i, i + 1), confidence: CONFIDENCE.continuing, rule: "en-coordinated-verb" }, i, c.to);
        return { speaker, to: c.to };
      }
    }
  }
  const before = T[i - 1];
  if (!before || i - 1 <= sen.a || opinion) return null;
  if (!(before.w === "," || (before.t === "p" && env.inQ(before)))) return null;
  const fwd = npForward(lex, T, i + 1, sen.b, env.inQ);
  if (!fwd || !shortTail(T, fwd[1], sen.b)) return null;
  const content = contentSpan(ctx, T, sen.a, before.w === "," ? i - 1 : i);
  if (!content) return null;
  // "said Douglas Holtz-Eakin, an economist who …": the appositive is part of the mention.
  let fwdEnd = fwd[1];
  if (T[fwd[1]]?.w === ",") {
    let g = fwd[1];
    while (g < sen.b && !env.inQ(T[g] as Token)) g++;
    while (g > fwd[1] && (T[g - 1] as Token).t === "p") g--;
    fwdEnd = g;
  }
  const speaker = resolveMention(ctx, fwd[0], fwd[1], null, fwdEnd);
  const direct = env.inQ(T[sen.a] as Token);
  const d: Draft = { parts: [content], kind: null, speaker, cue: span(ctx, T, i, i + 1), confidence: direct ? CONFIDENCE.directTagged : CONFIDENCE.contentVerbSpeaker, rule: direct ? "en-quote-verb-speaker" : "en-content-verb-speaker" };
  continuation(ctx, env, sen, fwd[1], d);
  push(ctx, env, d, sen.a, fwdEnd);
  return { speaker, to: fwdEnd };
}

/** Tokens an appositive may hold: "Richard Revesz, director of the Institute …, said". */
const MAX_APPOSITIVE = 30;
const APPOSITIVE_CLOSE = new Set([",", ")", "—", "–", "-"]);

/**
 * A speaker followed by an appositive or a parenthesis before the verb ("Phil Lovas, the campaign
 * chairman, said", "Sen. David Perdue (R-Ga.) said"): the noun phrase before it, or null.
 */
function appositive(ctx: Ctx, env: Env, sen: Sentence, j: number): [number, number] | null {
  const { T } = env;
  const close = T[j];
  if (!close || !APPOSITIVE_CLOSE.has(close.w) || env.inQ(close)) return null;
  const open = close.w === ")" ? "(" : close.w;
  for (let k = j - 1; k > sen.a && j - k <= MAX_APPOSITIVE; k--) {
    const t = T[k] as Token;
    if (env.inQ(t)) return null;
    if (t.w === open) {
      while (k - 1 > sen.a && (T[k - 1] as Token).w === open) k--; // "--"
      const np = npBackward(ctx.doc.lex, T, k - 1, sen.a, env.inQ);
      if (!np) return null;
      const head = T[np[1] - 1] as Token;
      const lex = ctx.doc.lex;
      return head.cap || lex.pronouns.has(head.w) || lex.roleHeads.has(head.w) || lex.unnamedHeads.has(head.w) || lex.orgHeads.has(head.w) ? np : null;
    }
  }
  return null;
}

/** "Clinton called half of Trump’s supporters “deplorables”", "Palmieri called on Trump to …": speaker, verb (and particle), object. */
export function objectRule(ctx: Ctx, env: Env, sen: Sentence, i: number): { speaker: DraftSpeaker; to: number } | null {
  const { T } = env;
  const lex = ctx.doc.lex;
  let j = i - 1;
  while (j >= sen.a && isWord(T[j]) && lex.modifiers.has((T[j] as Token).w) && i - j <= 2) j--;
  const back = npBackward(lex, T, j, sen.a, env.inQ);
  if (!back) return null;
  let k = i + 1;
  if (isWord(T[k]) && lex.particles.has(`${lex.verbs.get((T[i] as Token).w)?.lemma} ${(T[k] as Token).w}`)) k++;
  const c = contentSpan(ctx, T, k, sen.b);
  if (!c) return null;
  const speaker = resolveMention(ctx, back[0], back[1], null);
  push(ctx, env, { parts: [c], kind: null, speaker, cue: span(ctx, T, j + 1, k), confidence: CONFIDENCE.objectVerb, rule: "en-object-verb" }, back[0], sen.b);
  return { speaker, to: sen.b };
}

/** "“A,” she said, “B.”": a quote opening right after the tag joins the quote as a second part. */
function continuation(ctx: Ctx, env: Env, sen: Sentence, k: number, d: Draft): number {
  const { T } = env;
  if (!env.inQ(T[sen.a] as Token)) return sen.b;
  let g = k;
  while (g < sen.b && !env.inQ(T[g] as Token)) g++;
  if (g >= sen.b) return sen.b;
  const q = spanAt(ctx.para.quotes, (T[g] as Token).s);
  if (q) d.parts.push({ p: ctx.pi, s: q.start, e: q.end });
  return sen.b;
}

