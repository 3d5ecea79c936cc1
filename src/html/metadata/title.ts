import { normalizeForMatch } from "../../language/normalize.js";
import { PREFIX_ONLY_SEPARATORS, TITLE_SEPARATORS } from "./data/title.js";
import { METADATA_WEIGHTS as W } from "./weights.js";
import { PageCache } from "../../language/page-cache.js";
import { ListCache } from "../../language/list-cache.js";

/** A title as a source gives it. */
export interface TitleCandidate {
  text: string;
  /** Provenance, e.g. "json-ld:headline", "meta:og:title", "title". */
  from: string;
}

/**
 * Keys already computed. One page asks for the same few strings' keys again and again (each site
 * name for every title segment tried, the headline for every standfirst candidate), so they are
 * kept; the cache is emptied when full, which bounds it without bookkeeping.
 */
const KEYS = new PageCache<string, string>(W.titleKeyCache);

/**
 * The runs of characters other than letters and digits that a key changes: each becomes one space,
 * as `/[^\p{L}\p{N}]+/gu` would make it, but a run that is one space already (most gaps between
 * words, `normalizeForMatch` having collapsed whitespace) is not matched, so it costs no match.
 */
const KEY_GAPS = /[^\p{L}\p{N} ][^\p{L}\p{N}]*| [^\p{L}\p{N}]+/gu;

/** Matching key of a title: normalized, quotes and punctuation folded away. */
export function titleKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = normalizeForMatch(text).replace(KEY_GAPS, " ").trim();
    KEYS.set(text, key);
  }
  return key;
}

function tokens(key: string): string[] {
  return key.split(" ").filter(Boolean);
}

/** True when two titles are the same title, allowing small edits and a kicker on one side. */
export function sameTitle(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (long.includes(short) && short.length >= long.length * W.titleContainment) return true;
  const ta = tokens(ka);
  const tb = new Set(tokens(kb));
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.length + tb.size) >= W.titleSimilarity;
}

/** A site name's title key, and the same without spaces ("CNN Money" and "cnnmoney"). */
interface SiteKey {
  key: string;
  compact: string;
}

/**
 * The keys of a list of site names, kept per list: `stripSiteName` tests every title segment against
 * the same list, and rebuilding each name's compact key per segment was half of that test's time.
 */
const SITE_KEYS = new ListCache<SiteKey[]>((siteNames) => {
  const keys: SiteKey[] = [];
  for (const name of siteNames) {
    const key = titleKey(name);
    if (key) keys.push({ key, compact: key.replace(/ /gu, "") });
  }
  return keys;
});

/** True when `segment` names the site: its name, or the host name ("breitbart" for breitbart.com). */
function isSiteSegment(segment: string, siteNames: readonly string[]): boolean {
  // The length first: a long segment is never a site name, and its key is not worth computing.
  if (segment.length > W.maxSiteNameChars) return false;
  const key = titleKey(segment);
  if (!key) return false;
  const compact = key.replace(/ /gu, "");
  for (const { key: nk, compact: nc } of SITE_KEYS.get(siteNames)) {
    if (nk === key || nc === compact) return true;
    // "BBC News" vs "BBC", "CNNMoney" vs "CNN Money", "The Guardian" vs "the Guardian | World news".
    if (nc.length >= 3 && compact.length >= 3 && (nc.includes(compact) || compact.includes(nc))) return true;
  }
  return false;
}

/** `title` split around the separator of `length` characters at `i`; null when either side would be empty. */
function splitAt(title: string, i: number, length: number): [string, string] | null {
  if (i <= 0 || i + length >= title.length) return null;
  return [title.slice(0, i).trim(), title.slice(i + length).trim()];
}

const PREFIX_ONLY: ReadonlySet<string> = new Set(PREFIX_ONLY_SEPARATORS);

/**
 * Strips site-name prefixes and suffixes: "Title | Site" → "Title", "Site: Title" → "Title".
 * `siteNames` are the site's names and host words; `others` are the page's other titles, so a
 * suffix is also stripped when another source gives the title without it. Repeats, so
 * "Title - Section - Site" loses both when both are known.
 *
 * Each separator is looked for once with `indexOf`: most titles hold none of them, and V8's
 * `lastIndexOf` (a call into the runtime) was the costliest line here; it is only asked when
 * the separator occurs twice. The other titles' keys are only listed once a segment is tested
 * against them.
 */
export function stripSiteName(title: string, siteNames: readonly string[], others: readonly string[] = []): string {
  let current = title.trim();
  let otherKeys: Set<string> | null = null;
  const isOther = (part: string): boolean => {
    otherKeys ??= new Set(others.map(titleKey).filter(Boolean));
    // Without other titles, a segment's key is never looked up there.
    return otherKeys.size > 0 && otherKeys.has(titleKey(part));
  };
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const sep of TITLE_SEPARATORS) {
      const first = current.indexOf(sep);
      if (first < 0) continue;
      if (!PREFIX_ONLY.has(sep)) {
        const last = current.indexOf(sep, first + 1) < 0 ? first : current.lastIndexOf(sep);
        const tail = splitAt(current, last, sep.length);
        if (tail && (isSiteSegment(tail[1], siteNames) || isOther(tail[0]))) {
          current = tail[0];
          changed = true;
          break;
        }
      }
      const head = splitAt(current, first, sep.length);
      if (head && (isSiteSegment(head[0], siteNames) || isOther(head[1]))) {
        current = head[1];
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  return current;
}

export interface HeadlineRead {
  headline: string | null;
  from: string | null;
}

/** Separators after which a short trailing segment of a `<title>` is taken for a site name. */
const TITLE_TAIL = /^(.{8,}?)\s(?:\||–|—|-|·|::|»)\s([^|–—·»]{1,30})$/u;

/**
 * A `<title>` nearly always ends with the site's name, even when the page never names the site
 * elsewhere: a short last segment (at most three words) after a separator is dropped when at
 * least three words remain.
 */
export function stripTitleTail(title: string): string {
  const m = TITLE_TAIL.exec(title);
  if (!m) return title;
  const head = (m[1] ?? "").trim();
  const tail = (m[2] ?? "").trim();
  if (tail.split(/\s+/u).length > W.titleTailMaxWords || head.split(/\s+/u).length < 3) return title;
  return head;
}

/**
 * Chooses the headline. A visible `<h1>` that is the same title as a metadata title wins (it is
 * what readers see); otherwise the first metadata title, site name stripped; otherwise `<title>`,
 * site name stripped; otherwise the only `<h1>`.
 * @param candidates metadata titles, best source first (`<title>` last, with `from: "title"`)
 * @param h1s texts of the visible h1 elements, in page order
 * @param siteNames the site's name(s) and host words
 */
export function chooseHeadline(candidates: readonly TitleCandidate[], h1s: readonly string[], siteNames: readonly string[]): HeadlineRead {
  const usable = candidates.filter((c) => c.text && c.text.length <= W.maxHeadlineChars);
  const texts = usable.map((c) => c.text);
  const stripped = usable.map((c) => {
    const text = stripSiteName(c.text, siteNames, texts.filter((t) => t !== c.text));
    return { text: c.from === "title" && text === c.text ? stripTitleTail(text) : text, from: c.from };
  });
  const headings = h1s.filter((h) => h && h.length <= W.maxHeadlineChars);
  for (const cand of stripped) {
    for (const h of headings) if (sameTitle(h, cand.text)) return { headline: h, from: "h1" };
  }
  const meta = stripped.find((c) => c.from !== "title");
  if (meta) return { headline: meta.text, from: meta.from };
  const title = stripped.find((c) => c.from === "title");
  // A <title> that is only the site name is no headline.
  const onlySite = title && isSiteSegment(title.text, siteNames) && titleKey(title.text).length <= titleKey(siteNames[0] ?? "").length + 2;
  if (title && !onlySite) return { headline: title.text, from: "title" };
  if (headings.length === 1) return { headline: headings[0] ?? null, from: "h1" };
  return { headline: null, from: null };
}
