import { countWords } from "./words.js";
import { normalizeForMatch } from "./normalize.js";
import { trimEndWhere, trimStartWhere } from "./trim.js";
import { CHROME_MAX_WORDS, CHROME_WORDS } from "./data/chrome.js";
import { codePointAt } from "./code-units.js";

/** `end`: opens a trailing block of chrome (comments, related links); `drop`: chrome on its own line. */
export type ChromeKind = "end" | "drop";

const PHRASES: Array<{ key: string; kind: ChromeKind }> = [];
for (const words of Object.values(CHROME_WORDS)) {
  for (const p of words.ends) PHRASES.push({ key: normalizeForMatch(p), kind: "end" });
  for (const p of words.drops) PHRASES.push({ key: normalizeForMatch(p), kind: "drop" });
}
// Longest first, so "share this article" wins over "share".
PHRASES.sort((a, b) => b.key.length - a.key.length);
/** The phrases by key (the first, in the order above, wins) and the `end` phrases, for lookups instead of a loop. */
const EXACT = new Map<string, ChromeKind>();
for (const { key, kind } of PHRASES) if (!EXACT.has(key)) EXACT.set(key, kind);
const END_PHRASES: ReadonlySet<string> = new Set(PHRASES.filter((p) => p.kind === "end").map((p) => p.key));
/** The lengths of the `end` phrases, longest first: a key is cut at these lengths only. */
const END_LENGTHS: readonly number[] = [...new Set([...END_PHRASES].map((k) => k.length))].sort((a, b) => b - a);
const BOUNDARY = /[\s\p{P}]/u;
const BOILERPLATE = Object.values(CHROME_WORDS).flatMap((w) => (w.boilerplate ?? []).map(normalizeForMatch));
/** Characters of a line examined for a boilerplate opening. */
const BOILERPLATE_PREFIX_CHARS = 80;
/** Longest line that can be a chrome label (longer lines are only checked for boilerplate). */
const MAX_CHROME_CHARS = 200;

/** Punctuation and symbols around chrome labels ("التعليقات (3)", "Share:", "» اقرأ أيضا"), trimmed in linear time. */
const DECOR_START = /[\s\p{P}\p{S}]/u;
/** …and at the end, counts too ("(3)"). */
const DECOR_END = /[\s\p{P}\p{S}\p{N}]/u;

/**
 * Whether a short line is site chrome, and which kind. Lines over `CHROME_MAX_WORDS` words are text.
 * The phrase must be the whole line or be followed by a word boundary ("Comments (12)", "اقرأ أيضا: …").
 * `normalized`, when given, is `normalizeForMatch(line)` already computed by the caller.
 */
export function chromeKind(line: string, normalized?: string): ChromeKind | null {
  const long = line.length > MAX_CHROME_CHARS;
  // A caller that already holds normalizeForMatch(line) passes it (used only for lines that are not long).
  const matchKey = !long && normalized !== undefined ? normalized : normalizeForMatch(long ? line.slice(0, BOILERPLATE_PREFIX_CHARS) : line);
  const key = trimEndWhere(trimStartWhere(matchKey, DECOR_START), DECOR_END);
  if (!key) return null;
  for (const b of BOILERPLATE) if (key.startsWith(b)) return "drop";
  if (long || countWords(line) > CHROME_MAX_WORDS) return null;
  // The longest phrase that is the whole key, else the longest `end` phrase followed by a space or
  // punctuation: a whole-key match is longer than any proper prefix, so it is looked up first.
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const b of END_LENGTHS) {
    if (b >= key.length || b === 0) continue;
    if (END_PHRASES.has(key.slice(0, b)) && BOUNDARY.test(String.fromCodePoint(codePointAt(key, b) as number))) return "end";
  }
  return null;
}
