import { CONNECTORS, DETERMINERS } from "./data/en-syntax.js";
import type { CompiledLexicon } from "./lexicon.js";
import { LIMITS } from "./weights.js";
import type { Token } from "./tokens.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const HAS_LETTER = /\p{L}/u;

/** English speaker noun phrases next to a speech verb, as token ranges [a, b). */

const POSSESSIVE = /['’]s$/;

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.t === "w";
}

function isHead(lex: CompiledLexicon, w: string): boolean {
  return lex.roleHeads.has(w) || lex.unnamedHeads.has(w) || lex.orgHeads.has(w) || lex.docHeads.has(w);
}

/** A lower-case word that may modify a head noun ("senior", "campaign", "white"). */
function modifier(lex: CompiledLexicon, t: Token): boolean {
  return t.t === "w" && !lex.stopWords.has(t.w) && !lex.verbs.has(t.w) && !lex.pronouns.has(t.w) && !lex.modifiers.has(t.w);
}

/** The noun phrase ending at token `j` (inclusive), not before `min`; null when there is none. */
export function npBackward(lex: CompiledLexicon, T: Token[], j: number, min: number, inQuote: (t: Token) => boolean): [number, number] | null {
  const t = T[j];
  if (!word(t) || j < min || inQuote(t)) return null;
  if (lex.pronouns.has(t.w)) return [j, j + 1];
  let k = j;
  if (t.cap && !lex.notNames.has(t.w) && !lex.stopWords.has(t.w)) {
    while (k - 1 >= min && j - k + 1 < LIMITS.maxSpeakerWords) {
      const p = T[k - 1] as Token;
      if (word(p) && (p.cap || lex.titles.has(p.w)) && !inQuote(p) && !POSSESSIVE.test(p.w) && !lex.stopWords.has(p.w)) k--;
      else if (word(p) && (CONNECTORS.has(p.w) || p.w === "and") && word(T[k - 2]) && (T[k - 2] as Token).cap && !lex.stopWords.has((T[k - 2] as Token).w) && k - 2 >= min) k -= 2;
      else break;
    }
    // A role before the name belongs to the mention: "longtime Democratic pollster Pat Caddell".
    if (k - 1 >= min && word(T[k - 1]) && lex.roleHeads.has((T[k - 1] as Token).w) && !inQuote(T[k - 1] as Token)) {
      k--;
      while (k - 1 >= min && j - k + 1 < LIMITS.maxSpeakerWords + 3) {
        const p = T[k - 1] as Token;
        if (!word(p) || inQuote(p)) break;
        if (DETERMINERS.has(p.w)) {
          k--;
          break;
        }
        if (p.cap || POSSESSIVE.test(p.w) || (modifier(lex, p) && !/(?:ed|ing)$/.test(p.w))) k--;
        else break;
      }
    }
  } else if (modifier(lex, t) && !/(?:ly|ing|ed)$/.test(t.w) && HAS_LETTER.test(t.w) && !lex.notNames.has(t.w)) {
    const known = isHead(lex, t.w);
    while (k - 1 >= min && j - k + 1 < LIMITS.maxSpeakerWords) {
      const p = T[k - 1] as Token;
      if (!word(p) || inQuote(p)) break;
      if (DETERMINERS.has(p.w) || /^\d/.test(p.w)) {
        k--;
        if (!DETERMINERS.has(T[k - 1]?.w ?? "")) break;
        continue;
      }
      if (p.cap || POSSESSIVE.test(p.w) || modifier(lex, p)) k--;
      else break;
    }
    // Lower-case modifiers stay only when a determiner, a possessive or a capital opens the phrase.
    const opens = (x: Token): boolean => x.cap || DETERMINERS.has(x.w) || POSSESSIVE.test(x.w) || /^\d/.test(x.w);
    if (!opens(T[k] as Token)) {
      while (k < j && !opens(T[k] as Token)) k++;
      if (k === j && !known && !opens(T[k] as Token)) return null;
    }
  } else return null;
  const before = T[k - 1];
  if (word(before) && before.w === "the" && k - 1 >= min) k--;
  return [k, j + 1];
}

/** The noun phrase starting at token `k`, not reaching `max`; null when there is none. */
export function npForward(lex: CompiledLexicon, T: Token[], k: number, max: number, inQuote: (t: Token) => boolean): [number, number] | null {
  const t = T[k];
  if (!word(t) || k >= max || inQuote(t)) return null;
  if (lex.pronouns.has(t.w) && t.w !== "who" && t.w !== "it") return [k, k + 1];
  let j = k;
  while (j < max && word(T[j]) && (DETERMINERS.has((T[j] as Token).w) || (lex.titles.has((T[j] as Token).w) && T[j + 1]?.cap) || /^\d/.test((T[j] as Token).w)) && j - k < 3) j++;
  // Words of the phrase; it ends at its last capitalized word or head noun.
  let end = j;
  let lastGood = -1;
  while (end < max && end - k < LIMITS.maxSpeakerWords + 2) {
    const c = T[end] as Token;
    if (!word(c) || inQuote(c)) break;
    if (c.cap && !lex.notNames.has(c.w)) lastGood = end;
    else if (isHead(lex, c.w)) {
      lastGood = end;
      if (!(word(T[end + 1]) && (T[end + 1] as Token).cap === false && isHead(lex, (T[end + 1] as Token).w))) break;
    } else if (CONNECTORS.has(c.w) && lastGood === end - 1 && word(T[end + 1]) && (T[end + 1] as Token).cap) {
      // "Center for Public Opinion Research", "Secretary of State"
    } else if (lex.stopWords.has(c.w) || lex.pronouns.has(c.w)) break;
    else if (j > k && modifier(lex, c)) lastGood = end; // "the moderator"
    else break;
    end++;
  }
  if (lastGood < j) return null;
  return [k, lastGood + 1];
}
