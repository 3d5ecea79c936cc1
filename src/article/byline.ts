import type { Byline, Person } from "../model/parts.js";
import { normalizeForMatch } from "../language/normalize.js";
import { collapseSpaces } from "../language/spaces.js";
import { isKnownSource as isKnownSourceUncached } from "./agency.js";
import { PageCache } from "../language/page-cache.js";
import { ListCache } from "../language/list-cache.js";
import { escapeRegExp } from "../language/escape-regexp.js";

/**
 * Reads a byline as written ("By Jane Doe and John Roe", "كتب: حسام أبو العلا - القاهرة") into
 * the people it names. Prefixes, handles, e-mail addresses, links and dates are dropped; a name
 * followed by a comma and a job title keeps the title as `role`; agency and outlet names are not
 * people. Used by the plain-text reader and by the HTML metadata stage.
 */

// ---------------------------------------------------------------------------------------------
// Language data. Each table lists words per language; all are matched case-insensitively on whole
// words (Unicode-aware boundaries, so Arabic works).

/** Words that introduce a byline, matched at the start. */
export const BYLINE_PREFIXES: readonly string[] = [
  // en
  "by", "written by", "story by", "words by", "reporting by", "text by", "posted by", "view all posts by", "all posts by",
  "more by", "posts by", "articles by", "zeige alle beiträge von", "alle beiträge von", "zum profil von", "mehr von",
  // de, fr, es, pt, it, nl, sv
  "von", "veröffentlicht von", "geschrieben von", "ein beitrag von", "ein gastbeitrag von", "autor", "autorin",
  "par", "por", "di", "door", "av",
  // ar
  "كتب", "كتبت", "بقلم", "إعداد", "اعداد", "تقرير", "متابعة", "حوار", "كتبه", "كتبته",
];

/** Words that join two authors ("Jane Doe and John Roe", "X avec Y"). Arabic و is handled apart. */
const JOINERS: readonly string[] = ["and", "with", "und", "mit", "et", "avec", "y", "con", "e", "og", "och", "مع", "و"];

/** Words after which the rest of a byline is not authors ("Edited by", "Updated …"). */
const CUT_MARKERS: readonly string[] = [
  "updated", "last updated", "published", "posted on", "posted", "edited by", "veröffentlicht am", "veröffentlicht", "additional reporting", "photographs by",
  "photos by", "illustrations by", "mis à jour", "publié le", "actualizado", "aktualisiert",
  "آخر تحديث", "تاريخ النشر", "نشر في", "نشر بتاريخ", "تحديث",
];

/** Month and weekday words that stay behind when a glued date is cut at its first digit. */
const DATE_WORDS: readonly string[] = [
  "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
  "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "at", "le", "el", "am",
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
  "freitag", "samstag", "sonntag", "um", "uhr",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر",
  "نوفمبر", "ديسمبر", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "في",
];

/** Job titles and credentials that follow a name after a comma ("Jane Doe, Senior Correspondent"). */
const ROLE_WORDS: readonly string[] = [
  "correspondent", "reporter", "editor", "writer", "columnist", "contributor", "producer", "analyst", "chief",
  "bureau", "journalist", "photographer", "critic", "editorial", "ma", "phd", "md", "mph", "mba", "rn", "dr",
  "mitarbeiter", "korrespondent", "korrespondentin", "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "reporterin", "volontär", "journaliste", "envoyé", "envoyée", "spéciale", "spécial", "corresponsal", "redactor",
  "مراسل", "مراسلة", "محرر", "محررة", "صحفي", "صحفية", "الصحفي", "الصحفية", "الكاتب", "الكاتبة", "المراسل",
];

/** Words that make a name an organisation, not a person ("WebMD Health News", "وكالة الأنباء"). */
const ORGANIZATION_WORDS: readonly string[] = [
  "news", "newsroom", "media", "press", "staff", "agency", "desk", "team", "network", "editors", "contributors",
  "magazine", "times", "post", "tribune", "herald", "gazette", "journal", "daily", "radio", "tv", "online",
  "redaktion", "rédaction", "redacción", "agencia", "agence",
  "وكالة", "قناة", "صحيفة", "موقع", "جريدة", "شبكة", "هيئة", "التحرير", "أنباء", "الأنباء", "نيوز",
];

/** Interface words that visible byline boxes carry around a name ("Follow", "View profile"). */
const UI_WORDS: readonly string[] = [
  "follow", "author", "authors", "profile", "view", "more", "posts", "articles", "see", "all", "email", "share",
  "subscribe", "twitter", "facebook", "bio", "about", "the", "posted", "autor", "profil", "rezept", "zum", "von", "text",
  "auteur", "auteure", "über", "schließen", "autorenseite", "close", "تابع", "مقالات", "الكاتب",
];

/** Arabic names that begin with و, so "و" + name must not be split off as "and". */
const WAW_NAMES: readonly string[] = ["وليد", "وائل", "وفاء", "وسام", "وجدي", "وحيد", "وديع", "وهبة", "وداد", "وعد", "ولاء", "وصفي", "وسيم", "وجيه", "وضاح", "وهيب"];

/** Most words a single author's name may have. */
const MAX_NAME_WORDS = 6;
/** Longest byline read; longer text is cut (bylines are short). */
const MAX_BYLINE_CHARS = 300;

// ---------------------------------------------------------------------------------------------

/** A word list entry as a pattern: literal, its spaces any run of whitespace. */
const escape = (w: string) => escapeRegExp(w).replace(/\s+/gu, "\\s+");
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

const PREFIX = new RegExp(String.raw`^\s*(?:${alternation(BYLINE_PREFIXES)})(?![\p{L}\p{N}])\s*[:：\-–—]?\s*`, "iu");
/** Splits authors; the text is whitespace-collapsed first, so single optional spaces suffice (linear). */
const JOINER_SPLIT = new RegExp(String.raw` (?:${alternation(JOINERS)}) | ?[,،;&/|•·] ?`, "iu");
const CUT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(CUT_MARKERS)})(?![\p{L}\p{N}])`, "iu");
const DATE_WORD_SET = new Set(DATE_WORDS.map((w) => w.toLowerCase()));
/** Characters around names that are never part of them. */
const EDGE_CHARS = new Set([" ", ":", "|", "–", "—", "-", ",", "،", "•", "·", "("]);

/** Drops `chars` from both ends (loops: linear, unlike `[…]+$` regexes). */
function trimChars(text: string, chars: ReadonlySet<string>): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.has(text[start] ?? "")) start++;
  while (end > start && chars.has(text[end - 1] ?? "")) end--;
  return text.slice(start, end);
}

/** Drops month and weekday words left at the end once a date was cut at its first digit. */
function dropTrailingDateWords(text: string): string {
  let t = trimChars(text, EDGE_CHARS);
  for (let guard = 0; guard < 10; guard++) {
    const space = t.lastIndexOf(" ");
    const last = t.slice(space + 1).replace(/\.$/u, "").toLowerCase();
    if (!DATE_WORD_SET.has(last)) break;
    t = trimChars(space < 0 ? "" : t.slice(0, space), EDGE_CHARS);
  }
  return t;
}
const ROLE_SET = new Set(ROLE_WORDS.map((w) => w.toLowerCase()));
const ORGANIZATION_SET = new Set(ORGANIZATION_WORDS.map((w) => w.toLowerCase()));
/** The words of `text`, lower-cased, split on anything not a letter or digit (a name's words are read against several lists). */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
/** True when one of `words` is in `set`. */
const hasWord = (words: readonly string[], set: ReadonlySet<string>) => words.some((w) => set.has(w));
const UI_WORD_SET = new Set(UI_WORDS.map((w) => w.toLowerCase()));
const WAW_NAME_SET = new Set(WAW_NAMES);
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_]{1,30}/gu;
const EMAIL = /[^\s@]{1,64}(?:@|\[at\]|\(at\))[^\s@]{1,255}\.[\p{L}]{2,10}/gu;
const URL_TEXT = /(?:https?:\/\/|www\.)[^\s)]{1,500}/giu;
const FIRST_DIGIT = /\p{N}/u;
/** A prefix glued to a capitalised name by a template that lost a space ("ByAlex Bozarjian", "AuthorAndreas Kalt"). */
const GLUED_PREFIX = /^(?:By|Author|Autor|Von|Par|Por)(?=\p{Lu}\p{Ll})/u;
const CITY_TAIL = /^(.{2,60}?)\s[-–—]\s(\p{L}[\p{L} ]{1,30})$/u;
/**
 * A name starts with a letter. Module constants, not literals in the loop: esbuild (tsx and the
 * build) turns a `\p{…}` outside brackets into `new RegExp(…)`, which then ran once per name.
 */
const STARTS_WITH_LETTER = /^\p{L}/u;
const NOT_A_NAME = /[:：!?*«»"“”]|['’]s\s/u;

/**
 * The normalized `exclude` names, kept per list: the metadata stage passes the same few lists
 * (the site's names) to every call on a page, and building the set normalized each name again
 * each time.
 */
const EXCLUDED = new ListCache<ReadonlySet<string>>((exclude) => new Set(exclude.map(normalizeForMatch).filter(Boolean)));
const NO_NAMES: ReadonlySet<string> = new Set();

function excludedSet(exclude: readonly string[] | undefined): ReadonlySet<string> {
  return !exclude || exclude.length === 0 ? NO_NAMES : EXCLUDED.get(exclude);
}

/** Agency lookups are slow (normalization per call) and bylines repeat names: remember answers. */
const SOURCE_CACHE_SIZE = 10_000;
const SOURCE_CACHE = new PageCache<string, boolean>(SOURCE_CACHE_SIZE);
function isKnownSource(name: string): boolean {
  let known = SOURCE_CACHE.get(name);
  if (known === undefined) {
    known = isKnownSourceUncached(name);
    SOURCE_CACHE.set(name, known);
  }
  return known;
}

export interface BylineRead {
  byline: Byline | null;
  /** A city appended to the byline ("حسام أبو العلا - القاهرة"): the dateline's location. */
  location: string | null;
}

export interface BylineOptions {
  /** Names that are not people on this page (the site's own name). */
  exclude?: readonly string[];
}

function person(name: string, role: string | null = null): Person {
  return { name, url: null, role };
}

/** Splits "محمد علي وأحمد حسن" at the و, unless the word is a name that starts with و (وليد). */
function splitWaw(piece: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const word of piece.split(" ")) {
    if (current.length > 0 && word.startsWith("و") && word.length >= 4 && !WAW_NAME_SET.has(word)) {
      out.push(current.join(" "));
      current = [word.slice(1)];
    } else current.push(word);
  }
  if (current.length) out.push(current.join(" "));
  return out;
}

/** True when every word of `name` is an interface word ("Follow Author", "View all posts"). */
function isInterfaceText(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => UI_WORD_SET.has(w));
}

/** True when every space-separated word of `t` is a month, weekday or time word (false for ""); stops at the first that is not. */
function onlyDateWords(t: string): boolean {
  // Walked word by word rather than split: the first word nearly always decides.
  let start = 0;
  for (;;) {
    const end = t.indexOf(" ", start);
    const word = end < 0 ? t.slice(start) : t.slice(start, end);
    if (!DATE_WORD_SET.has(word.replace(/[.,]$/u, "").toLowerCase())) return false;
    if (end < 0) return true;
    start = end + 1;
  }
}

/**
 * Removes prefixes, links, handles and anything from a date or an "Edited by" on. The link, e-mail
 * and handle patterns are only run on text holding a character every match needs ("." or "/",
 * "@" or "(at)" / "[at]"): most bylines hold none, and the e-mail pattern tries up to 64
 * characters at every position.
 */
function strip(text: string): string {
  let t = text.replace(GLUED_PREFIX, "").replace(PREFIX, "");
  if (t.includes("/") || t.includes(".")) t = t.replace(URL_TEXT, " ");
  if (t.includes("@") || t.includes("(at)") || t.includes("[at]")) t = t.replace(EMAIL, " ").replace(HANDLE, " ");
  const cut = CUT.exec(t);
  if (cut) t = t.slice(0, cut.index);
  const digit = FIRST_DIGIT.exec(t);
  if (digit) t = t.slice(0, digit.index);
  if (t.includes("(")) t = t.replace(/\(\s*\)/gu, " ");
  t = collapseSpaces(t).trim();
  // A date was cut off: the month or weekday words before its first digit go too.
  if (cut || digit) t = dropTrailingDateWords(t);
  // Only month, weekday and time words left ("Dezember", "am Samstag"): a date, not a name.
  if (onlyDateWords(t)) return "";
  return trimChars(t, EDGE_CHARS);
}

/**
 * Reads `raw` (the byline text as shown) into a Byline, or null when it names nobody.
 * `options.exclude` lists names that are not people here (the site name).
 */
export function readByline(raw: string, options: BylineOptions = {}): BylineRead {
  if (typeof raw !== "string") return { byline: null, location: null };
  const excluded = excludedSet(options.exclude);
  const limited = raw.length > MAX_BYLINE_CHARS ? raw.slice(0, MAX_BYLINE_CHARS) : raw;
  // Lines of a multi-line byline box are separate pieces ("By Jane Doe\nWebMD Health News").
  const lines = limited.split(/\n|\r/u).map((l) => collapseSpaces(l).trim()).filter(Boolean);
  // The whole line names the site ("Mac & i"): nobody, even if it splits into name-like pieces.
  if (excluded.size > 0 && excluded.has(normalizeForMatch(limited.replace(PREFIX, "")))) return { byline: null, location: null };
  let location: string | null = null;
  const authors: Person[] = [];
  /** `normalizeForMatch` of each author's name, computed once. */
  const authorKeys: string[] = [];
  let pendingRole: Person | null = null;
  for (const line of lines) {
    // "Name (with X and Y)": the parenthesis joins more authors.
    let text = strip(line.includes("(") ? line.replace(/\(\s*(?:with|avec|con|mit|مع)\s([^)]{1,200})\)/iu, ", $1") : line);
    if (!text) continue;
    const cityTail = CITY_TAIL.exec(text);
    if (cityTail && !/\s(?:and|و)\s/u.test(cityTail[2] ?? "")) {
      text = (cityTail[1] ?? "").trim();
      // "محمد علي - رويترز": an agency after the dash is a credit, not a place.
      if (!isKnownSource(cityTail[2] ?? "")) location = (cityTail[2] ?? "").trim();
    }
    text = familyFirst(text);
    for (const part of text.split(JOINER_SPLIT)) {
      for (const piece of splitWaw(part ?? "")) {
        const name = trimChars(piece.replace(PREFIX, ""), EDGE_CHARS);
        if (!name || !STARTS_WITH_LETTER.test(name) || NOT_A_NAME.test(name)) continue;
        const words = wordsOf(name);
        const role = hasWord(words, ROLE_SET);
        if (pendingRole && role) {
          pendingRole.role = pendingRole.role ? `${pendingRole.role}, ${name}` : name;
          continue;
        }
        if (role && name.split(" ").length <= 2 && authors.length === 0) continue;
        if (isKnownSource(name)) continue;
        const key = normalizeForMatch(name);
        if (excluded.has(key) || hasWord(words, ORGANIZATION_SET)) continue;
        if (name.split(/\s+/u).length > MAX_NAME_WORDS || isInterfaceText(name)) continue;
        if (authorKeys.includes(key)) continue;
        const p = person(name);
        authors.push(p);
        authorKeys.push(key);
        pendingRole = p;
      }
    }
  }
  return { byline: authors.length ? { raw: raw.trim(), authors } : null, location };
}

/**
 * "Kooman, F." and "Jong, Michiel de" (library catalogue order, as Dublin Core metadata writes names)
 * become "F. Kooman" and "Michiel de Jong". Only when the part after the comma is initials or ends in a
 * name particle: "Smith, Jones" stays two people.
 */
const FAMILY_FIRST = /^(\p{Lu}[\p{L}'’-]{1,40}), ((?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{L}'’-]{1,40} (?:de|van|von|der|da|di|du|le|la|del|dos))$/u;

function familyFirst(text: string): string {
  const m = FAMILY_FIRST.exec(text);
  return m ? `${(m[2] ?? "").trim()} ${m[1]}` : text;
}

/** True when a short line is a byline ("By Jane Doe", "كتب: …"). */
export function looksLikeByline(line: string): boolean {
  const t = line.trim();
  return t.length <= 120 && PREFIX.test(t) && t.replace(PREFIX, "").trim().length > 0;
}
