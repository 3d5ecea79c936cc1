import { hasInvisible, normalizeForMatch, REMOVABLE_CLASS } from "../../language/normalize.js";
import { MODIFIED_LABELS } from "../data/page-words.js";

/**
 * The "updated" label test, and a quick pre-test on the raw text that lets most texts (a whole
 * page body, most stamp labels) skip the normalized copy.
 *
 * The exact test matches keys in `normalizeForMatch(text)`. The pre-test is a regex over the raw
 * text that accepts everything that normalizes to a text holding a key (it may accept more): each
 * key character is any character that normalizes to one holding it (case through the `iu` flags,
 * alef/yeh/hamza forms and ة from {@link FOLD_SOURCES}), with removable characters allowed between
 * (tatweel, harakat, bidi and zero-width marks), and a key space is any run of spaces and removable
 * characters. A text the pre-test rejects holds no key; one it accepts goes to the exact test.
 */
const MODIFIED_KEYS = MODIFIED_LABELS.map((w) => normalizeForMatch(w));

/** Characters that normalize to another letter than their own lower case (the tests check the BMP). */
export const FOLD_SOURCES = "أإآٱىیئکؤة\u0130";

const escapeChar = (c: string): string => (/[\\\]^-]/u.test(c) ? `\\${c}` : c);

/**
 * The pre-test pattern of one key (see the module comment). Without `removable`, the pattern for a
 * text that holds no removable character: the same matches there, with no class to try between
 * letters (over the texts of the 40 median benchmark pages, about 50 µs per page with them, 30
 * without, plus 8 for the test that the text holds none).
 */
function keyPattern(key: string, removable: boolean): string {
  const out: string[] = [];
  for (const ch of key) {
    if (ch === " ") {
      out.push(removable ? `[\\s${REMOVABLE_CLASS}]+` : "\\s+");
      continue;
    }
    const sources = [...FOLD_SOURCES].filter((c) => normalizeForMatch(c).includes(ch)).join("");
    if (removable && out.length > 0 && !out[out.length - 1]!.endsWith("]+")) out.push(`[${REMOVABLE_CLASS}]*`);
    out.push(`[${escapeChar(ch)}${sources}]`);
  }
  return out.join("");
}

/** The keys that hold no other key: "updated" holds "update", so "update" alone decides. */
const CORE_KEYS = MODIFIED_KEYS.filter((w, i) => !MODIFIED_KEYS.some((o, j) => j !== i && w.includes(o) && (o !== w || j < i)));
/** The pre-test: false means no key can be in the normalized text. */
export const MAY_SAY_MODIFIED = new RegExp(CORE_KEYS.map((k) => keyPattern(k, true)).join("|"), "iu");

/** The pre-test as a global search: each match is a place where a label may be. */
const MAY_SAY_MODIFIED_ALL = new RegExp(MAY_SAY_MODIFIED.source, "giu");
/** The same search for a text without removable characters (most pages): {@link keyPattern}. */
const MAY_SAY_MODIFIED_PLAIN = new RegExp(CORE_KEYS.map((k) => keyPattern(k, false)).join("|"), "giu");

/**
 * Where an "updated" label may be in `text`: each span the pre-test matches, in order. A text
 * holds a label only within or around these spans; most of a page body holds none.
 */
export function possibleModifiedLabels(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const search = hasInvisible(text) ? MAY_SAY_MODIFIED_ALL : MAY_SAY_MODIFIED_PLAIN;
  search.lastIndex = 0;
  for (let m = search.exec(text); m !== null; m = search.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    // (A key is never empty, so the search always moves on.)
  }
  return spans;
}

/** True when the text holds an "updated" label (any language of MODIFIED_LABELS), as `normalizeForMatch` reads it. */
export function saysModified(text: string): boolean {
  if (!MAY_SAY_MODIFIED.test(text)) return false;
  const key = normalizeForMatch(text);
  return MODIFIED_KEYS.some((w) => key.includes(w));
}
