import type { Ctx } from "./draft.js";
import type { Env } from "./en-content.js";
import { DETERMINERS, SUBJECT_BREAKERS } from "./data/en-syntax.js";
import { npBackward, npForward } from "./np-en.js";
import type { Sentence, Token } from "./tokens.js";
import { LIMITS } from "./weights.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const STARTS_WITH_NUMBER = /^\p{N}/u;
const THOUSANDS_GROUP = /^\p{N}{1,3}$/u;

/** English subjects of a speech verb that are more than the noun phrase next to it. */

/**
 * The whole opening of the sentence as the subject, when it is a plain noun phrase with modifiers
 * ("A person familiar with the planning says", "Six in 10 say"): [sen.a, j + 1) or null.
 */
export function sentenceSubject(ctx: Ctx, env: Env, sen: Sentence, j: number): [number, number] | null {
  const { T } = env;
  const lex = ctx.doc.lex;
  const n = j - sen.a + 1;
  if (n < 2 || n > LIMITS.maxSubjectTokens) return null;
  const first = T[sen.a] as Token;
  if (first.t !== "w" || !(first.cap || DETERMINERS.has(first.w) || STARTS_WITH_NUMBER.test(first.w))) return null;
  for (let k = sen.a; k <= j; k++) {
    const t = T[k] as Token;
    if (env.inQ(t)) return null;
    if (t.t === "p") {
      if (t.w === "-" || t.w === "’" || t.w === "'") continue;
      return null;
    }
    if (SUBJECT_BREAKERS.has(t.w) || lex.verbs.has(t.w) || lex.modifiers.has(t.w) || lex.participles.has(t.w)) return null;
  }
  return [sen.a, j + 1];
}

/** Punctuation before a participle continuing the subject ("…, saying", "… – saying"). */
export const CLAUSE_DASHES = new Set([",", "—", "–", "-"]);

/** The subject opening the sentence, before token `j`, when it names someone ("Trump", "The Florida senator"). */
export function subjectAhead(ctx: Ctx, env: Env, sen: Sentence, j: number): [number, number] | null {
  const lex = ctx.doc.lex;
  const subj = npForward(lex, env.T, sen.a, j, env.inQ);
  const head = subj ? (env.T[subj[1] - 1] as Token) : null;
  if (!subj || !head) return null;
  return head.cap || lex.pronouns.has(head.w) || lex.roleHeads.has(head.w) || lex.orgHeads.has(head.w) ? subj : null;
}

/** Tokens an appositive may hold: "Richard Revesz, director of the Institute …, said". */
const MAX_APPOSITIVE = 30;
const APPOSITIVE_CLOSE = new Set([",", ")", "—", "–", "-"]);

/**
 * A speaker followed by an appositive or a parenthesis before the verb ("Phil Lovas, the campaign
 * chairman, said", "Sen. David Perdue (R-Ga.) said"): the noun phrase before it, or null.
 */
export function appositive(ctx: Ctx, env: Env, sen: Sentence, j: number): [number, number] | null {
  const { T } = env;
  const close = T[j];
  if (!close || !APPOSITIVE_CLOSE.has(close.w) || env.inQ(close)) return null;
  const open = close.w === ")" ? "(" : close.w;
  for (let k = j - 1; k > sen.a && j - k <= MAX_APPOSITIVE; k--) {
    const t = T[k] as Token;
    if (env.inQ(t)) return null;
    // An age between commas ("Marley Anderson, 21, a student, said"): the name is before it.
    if (t.w === "," && open === "," && THOUSANDS_GROUP.test(T[k - 1]?.w ?? "") && T[k - 2]?.w === ",") {
      k -= 1; // the loop steps onto the comma before the age
      continue;
    }
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
