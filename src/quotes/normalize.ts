import { foldChars } from "../language/normalize.js";

/**
 * The matching copy of a text: invisible characters (harakat, tatweel, bidi and zero-width marks)
 * removed, characters folded one for one (alef and yeh forms, digits, odd spaces) and lower-cased.
 * `map[i]` is the offset in the original text of character `i` of the copy (`map[length]` = original
 * length), so every span found in the copy maps back exactly. `map` is null when nothing was removed.
 */
export interface Normalized {
  text: string;
  map: Int32Array | null;
}

const REMOVABLE = /[\u0640\u064b-\u0655\u0670\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/;
const REMOVABLE_G = new RegExp(REMOVABLE.source, "g");

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** Normalizes `text` for matching and keeps the way back to original offsets. Linear in the length. */
export function normalizeWithMap(text: string): Normalized {
  const folded = lowerSameLength(foldChars(text));
  if (!REMOVABLE.test(folded)) return { text: folded, map: null };
  const map = new Int32Array(folded.length + 1);
  const pieces: string[] = [];
  let n = 0;
  let last = 0;
  REMOVABLE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REMOVABLE_G.exec(folded)) !== null) {
    for (let i = last; i < m.index; i++) map[n++] = i;
    pieces.push(folded.slice(last, m.index));
    last = m.index + 1;
  }
  for (let i = last; i < folded.length; i++) map[n++] = i;
  pieces.push(folded.slice(last));
  map[n] = folded.length;
  return { text: pieces.join(""), map: map.subarray(0, n + 1) };
}

/** Normalizes a lexicon word the way the text is normalized (no map needed). */
export function normalizeWord(word: string): string {
  return lowerSameLength(foldChars(word.replace(REMOVABLE_G, "")));
}

/** Maps a start offset in the copy to the original text. */
export function origStart(n: Normalized, i: number): number {
  return n.map ? (n.map[i] ?? 0) : i;
}

/**
 * Maps an end offset (exclusive) in the copy to the original text. Marks removed right after the last
 * character (the tanween of مؤكداً, a shadda) stay inside the span.
 */
export function origEnd(n: Normalized, i: number): number {
  return n.map ? (n.map[i] ?? 0) : i;
}
