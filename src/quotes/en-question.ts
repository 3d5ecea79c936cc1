import type { Ctx } from "./draft.js";
import { contentSpan, push, span, type Env } from "./en-content.js";
import { QUESTION_LEADS, QUESTION_WORDS } from "./data/en-syntax.js";
import type { Sentence, Token } from "./tokens.js";
import { CONFIDENCE } from "./weights.js";

/** Tokens a reported question may hold before its comma ("Asked whether …, Trump said"). */
const MAX_QUESTION = 40;

/**
 * "Asked whether the plan would pass, the senator …", "When asked about the vote, …": a question
 * put by someone the text does not name. The question is the content, "asked" the cue, no speaker.
 * Returns the index after the question, or -1 when the pattern does not hold at `i`.
 */
export function askedQuestion(ctx: Ctx, env: Env, sen: Sentence, i: number): number {
  const { T } = env;
  const prev = T[i - 1];
  const opens = i === sen.a || (prev !== undefined && i - 1 >= sen.a && prev.t === "w" && QUESTION_LEADS.has(prev.w));
  const next = T[i + 1];
  if (!opens || !next || next.t !== "w" || !QUESTION_WORDS.has(next.w)) return -1;
  let g = i + 1;
  while (g < sen.b && g - i <= MAX_QUESTION && (T[g] as Token).w !== ",") g++;
  if (g >= sen.b || g - i > MAX_QUESTION) return -1;
  const content = contentSpan(ctx, T, i + 1, g);
  if (!content) return -1;
  push(ctx, env, { parts: [content], kind: null, speaker: null, cue: span(ctx, T, i, i + 1), confidence: CONFIDENCE.passive, rule: "en-asked" }, i, g);
  return g;
}

/** Whether the sentence opens with a question put to the speaker ("Asked whether …", "When asked …"). */
export function opensWithQuestion(T: Token[], sen: Sentence): boolean {
  return T[sen.a]?.w === "asked" || (T[sen.a]?.w === "when" && T[sen.a + 1]?.w === "asked");
}
