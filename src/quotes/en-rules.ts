import type { Ctx, Draft, DraftSpan, DraftSpeaker } from "./draft.js";
import {
  contentAfter,
  contentSpan,
  CUT_BEFORE,
  isWord,
  nounUse,
  push,
  shortTail,
  span,
  startsNewCue,
  TERMINAL,
  thatAfter,
  type Env,
} from "./en-content.js";
import { RELATIVE, SUBJECT_LINKS, TIME_OPENERS, TIME_WORDS } from "./data/en-syntax.js";
import { appositive, CLAUSE_DASHES, sentenceSubject, subjectAhead } from "./en-subject.js";
import { opensWithQuestion } from "./en-question.js";
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
  const first = T[i + 2];
  // A source npForward does not read ("early results of …") is still a phrase up to the comma.
  const found = npForward(lex, T, i + 2, sen.b, env.inQ) ?? (isWord(first) && !lex.stopWords.has(first.w) && !env.inQ(first) ? ([i + 2, i + 3] as [number, number]) : null);
  if (!found) return null;
  const cue = span(ctx, T, i, i + 2);
  const atStart = i === sen.a || (i === sen.a + 1 && ["but", "and", "yet", "so"].includes((T[sen.a] as Token).w));
  const np = sourceExtent(env, sen, found);
  let content: DraftSpan | null = null;
  let to = np[1];
  if (atStart) {
    const c = contentAfter(ctx, env, sen, np[1], false);
    if (c) {
      content = c.span;
      to = c.to;
    }
  } else if ((T[i - 1] as Token).t === "p") content = contentSpan(ctx, T, sen.a, i - 1);
  const parts: DraftSpan[] = content ? [content] : [];
  if (!atStart && T[np[1]]?.w === ",") {
    // "Most Americans, according to X, still believe …": the clause goes on after the source.
    const tail = contentAfter(ctx, env, sen, np[1] + 1, false);
    if (tail) {
      parts.push(tail.span);
      to = tail.to;
    }
  }
  if (parts.length === 0) return null;
  // The quote's source runs over its modifiers, as annotators mark it; the head phrase names the attribution.
  const speaker = resolveMention(ctx, found[0], found[1], null, np[1]);
  push(ctx, env, { parts, kind: null, speaker, cue, confidence: CONFIDENCE.according, rule: "en-according-to" }, Math.min(sen.a, i), to);
  const name = span(ctx, T, found[0], found[1]);
  ctx.sources.push({ span: { p: ctx.pi, s: cue.s, e: name.e }, name, kind: speaker.kind, cue: rawText(ctx.doc, cue.s, cue.e), resolved: speaker.resolved });
  return speaker;
}

/** Tokens a source after "according to" may run to the next comma ("according to early results of exit polls conducted by …"). */
const MAX_SOURCE = 20;

/** The source noun phrase with its modifiers, up to the next comma or the sentence end, when that is near. */
function sourceExtent(env: Env, sen: Sentence, np: [number, number]): [number, number] {
  const { T } = env;
  for (let g = np[1]; g < sen.b && g - np[0] <= MAX_SOURCE; g++) {
    const t = T[g] as Token;
    if (env.inQ(t)) return np;
    if (t.t === "p" && (t.w === "," || TERMINAL.has(t.w))) return [np[0], g];
    // A hyphen inside a word ("state-run") goes on; a dash between spaces ends the source.
    if (t.t === "p" && !((t.w === "-" || t.w === "’" || t.w === "'") && t.s === (T[g - 1] as Token).e)) return np;
  }
  return np;
}

/** The last speech verb of a sentence outside quotes, when only a short tail follows it; -1 otherwise. */
export function lastVerb(ctx: Ctx, env: Env, sen: Sentence): number {
  const { T } = env;
  for (let i = sen.b - 1; i > sen.a && sen.b - i <= 12; i--) {
    const t = T[i] as Token;
    if (t.t !== "w" || env.inQ(t)) continue;
    const v = ctx.doc.lex.verbs.get(t.w);
    // A participle ("…, said X, urging Y to …") opens a clause of its own; the tag is before it.
    if (v && !v.opinion && !v.object && !/ing$/.test(t.w) && !nounUse(T, i, sen.a)) return i;
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
  let longSubject = false;
  // "A person close to the mayor’s office says": the phrase found ends a longer subject.
  const linked = back !== null && back[0] > sen.a && SUBJECT_LINKS.has(T[back[0] - 1]?.w ?? "");
  if ((!back || linked) && !participle && !tagOnly) {
    const whole = sentenceSubject(ctx, env, sen, j);
    if (whole) {
      back = whole;
      mentionEnd = whole[1];
      longSubject = true;
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
    const tagAfter = before !== undefined && ns - 1 > sen.a && !opensWithQuestion(T, sen) && (before.w === "," || before.w === "—" || (before.t === "p" && env.inQ(before)));
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
      const c = contentAfter(ctx, env, sen, i + 1, false, lex.objectVerbs.has(lex.verbs.get((T[i] as Token).w)?.lemma ?? ""));
    if (!c) return null;
      const speaker = resolveMention(ctx, back[0], back[1], null, mentionEnd, ref);
      const rule = longSubject ? "en-subject-verb-content" : "en-speaker-verb-content";
      push(ctx, env, { parts: [c.span], kind: null, speaker, cue, confidence: longSubject ? CONFIDENCE.subjectVerbContent : CONFIDENCE.speakerVerbContent, rule }, back[0], c.to);
      return { speaker, to: c.to };
    }
  }
  if (back && tagOnly) return null;
  if (!tagOnly && (T[j]?.w === "and" || (participle && CLAUSE_DASHES.has(T[j]?.w ?? ""))) && j > sen.a) {
    // "Mr. Schultz generally supported Democrats …, and said he …": the sentence's subject speaks.
    const subj = subjectAhead(ctx, env, sen, j);
    if (subj) {
      const c = contentAfter(ctx, env, sen, i + 1, false);
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
  // "said Joe Biden, urging …": a participle clause after the name is not part of the mention.
  if (T[fwd[1]]?.w === "," && !/ing$/.test(T[fwd[1] + 1]?.w ?? "")) {
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

/** "Clinton called half of Trump’s supporters “deplorables”", "Palmieri called on Trump to …": speaker, verb (and particle), object. */
export function objectRule(ctx: Ctx, env: Env, sen: Sentence, i: number): { speaker: DraftSpeaker; to: number } | null {
  const { T } = env;
  const lex = ctx.doc.lex;
  let j = i - 1;
  while (j >= sen.a && isWord(T[j]) && lex.modifiers.has((T[j] as Token).w) && i - j <= 2) j--;
  // "Trump went after Bush, calling him a total stiff": the sentence's subject speaks.
  const back = npBackward(lex, T, j, sen.a, env.inQ) ?? (/ing$/.test((T[i] as Token).w) && CLAUSE_DASHES.has(T[j]?.w ?? "") && j > sen.a ? subjectAhead(ctx, env, sen, j) : null);
  if (!back) return null;
  let k = i + 1;
  if (isWord(T[k]) && lex.particles.has(`${lex.verbs.get((T[i] as Token).w)?.lemma} ${(T[k] as Token).w}`)) k++;
  const end = objectEnd(ctx, env, sen, k);
  const c = contentSpan(ctx, T, k, end);
  if (!c) return null;
  const speaker = resolveMention(ctx, back[0], back[1], null);
  push(ctx, env, { parts: [c], kind: null, speaker, cue: span(ctx, T, j + 1, k), confidence: CONFIDENCE.objectVerb, rule: "en-object-verb" }, back[0], end);
  return { speaker, to: end };
}

/**
 * Where the object of a content verb ends: before a new cue ("…, saying …"), and without a
 * time adjunct closing the sentence ("endorsed Cruz last week", "… on Tuesday").
 */
function objectEnd(ctx: Ctx, env: Env, sen: Sentence, k: number): number {
  const { T } = env;
  let end = sen.b;
  for (let g = k + 1; g < sen.b - 1; g++) {
    const t = T[g] as Token;
    if (CUT_BEFORE.has(t.w) && !env.inQ(t) && startsNewCue(ctx, T, g + 1, sen.b)) {
      end = g;
      break;
    }
  }
  let e = end;
  while (e > k && (T[e - 1] as Token).t === "p" && !env.inQ(T[e - 1] as Token)) e--;
  const w = T[e - 1];
  const p = T[e - 2];
  if (e - 2 > k + 1 && w && p && TIME_WORDS.has(w.w) && TIME_OPENERS.has(p.w) && !env.inQ(w)) return e - 2;
  return end;
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

