import type { Ctx, DraftSpeaker } from "./draft.js";
import { contentAfter, nounUse, push, span, type Env } from "./en-content.js";
import { according, lastVerb, objectRule, verbRule } from "./en-rules.js";
import { RAISING_PASSIVES, RAISING_VERBS } from "./data/en-syntax.js";
import { askedQuestion, opensWithQuestion } from "./en-question.js";
import { raising } from "./en-raising.js";
import { insideQuote } from "./marks.js";
import { transcript } from "./transcript.js";
import type { Token } from "./tokens.js";
import { CONFIDENCE } from "./weights.js";

/**
 * English reported speech in one paragraph: "X said (that) …", "…, X said.", "…, said X.",
 * "according to X, …", split direct quotes ("“A,” she said. “B.”") and trailing participles
 * ("…, adding that …"). Direct quotes with no verb are handled in `direct.ts`.
 */

/** Runs the English rules over every sentence of the current paragraph. */
export function englishParagraph(ctx: Ctx): void {
  const { para, doc } = ctx;
  const T = para.tokens;
  const lex = doc.lex;
  const inQ = (t: Token): boolean => insideQuote(para.quotes, t.s, t.e);
  const env: Env = { T, inQ, used: new Uint8Array(T.length) };
  if (transcript(ctx)) return;
  for (const sen of para.sentences) {
    let sentenceSpeaker: DraftSpeaker | null = null;
    // A tag closing the sentence ("…, the source added.") claims the whole sentence first.
    const tag = lastVerb(ctx, env, sen);
    let from = sen.a;
    // "Asked whether …, X said no.": the opening is the question, not content of the tag.
    if (tag >= 0 && !opensWithQuestion(T, sen)) {
      const made = verbRule(ctx, env, sen, tag, false, true);
      if (made) {
        sentenceSpeaker = made.speaker;
        from = made.to;
      }
    }
    for (let i = from; i < sen.b; i++) {
      const t = T[i] as Token;
      if (t.t !== "w" || env.used[i] || inQ(t)) continue;
      if (t.w === "according" && T[i + 1]?.w === "to") {
        sentenceSpeaker = according(ctx, env, sen, i) ?? sentenceSpeaker;
        continue;
      }
      if (RAISING_VERBS.has(t.w) || RAISING_PASSIVES.has(t.w)) {
        const to = raising(ctx, env, sen, i);
        if (to >= 0) {
          i = to - 1;
          continue;
        }
      }
      if (t.w === "asked") {
        const to = askedQuestion(ctx, env, sen, i);
        if (to >= 0) {
          i = to - 1;
          continue;
        }
      }
      const verb = lex.verbs.get(t.w);
      if (!verb || nounUse(T, i, sen.a)) continue;
      if (sentenceSpeaker && (T[i - 1]?.w === "," || T[i - 1]?.w === "and" || T[i - 1]?.w === "but") && (lex.participles.has(t.w) || !nounUse(T, i, sen.a))) {
        const c = contentAfter(ctx, env, sen, i + 1, false);
        if (c) {
          push(ctx, env, { parts: [c.span], kind: null, speaker: sentenceSpeaker, cue: span(ctx, T, i, i + 1), confidence: CONFIDENCE.continuing, rule: "en-participle" }, i, c.to);
          i = c.to - 1;
        }
        continue;
      }
      const made = verb.object ? objectRule(ctx, env, sen, i) : verbRule(ctx, env, sen, i, verb.opinion);
      if (made) {
        sentenceSpeaker = made.speaker;
        i = Math.max(i, made.to - 1);
      }
    }
  }
}

