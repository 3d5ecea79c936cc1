import type { Ctx, DraftSpan } from "./draft.js";
import { contentSpan, push, span, type Env } from "./en-content.js";
import { PASSIVE_BEFORE, RAISING_PASSIVES, RAISING_VERBS } from "./data/en-syntax.js";
import type { Sentence, Token } from "./tokens.js";
import { CONFIDENCE } from "./weights.js";

/** Words a subject before a raising verb may hold. */
const MAX_SUBJECT = 12;

/**
 * "The senator seemed to waver", "Trump is expected to speak tonight": an impression reported with
 * no one named. The content is the subject and the infinitive clause (two parts), the cue the verb
 * (with its auxiliary), the speaker null. Returns the index after the clause, or -1.
 */
export function raising(ctx: Ctx, env: Env, sen: Sentence, i: number): number {
  const { T } = env;
  const t = T[i] as Token;
  let cueStart = i;
  if (RAISING_PASSIVES.has(t.w)) {
    const aux = T[i - 1];
    if (!aux || i - 1 <= sen.a || !PASSIVE_BEFORE.has(aux.w)) return -1;
    cueStart = i - 1;
  } else if (!RAISING_VERBS.has(t.w)) return -1;
  if (T[i + 1]?.w !== "to" || cueStart <= sen.a) return -1;
  // The subject runs back to the sentence start or to the comma closing an opening adjunct.
  let a = cueStart - 1;
  while (a > sen.a && cueStart - a < MAX_SUBJECT && (T[a - 1] as Token).t === "w" && !env.inQ(T[a - 1] as Token) && !env.used[a - 1]) a--;
  const before = T[a - 1];
  if (a > sen.a && !(before && before.t === "p" && (before.w === "," || before.w === "—"))) return -1;
  const first = T[a] as Token;
  if (first.t !== "w" || env.used[a] || env.inQ(first) || first.w === "it" || first.w === "there") return -1;
  const subject: DraftSpan = span(ctx, T, a, cueStart);
  const rest = contentSpan(ctx, T, i + 1, sen.b);
  if (!rest) return -1;
  push(ctx, env, { parts: [subject, rest], kind: null, speaker: null, cue: span(ctx, T, cueStart, i + 1), confidence: CONFIDENCE.passive, rule: "en-raising" }, a, sen.b);
  return sen.b;
}
