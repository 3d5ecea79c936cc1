import type { Ctx } from "./draft.js";
import { rawText } from "./document.js";
import type { Token } from "./tokens.js";
import { LIMITS } from "./weights.js";

/**
 * Arabic noun phrases: names after titles and roles, subjects after a verb. Arabic writes no capitals,
 * so a name is found by its frame: a title (الأدميرال), a role chain (رئيس الوزراء العراقي) or a
 * name already known; it runs up to three words and ends at its first definite word (محمد شياع السوداني).
 */

const MAX_NAME_WORDS = 3;
const OPEN_MARK = /^["“«]$/;
const CLOSE_MARK = /^["”»]$/;
const MAX_ROLE_WORDS = 6;
/** A nisba adjective ends in ي (الأمريكي، العراقي). */
const NISBA = /ي$/;

function isDefinite(w: string): boolean {
  return w.startsWith("ال") && w.length > 3;
}

/** The word without a glued ل / لل (لمستشار -> مستشار, للسوداني -> السوداني). */
export function withoutLam(w: string): string {
  if (w.startsWith("لل") && w.length > 4) return "ال" + w.slice(2);
  if (w.startsWith("ل") && w.length > 3) return w.slice(1);
  return w;
}

function blocked(ctx: Ctx, t: Token | undefined): boolean {
  const lex = ctx.doc.lex;
  return !t || t.t !== "w" || t.w.length < 2 || lex.stopWords.has(t.w) || lex.complements.has(t.w) || lex.notNames.has(t.w) || lex.titles.has(t.w) || lex.verbs.has(t.w) || lex.participles.has(t.w);
}

/** A known entity's name starting at token `k` (longest first): its end index, or -1. */
export function knownAt(ctx: Ctx, k: number, max: number): number {
  const T = ctx.para.tokens;
  for (let n = MAX_NAME_WORDS; n >= 1; n--) {
    if (k + n > max) continue;
    const words: string[] = [];
    for (let i = k; i < k + n; i++) {
      const t = T[i];
      if (!t || t.t !== "w" || ctx.doc.lex.stopWords.has(t.w)) break;
      words.push(withoutLam(t.w));
    }
    if (words.length === n && ctx.mem.byTokens(words)) return k + n;
  }
  return -1;
}

/** A personal name starting at token `k`: its end index, or -1. */
export function nameAt(ctx: Ctx, k: number, max: number): number {
  const known = knownAt(ctx, k, max);
  if (known > 0) return known;
  const T = ctx.para.tokens;
  let e = k;
  while (e < max && e - k < MAX_NAME_WORDS && !blocked(ctx, T[e])) {
    const w = (T[e] as Token).w;
    if (e > k && w.startsWith("وال")) break;
    e++;
    if (isDefinite(w)) break;
  }
  return e > k ? e : -1;
}

/** Skips nisba adjectives between a title and a name ("الرئيس الأمريكي جو بايدن"): the name's index. */
function skipNisba(ctx: Ctx, k: number, max: number): number {
  const T = ctx.para.tokens;
  let n = k;
  while (n < max && n - k < 2 && isDefinite((T[n] as Token).w) && NISBA.test((T[n] as Token).w) && !blocked(ctx, T[n + 1]) && !isDefinite((T[n + 1] as Token).w)) n++;
  return n;
}

/** Registers the people a paragraph introduces with a title or a role chain ("مستشار الأمن القومي العراقي قاسم الأعرجي"). */
export function discoverArabic(ctx: Ctx): void {
  const T = ctx.para.tokens;
  const lex = ctx.doc.lex;
  for (let i = 0; i < T.length; i++) {
    const t = T[i] as Token;
    if (t.t !== "w") continue;
    const w = withoutLam(t.w);
    let nameStart = -1;
    let roleFrom = i;
    if (lex.titles.has(w) && !lex.titles.has(T[i + 1]?.w ?? "")) {
      nameStart = skipNisba(ctx, i + 1, T.length);
      while (roleFrom > 0 && i - roleFrom < MAX_ROLE_WORDS && T[roleFrom - 1]?.t === "w" && !lex.stopWords.has(T[roleFrom - 1]?.w ?? "")) roleFrom--;
    } else if (lex.roleHeads.has(w) && !isDefinite(w)) {
      let k = i + 1;
      let definite = 0;
      while (k < T.length && k - i <= MAX_ROLE_WORDS && T[k]?.t === "w" && isDefinite(withoutLam((T[k] as Token).w)) && !lex.stopWords.has((T[k] as Token).w)) {
        k++;
        definite++;
      }
      if (definite > 0 && !lex.titles.has(T[k]?.w ?? "") && !isDefinite(T[k]?.w ?? "ال")) nameStart = k;
    }
    if (nameStart < 0) continue;
    const end = nameAt(ctx, nameStart, T.length);
    if (end < 0) continue;
    const words = T.slice(nameStart, end).map((x) => withoutLam(x.w));
    const role = T.slice(roleFrom, nameStart).map((x) => withoutLam(x.w)).filter((x) => !lex.titles.has(x));
    ctx.mem.add(rawText(ctx.doc, (T[nameStart] as Token).s, (T[end - 1] as Token).e), words, role, "person");
    i = end - 1;
  }
}

/**
 * The subject after a verb at token `j`: [start, end, strong]. Strong means the phrase is surely a
 * speaker (known name, title, role, document, source) and may stand without a complement after it.
 */
export function subjectAt(ctx: Ctx, j: number, max: number): [number, number, boolean] | null {
  const T = ctx.para.tokens;
  const lex = ctx.doc.lex;
  const t = T[j];
  if (!t || t.t !== "w" || lex.stopWords.has(t.w) || lex.complements.has(t.w)) return null;
  let k = j;
  while (k < max && lex.titles.has((T[k] as Token).w) && k - j < 3) k++;
  const known = knownAt(ctx, k, max);
  if (known > 0) return [j, known, true];
  if (k > j) {
    const n = skipNisba(ctx, k, max);
    const known2 = n > k ? knownAt(ctx, n, max) : -1;
    if (known2 > 0) return [j, known2, true];
    const e = nameAt(ctx, n, max);
    if (e > 0 && n > k) {
      const words = T.slice(n, e).map((x) => withoutLam(x.w));
      const role = T.slice(j, n).map((x) => withoutLam(x.w));
      ctx.mem.add(rawText(ctx.doc, (T[n] as Token).s, (T[e - 1] as Token).e), words, role, "person");
    }
    return e > 0 ? [j, e, true] : [j, k, true];
  }
  const head = t.w;
  if (lex.roleHeads.has(head) || lex.docHeads.has(head) || lex.unnamedHeads.has(head) || lex.orgHeads.has(head)) {
    let e = j + 1;
    while (e < max && e - j <= LIMITS.maxArabicSubject && !blocked(ctx, T[e]) && !lex.participles.has((T[e] as Token).w)) {
      const w = (T[e] as Token).w;
      if (!(isDefinite(w) || w.startsWith("لل") || lex.roleLinks.has(w) || (!isDefinite(head) && /ي$/.test(w)))) break;
      e++;
    }
    // A name in quote marks after the head: صحيفة "الأهرام".
    if (T[e]?.t === "p" && OPEN_MARK.test((T[e] as Token).w)) {
      for (let k = e + 1; k < max && k - e <= 4; k++) {
        if ((T[k] as Token).t === "p") {
          if (CLOSE_MARK.test((T[k] as Token).w)) e = k + 1;
          break;
        }
      }
    }
    // A role in the construct state is followed by the holder's name: "وزيرة الخارجية نادية العلي".
    if (lex.roleHeads.has(head) && !isDefinite(head)) {
      const name = nameAt(ctx, e, max);
      if (name > e) {
        // Remember the holder with the role, so "الوزير" or "المسؤول …" finds them later.
        const words = T.slice(e, name).map((x) => withoutLam(x.w));
        const role = T.slice(j, e).map((x) => withoutLam(x.w));
        ctx.mem.add(rawText(ctx.doc, (T[e] as Token).s, (T[name - 1] as Token).e), words, role, "person");
        return [j, name, true];
      }
    }
    return [j, e, true];
  }
  if (lex.pronouns.has(t.w) || lex.notNames.has(t.w)) return null;
  return [j, j + 1, false];
}
