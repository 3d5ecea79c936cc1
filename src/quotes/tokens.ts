/**
 * Tokens and sentences of one paragraph of the normalized text. A token is a word (letters, marks,
 * digits, inner apostrophes and hyphens), an abbreviation with its dot ("mr.", "u.s."), or one
 * punctuation character. Linear: one pass of a bounded regex.
 */

export type TokenType = "w" | "p";

export interface Token {
  /** Offsets in the normalized text. */
  s: number;
  e: number;
  /** The normalized (folded, lower-cased) text. */
  w: string;
  t: TokenType;
  /** The original word starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+){0,8}|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const SINGLE_LETTER = /^\p{L}$/u;
const TERMINATORS = new Set([".", "!", "?", "؟", "…"]);
/** Punctuation that never opens a sentence: "(R-Ga.) said", "Inc., the company". */
const NO_BREAK_BEFORE = new Set([")", "]", ",", ";", ":", "،"]);

/**
 * Tokenizes `norm[start, end)`. `raw(i)` gives the original character at normalized offset `i`
 * (for case). Words in `abbreviations` (without the dot) and single letters take the dot after them.
 */
export function tokenize(
  norm: string,
  start: number,
  end: number,
  raw: (i: number) => string,
  abbreviations: Set<string>,
): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(norm)) !== null && m.index < end) {
    const s = m.index;
    let e = s + m[0].length;
    let w = m[0];
    const word = w.length > 1 || /[\p{L}\p{N}]/u.test(w);
    if (word && norm[e] === "." && (abbreviations.has(w + ".") || SINGLE_LETTER.test(w))) {
      e += 1;
      w += ".";
      TOKEN.lastIndex = e;
    }
    out.push({ s, e, w, t: word ? "w" : "p", cap: word && UPPER.test(raw(s)) });
  }
  return out;
}

/** A sentence as a token index range [a, b). */
export interface Sentence {
  a: number;
  b: number;
}

/**
 * Splits tokens into sentences: after . ! ? ؟ … when the next token starts a new sentence (a capital,
 * a non-Latin word, a quote mark, the end). Never inside a direct quote: `inQuote(offset)` says whether
 * a normalized offset is inside one; a sentence ending inside a quote ends after its closing mark.
 */
export function sentences(tokens: Token[], inQuote: (offset: number) => boolean, isClose: (w: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let a = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.t !== "p" || !TERMINATORS.has(tok.w)) continue;
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1] as Token).t === "p" && TERMINATORS.has((tokens[j + 1] as Token).w)) j++;
    if (j + 1 < tokens.length && isClose((tokens[j + 1] as Token).w) && inQuote(tok.s)) j++;
    else if (inQuote(tok.s)) continue;
    const next = tokens[j + 1];
    if (next) {
      const prev = tokens[i - 1];
      if (next.t === "p" && NO_BREAK_BEFORE.has(next.w)) continue;
      if (next.t === "w" && !next.cap && /^[\p{Ll}\p{N}]/u.test(next.w) && /[a-z0-9]/.test(next.w[0] ?? "")) continue;
      if (prev && prev.t === "w" && /\d$/.test(prev.w) && /^\d/.test(next.w)) continue;
    }
    out.push({ a, b: j + 1 });
    a = j + 1;
    i = j;
  }
  if (a < tokens.length) out.push({ a, b: tokens.length });
  return out;
}
