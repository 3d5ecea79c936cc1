/** Chrome by its words: the shared line classifier (`chromeKind`) plus the HTML labels of `data/labels.ts`. */
import { chromeKind, type ChromeKind } from "../../language/chrome.js";
import { CHROME_MAX_WORDS } from "../../language/data/chrome.js";
import { fastCountWords as countWords } from "./text.js";
import { normalizeForMatch } from "../../language/normalize.js";
import { trimEndWhere, trimStartWhere } from "../../language/trim.js";
import { HTML_CHROME_WORDS } from "./data/labels.js";

const SPACE_OR_PUNCT = /[\s\p{P}]/u;

/** Blocks up to this length are normalized and looked up whole; longer ones only by `chromeKind`. */
const SHORT_BLOCK_CHARS = 200;

const PHRASES: Array<{ key: string; kind: ChromeKind }> = [];
for (const words of Object.values(HTML_CHROME_WORDS)) {
  for (const p of words.ends) PHRASES.push({ key: trimEndWhere(normalizeForMatch(p), SPACE_OR_PUNCT), kind: "end" });
  for (const p of words.drops) PHRASES.push({ key: trimEndWhere(normalizeForMatch(p), SPACE_OR_PUNCT), kind: "drop" });
}
PHRASES.sort((a, b) => b.key.length - a.key.length);
/** The phrases by key; the first in the order above wins. */
const BY_KEY = new Map<string, ChromeKind>();
for (const { key, kind } of PHRASES) if (!BY_KEY.has(key)) BY_KEY.set(key, kind);

/** Punctuation, symbols and counts around labels ("Kontakt:", "» Weiterlesen", "Kommentare (3)"), trimmed in linear time. */
const DECOR_START = /[\s\p{P}\p{S}]/u;
const DECOR_END = /[\s\p{P}\p{S}\p{N}]/u;

/**
 * Whether a short block of the body is chrome: `end` opens a trailing run of chrome, `drop` is
 * chrome alone, null is text. Blocks over the shared word limit are always text. `words`, when
 * given, is `countWords(text)` already counted by the caller; `matchKey`, when given, is
 * `normalizeForMatch(text)`, which the caller needed too (the block builder near the headline).
 */
export function textChromeKind(text: string, words?: number, matchKey?: string): ChromeKind | null {
  // Short blocks are normalized once for both lookups.
  const normalized = text.length > SHORT_BLOCK_CHARS ? undefined : (matchKey ?? normalizeForMatch(text));
  const shared = chromeKind(text, normalized);
  if (shared) return shared;
  if (normalized === undefined || (words ?? countWords(text)) > CHROME_MAX_WORDS) return null;
  const key = trimStartWhere(trimEndWhere(normalized, DECOR_END), DECOR_START);
  if (!key) return null;
  return BY_KEY.get(key) ?? null;
}
