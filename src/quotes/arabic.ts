import type { Gender } from "./data/index.js";
import { rawText } from "./document.js";
import type { Ctx, DraftSpan, DraftSpeaker } from "./draft.js";
import { subjectAt, withoutLam } from "./np-ar.js";
import { implicitSpeaker, resolveMention } from "./speaker.js";
import type { Sentence, Token } from "./tokens.js";
import { CONFIDENCE, LIMITS } from "./weights.js";

/**
 * Arabic reported speech (ARABIC.md §d): verb-first clauses with و/ف prefixes and gender
 * (وأكد المسؤول … أن، وقالت …), subject-less verbs continuing the last speaker, trailing participles
 * (مؤكداً، مشيراً إلى أن), passives with no speaker (يشار إلى أن), turn markers (من جانبه) and source
 * phrases (بحسب، وفقاً لـ، نقلاً عن، كما قال بيان … تابعته "إيلاف").
 */

type CueKind = "verb" | "participle" | "passive" | "source" | "turn";

interface CueHit {
  kind: CueKind;
  /** Token index after the cue. */
  next: number;
  gender: Gender | null;
  opinion: boolean;
  lemma: string;
}

const TRAILING = new Set([".", "،", ",", "؛", ";", ":", "!", "؟", "?", "…", "-"]);

/** The bare form of a word without the و / ف prefix, or null. */
function bare(ctx: Ctx, w: string): string[] {
  const out = [w];
  for (const p of ctx.doc.lex.prefixes) if (w.startsWith(p) && w.length - p.length >= 2) out.push(w.slice(p.length));
  return out;
}

function cueAt(ctx: Ctx, T: Token[], i: number): CueHit | null {
  const lex = ctx.doc.lex;
  const t = T[i] as Token;
  if (t.t !== "w") return null;
  for (const tm of lex.turnMarkers) {
    if (tm.words.every((w, k) => T[i + k]?.w === w)) return { kind: "turn", next: i + tm.words.length, gender: tm.gender, opinion: false, lemma: "" };
  }
  for (const sp of lex.sourcePhrases) {
    if (sp.every((w, k) => (k === 0 ? bare(ctx, T[i]?.w ?? "").includes(w) : T[i + k]?.w === w))) return { kind: "source", next: i + sp.length, gender: null, opinion: false, lemma: sp.join(" ") };
  }
  for (const b of bare(ctx, t.w)) {
    if (lex.passives.has(b)) return { kind: "passive", next: i + 1, gender: null, opinion: false, lemma: b };
    // A feminine participle ends in teh marbuta (مؤكدة), folded to heh in some spellings.
    if (lex.participles.has(b)) return { kind: "participle", next: i + 1, gender: b.endsWith("ة") || b.endsWith("ه") ? "f" : "m", opinion: false, lemma: b };
    const v = lex.verbs.get(b);
    if (v) return { kind: "verb", next: i + 1, gender: v.gender, opinion: v.opinion, lemma: v.lemma };
  }
  return null;
}

/**
 * Index of the next cue after `from` in the sentence (the content stops there): a participle, a passive,
 * a source phrase, a turn marker, or a verb opening a new clause (with a و/ف prefix or after حيث، كما).
 */
function nextCue(ctx: Ctx, T: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const c = cueAt(ctx, T, k);
    if (!c) continue;
    if (c.kind !== "verb") return k;
    const w = (T[k] as Token).w;
    if (!ctx.doc.lex.verbs.has(w) || ctx.doc.lex.clauseOpeners.has(T[k - 1]?.w ?? "")) return k;
  }
  return end;
}

function contentSpan(ctx: Ctx, T: Token[], a: number, b: number): DraftSpan | null {
  while (b > a && (T[b - 1] as Token).t === "p" && TRAILING.has((T[b - 1] as Token).w)) b--;
  while (a < b && (T[a] as Token).t === "p" && (T[a] as Token).w === ":") a++;
  let words = 0;
  for (let i = a; i < b; i++) if ((T[i] as Token).t === "w") words++;
  if (words < LIMITS.minContentWords) return null;
  return { p: ctx.pi, s: (T[a] as Token).s, e: (T[b - 1] as Token).e };
}

function isComplement(ctx: Ctx, t: Token | undefined): boolean {
  if (!t) return false;
  if (t.t === "p") return t.w === ":" || t.w === "«" || t.w === '"' || t.w === "“";
  return ctx.doc.lex.complements.has(t.w);
}

/** Runs the Arabic rules over the current paragraph. */
export function arabicParagraph(ctx: Ctx): void {
  const T = ctx.para.tokens;
  for (const sen of ctx.para.sentences) {
    let sentenceSpeaker: DraftSpeaker | null = null;
    let turn: Gender | null = null;
    for (let i = sen.a; i < sen.b; i++) {
      const hit = cueAt(ctx, T, i);
      if (!hit) continue;
      if (hit.kind === "turn") {
        turn = hit.gender;
        i = hit.next - 1;
        continue;
      }
      if (hit.kind === "source") {
        i = source(ctx, sen, i, hit) - 1;
        continue;
      }
      const cue: DraftSpan = cueSpan(ctx, T[i] as Token);
      if (hit.kind === "passive" || hit.kind === "participle") {
        const end = nextCue(ctx, T, hit.next, sen.b);
        const content = contentSpan(ctx, T, hit.next, end);
        if (!content) continue;
        const speaker = hit.kind === "passive" ? null : (sentenceSpeaker ?? implicitSpeaker(ctx, null));
        const conf = hit.kind === "passive" ? CONFIDENCE.passive : CONFIDENCE.continuing;
        ctx.drafts.push({ parts: [content], kind: null, speaker, cue, confidence: conf, rule: `ar-${hit.kind}` });
        i = end - 1;
        continue;
      }
      // A verb: subject, then complement.
      let k = hit.next;
      // "وتابع قائلا: …": a participle right after the verb is part of the cue, not a subject.
      while (k < sen.b && (ctx.doc.lex.modifiers.has((T[k] as Token).w) || ctx.doc.lex.participles.has((T[k] as Token).w))) k++;
      let speaker: DraftSpeaker | null = null;
      let contentFrom = -1;
      if (isComplement(ctx, T[k])) {
        speaker = implicitSpeaker(ctx, hit.gender);
        contentFrom = k;
      } else {
        const subj = subjectAt(ctx, k, sen.b);
        if (!subj) continue;
        const [s, subjEnd, strong] = subj;
        let ref: [number, number] | null = null;
        let e = subjEnd;
        const lex = ctx.doc.lex;
        // An appositive and an outlet may sit between the subject and the complement:
        // "قال مصدر، طلب عدم نشر اسمه، لتلفزيون «برس»: …", "قال بايدن، في بيان، إن …".
        let c = skipAsides(ctx, e, sen.b);
        if (c === e) c = e;
        // Time words may sit between the subject and the rest ("دعا العراق الثلاثاء …").
        const afterAsides = c;
        while (c < sen.b && c - afterAsides < 3 && lex.stopWords.has((T[c] as Token).w) && !lex.complements.has((T[c] as Token).w) && !lex.placeWords.has((T[c] as Token).w)) c++;
        if (!isComplement(ctx, T[c])) {
          // The subject may run on to the complement when nothing else sits between ("قال مصدر أمني عراقي إن").
          let f = e;
          while (f < sen.b && f - s < LIMITS.maxArabicSubject && (T[f] as Token).t === "w" && !isComplement(ctx, T[f]) && !lex.stopWords.has((T[f] as Token).w)) f++;
          const far = strong ? farComplement(ctx, e, sen.b) : -1;
          if (c === e && afterAsides === e && isComplement(ctx, T[f]) && !strong) {
            e = f;
            c = f;
          } else if (far > 0) {
            // A name or time words before "أن": "أعلن وزير العدل … الطيب لوح اليوم … أن".
            if (f > e && f - e <= 3) {
              const role = T.slice(s, e).map((x) => withoutLam(x.w));
              const words = T.slice(e, f).map((x) => withoutLam(x.w));
              ctx.mem.add(rawText(ctx.doc, (T[e] as Token).s, (T[f - 1] as Token).e), words, role, "person");
              ref = [e, f];
              e = f;
            }
            c = far;
          } else if (!(strong || lex.objectVerbs.has(hit.lemma)) || hit.opinion) continue;
        }
        const needs = lex.verbComplements.get(hit.lemma);
        if (needs && !needs.has((T[c] as Token | undefined)?.w ?? "")) continue;
        const relay = lex.relayVerbs.has(hit.lemma) ? relayed(ctx, e, sen.b) : null;
        if (relay) {
          // The channel is a source: "نقلت صحيفة الأهرام عن …".
          const first = T[s] as Token;
          const last = T[e - 1] as Token;
          const channel = rawText(ctx.doc, first.s, last.e);
          ctx.sources.push({ span: { p: ctx.pi, s: cue.s, e: last.e }, name: { p: ctx.pi, s: first.s, e: last.e }, kind: "organization", cue: rawText(ctx.doc, cue.s, cue.e), resolved: channel });
          speaker = resolveMention(ctx, relay[0], relay[1], null);
          contentFrom = relay[2];
        } else {
          speaker = resolveMention(ctx, s, e, hit.gender, e, ref);
          contentFrom = c;
        }
      }
      const end = nextCue(ctx, T, contentFrom, sen.b);
      const content = contentSpan(ctx, T, contentFrom, end);
      if (!content) continue;
      sentenceSpeaker = speaker;
      const implicit = speaker === null || speaker.span === null;
      ctx.drafts.push({
        parts: [content],
        kind: null,
        speaker,
        cue,
        confidence: implicit ? CONFIDENCE.continuing : CONFIDENCE.arabicVerbFirst,
        rule: implicit ? "ar-subjectless-verb" : turn ? "ar-turn-verb" : "ar-verb-first",
      });
      turn = null;
      i = end - 1;
    }
  }
}

/**
 * "نقلت صحيفة الأهرام عن مصدر دبلوماسي قوله إن …": after the channel, the speaker follows the relay
 * marker (عن). Returns [speaker start, speaker end, content start] or null.
 */
function relayed(ctx: Ctx, from: number, max: number): [number, number, number] | null {
  const T = ctx.para.tokens;
  const lex = ctx.doc.lex;
  let k = from;
  while (k < max && k - from < 4 && (T[k] as Token).w !== lex.relayMarker) k++;
  if ((T[k] as Token | undefined)?.w !== lex.relayMarker) return null;
  const subj = subjectAt(ctx, k + 1, max);
  if (!subj) return null;
  const c = lex.relayFillers.has((T[subj[1]] as Token | undefined)?.w ?? "") ? subj[1] + 1 : subj[1];
  return [subj[0], subj[1], c];
}

/** Tokens an aside between commas may hold. */
const MAX_ASIDE = 8;

/**
 * Skips an aside between commas and an outlet after the subject ("، طلب عدم نشر اسمه،", "لتلفزيون «برس»",
 * "لـ"إيلاف""), when a complement follows them. Returns the index of that complement, or `from`.
 */
function skipAsides(ctx: Ctx, from: number, max: number): number {
  const T = ctx.para.tokens;
  let k = from;
  const comma = (t: Token | undefined): boolean => t !== undefined && (t.w === "،" || t.w === ",");
  if (comma(T[k])) {
    let g = k + 1;
    while (g < max && g - k <= MAX_ASIDE && !comma(T[g])) g++;
    if (g < max && comma(T[g])) k = g + 1;
  }
  const t = T[k];
  if (t && t.t === "w" && t.w.startsWith("ل") && !isComplement(ctx, t)) {
    // An outlet: لتلفزيون «برس», لـ"إيلاف", لوكالة الأنباء
    let g = k + 1;
    while (g < max && g - k <= 4 && !isComplement(ctx, T[g]) || (g < max && /^["“«]$/.test((T[g] as Token).w) && g - k <= 4)) {
      if (/^["“«]$/.test((T[g] as Token).w)) {
        let h = g + 1;
        while (h < max && h - g <= 4 && !/^["”»]$/.test((T[h] as Token).w)) h++;
        g = h + 1;
        continue;
      }
      g++;
    }
    if (g < max && isComplement(ctx, T[g])) k = g;
  }
  return isComplement(ctx, T[k]) ? k : from;
}

/** Tokens between a speaker and a complementizer it governs ("… الطيب لوح اليوم الاثنين بالجزائر العاصمة أن"). */
const MAX_COMPLEMENT_GAP = 10;

/** A complementizer (أن، إن، بأن) within a few words of `from`, before any punctuation or cue; -1 if none. */
function farComplement(ctx: Ctx, from: number, max: number): number {
  const T = ctx.para.tokens;
  const lex = ctx.doc.lex;
  for (let k = from; k < max && k - from <= MAX_COMPLEMENT_GAP; k++) {
    const t = T[k] as Token;
    if (t.t === "p") return t.w === ":" ? k : -1;
    if (lex.clauseComplements.has(t.w)) return k;
    if (lex.participles.has(t.w) || lex.verbs.has(t.w)) return -1;
  }
  return -1;
}

/** The cue span of a verb token, its و / ف prefix left out. */
function cueSpan(ctx: Ctx, t: Token): DraftSpan {
  const forms = bare(ctx, t.w);
  const verbForm = forms.find((f) => ctx.doc.lex.verbs.has(f) || ctx.doc.lex.participles.has(f) || ctx.doc.lex.passives.has(f)) ?? t.w;
  return { p: ctx.pi, s: t.e - verbForm.length, e: t.e };
}

/**
 * "بحسب X"، "وفقاً لـX"، "نقلاً عن X"، "كما قال بيان … تابعته إيلاف": a source attribution. A source
 * opening the sentence also makes a quote of what follows it. Returns the index after the phrase.
 */
function source(ctx: Ctx, sen: Sentence, i: number, hit: CueHit): number {
  const T = ctx.para.tokens;
  const lex = ctx.doc.lex;
  let k = hit.next;
  if (lex.sourceLinks.has(T[k]?.w ?? "")) k++;
  const first = T[k];
  if (!first) return hit.next;
  const subj = subjectAt(ctx, k, sen.b);
  if (!subj) return hit.next;
  let e = subj[1];
  // A document's name runs on through its genitives ("بيان صحافي للمكتب الإعلامي للسوداني").
  while (e < sen.b && T[e]?.t === "w" && (T[e] as Token).w.startsWith("ل") && !lex.stopWords.has((T[e] as Token).w)) {
    e++;
    while (e < sen.b && T[e]?.t === "w" && (T[e] as Token).w.startsWith("ال") && !lex.stopWords.has((T[e] as Token).w)) e++;
  }
  const last = T[e - 1] as Token;
  const docLike = lex.docHeads.has(withoutLam(first.w));
  const speaker = docLike ? null : resolveMention(ctx, subj[0], e, null);
  const cue = rawText(ctx.doc, (T[i] as Token).s, (T[hit.next - 1] as Token).e);
  const atStart = i === sen.a;
  let to = e;
  let spanEnd = last.e;
  if (speaker && atStart) {
    let c = e;
    while (c < sen.b && (T[c] as Token).t === "p" && TRAILING.has((T[c] as Token).w)) c++;
    const end = nextCue(ctx, T, c, sen.b);
    const content = contentSpan(ctx, T, c, end);
    if (content) {
      const firstWord = hit.lemma.split(" ")[0] ?? "";
      const t0 = T[i] as Token;
      const cueStart = t0.w.endsWith(firstWord) ? t0.e - firstWord.length : t0.s;
      ctx.drafts.push({ parts: [content], kind: null, speaker, cue: { p: ctx.pi, s: cueStart, e: (T[hit.next - 1] as Token).e }, confidence: CONFIDENCE.according, rule: "ar-according-to" });
      to = end;
    }
  } else {
    // "كما قال بيان … تابعته "إيلاف"": the phrase runs on to the next cue or the sentence end.
    let stop = nextCue(ctx, T, e, sen.b);
    to = stop;
    while (stop > e && (T[stop - 1] as Token).t === "p" && TRAILING.has((T[stop - 1] as Token).w)) stop--;
    spanEnd = (T[Math.max(stop, e) - 1] as Token).e;
  }
  ctx.sources.push({
    span: { p: ctx.pi, s: (T[i] as Token).s, e: spanEnd },
    name: { p: ctx.pi, s: first.s, e: last.e },
    kind: docLike ? "document" : (speaker?.kind ?? "organization"),
    cue,
    resolved: speaker ? speaker.resolved : rawText(ctx.doc, first.s, last.e),
  });
  return Math.max(e, to);
}
