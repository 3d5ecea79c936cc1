import { DETERMINERS } from "./data/en-syntax.js";
import type { Gender } from "./data/index.js";
import { rawText } from "./document.js";
import type { Ctx, DraftSpeaker } from "./draft.js";
import type { Entity } from "./entities.js";
import type { SpeakerKind } from "./schema.js";
import type { Token } from "./tokens.js";

function isArabicWord(w: string): boolean {
  return /[\u0600-\u06ff]/.test(w);
}

/**
 * Resolves the speaker mention `tokens[a, b)` of the current paragraph: pronouns to the last speaker of
 * their gender, surnames and roles to the full name given earlier, new names into the memory.
 * `gender` is what the verb says (Arabic قالت -> "f"), null when it says nothing. The mention's span
 * may run on to `spanEnd` (an appositive: "Phil Lovas, the campaign chairman,"); `ref` is the phrase a
 * relative pronoun stands for.
 */
export function resolveMention(ctx: Ctx, a: number, b: number, gender: Gender | null, spanEnd = b, ref: [number, number] | null = null): DraftSpeaker {
  const { doc, mem, para } = ctx;
  const lex = doc.lex;
  if (ref) {
    // A relative pronoun ("…, who said") names what it refers to; the mention stays the pronoun.
    const target = resolveMention(ctx, ref[0], ref[1], gender);
    const first = para.tokens[a] as Token;
    const last = para.tokens[Math.max(b, spanEnd) - 1] as Token;
    return { ...target, span: { p: ctx.pi, s: first.s, e: last.e }, name: rawText(doc, first.s, last.e) };
  }
  const toks = para.tokens.slice(a, b).filter((t) => t.t === "w");
  const first = para.tokens[a] as Token;
  const last = para.tokens[Math.max(b, spanEnd) - 1] as Token;
  const span = { p: ctx.pi, s: first.s, e: last.e };
  const name = rawText(doc, first.s, last.e);
  const words = toks.map((t) => t.w);
  const done = (entity: Entity | null, kind: SpeakerKind, g: Gender | null): DraftSpeaker => {
    if (entity) mem.spoke(entity, g);
    return { span, name, resolved: entity ? entity.name : name, kind: entity ? entity.kind : kind };
  };
  if (words.length === 1 && lex.pronouns.has(words[0] as string)) {
    const g = gender ?? lex.pronouns.get(words[0] as string) ?? null;
    return done(mem.lastPerson(g), "person", g);
  }
  let core = toks.filter((t) => !lex.titles.has(t.w) && !DETERMINERS.has(t.w));
  if (core.length === 0) core = toks;
  const coreWords = core.map((t) => t.w);
  const arabic = isArabicWord(coreWords[0] ?? "");
  const head = (arabic ? coreWords[0] : coreWords[coreWords.length - 1]) ?? "";
  if (lex.docHeads.has(head)) return done(null, "document", null);
  if (lex.unnamedHeads.has(head)) return done(null, "unnamed", null);
  // The full core, or a tail of it ("الأمريكي جو بايدن" -> "جو بايدن"), may name someone known.
  let known = null;
  for (let k = 0; k < coreWords.length && !known; k++) known = mem.byTokens(coreWords.slice(k));
  if (known && (known.tokens.length > 1 || coreWords.length === 1)) return done(known, known.kind, gender);
  if (lex.roleHeads.has(head) && core.every((t) => !t.cap)) {
    const byRole = mem.byRole(coreWords);
    return done(byRole ?? (arabic ? null : mem.lastPerson(gender)), "person", gender);
  }
  if (lex.orgHeads.has(head)) return done(null, "organization", null);
  const resolvedText = rawText(doc, (core[0] as Token).s, (core[core.length - 1] as Token).e);
  if (arabic) {
    // An unknown single definite word (العراق، الحكومة) names a body; anything else is a person's name.
    const body = coreWords.length === 1 && coreWords[0]?.startsWith("ال");
    const e = mem.add(resolvedText, coreWords, [], body ? "organization" : "person", gender);
    return done(e, e.kind, gender);
  }
  if (core.every((t) => t.cap)) {
    const e = mem.add(resolvedText, coreWords, [], "person", gender);
    return done(e, e.kind, gender);
  }
  return done(null, "person", gender);
}

/** The implicit speaker of a subject-less verb or participle: the last speaker of matching gender. */
export function implicitSpeaker(ctx: Ctx, gender: Gender | null): DraftSpeaker | null {
  const e = ctx.mem.lastPerson(gender);
  if (!e) return null;
  ctx.mem.spoke(e, gender);
  return { span: null, name: e.name, resolved: e.name, kind: e.kind };
}
