import { LEXICONS, type Gender, type Lexicon } from "./data/index.js";
import { normalizeWord } from "./normalize.js";

/** A speech-verb form found in the lexicon. */
export interface VerbForm {
  lemma: string;
  gender: Gender | null;
  opinion: boolean;
  /** The object is the content ("called X Y", "cited X"). */
  object: boolean;
}

/** A lexicon with every word normalized and indexed for lookups. */
export interface CompiledLexicon {
  lang: string;
  verbs: Map<string, VerbForm>;
  /** Lemmas of verbs taking an object before the content. */
  objectVerbs: Set<string>;
  participles: Set<string>;
  relayVerbs: Set<string>;
  relayMarker: string;
  relayFillers: Set<string>;
  /** "lemma particle" pairs, e.g. "call for". */
  particles: Set<string>;
  /** Passive forms; multi-word ones are keyed by their first word with the rest in `passivePhrases`. */
  passives: Set<string>;
  prefixes: string[];
  complements: Set<string>;
  clauseComplements: Set<string>;
  /** Lemma -> the complements it needs to be a speech verb. */
  verbComplements: Map<string, Set<string>>;
  modifiers: Set<string>;
  titles: Set<string>;
  roleHeads: Set<string>;
  roleLinks: Set<string>;
  orgHeads: Set<string>;
  docHeads: Set<string>;
  unnamedHeads: Set<string>;
  pronouns: Map<string, Gender | null>;
  /** Turn markers as word sequences with their gender. */
  turnMarkers: { words: string[]; gender: Gender }[];
  /** Source phrases as word sequences ("according to" -> ["according", "to"]). */
  sourcePhrases: string[][];
  stopWords: Set<string>;
  placeWords: Set<string>;
  clauseOpeners: Set<string>;
  sourceLinks: Set<string>;
  notNames: Set<string>;
}

const FEMININE_T = "ت";

/** Arabic: adds the feminine forms of a masculine verb form (قال -> قالت, يقول -> تقول). */
function feminine(form: string): string[] {
  if (form.startsWith("ي")) return [FEMININE_T + form.slice(1)];
  if (form.endsWith("ي") || form.endsWith("ا")) return [form.slice(0, -1) + FEMININE_T];
  return [form + FEMININE_T];
}

function words(list: string[]): Set<string> {
  return new Set(list.map(normalizeWord));
}

function phrases(list: string[]): string[][] {
  return list.map((p) => normalizeWord(p).split(/\s+/));
}

function addVerbs(map: Map<string, VerbForm>, table: Record<string, string[]>, opinion: boolean, arabic: boolean, object = false): void {
  for (const [lemma, forms] of Object.entries(table)) {
    for (const raw of forms) {
      const form = normalizeWord(raw);
      // Listed forms are masculine (تابع، لفت); the feminine ones are generated.
      const masc: VerbForm = { lemma, gender: arabic ? "m" : null, opinion, object };
      if (!map.has(form)) map.set(form, masc);
      if (arabic) for (const f of feminine(form)) if (!map.has(f)) map.set(f, { ...masc, gender: "f" });
    }
  }
}

function compile(lex: Lexicon): CompiledLexicon {
  const arabic = lex.lang === "ar";
  const verbs = new Map<string, VerbForm>();
  addVerbs(verbs, lex.speechVerbs, false, arabic);
  addVerbs(verbs, lex.opinionVerbs, true, arabic);
  addVerbs(verbs, lex.contentVerbs, false, arabic, true);
  const pronouns = new Map<string, Gender | null>();
  for (const [p, g] of Object.entries(lex.pronouns)) pronouns.set(normalizeWord(p), g);
  return {
    lang: lex.lang,
    verbs,
    objectVerbs: new Set(lex.objectVerbs),
    participles: words(lex.participles),
    relayVerbs: new Set(lex.relayVerbs),
    relayMarker: normalizeWord(lex.relayMarker),
    relayFillers: words(lex.relayFillers),
    particles: new Set(lex.verbParticles.map(normalizeWord)),
    passives: words(lex.passives),
    prefixes: lex.verbPrefixes.map(normalizeWord).sort((a, b) => b.length - a.length),
    complements: words(lex.complements.flatMap((c) => c.split(" "))),
    clauseComplements: words(lex.clauseComplements),
    verbComplements: new Map(Object.entries(lex.verbComplements).map(([k, v]) => [k, words(v)])),
    modifiers: words(lex.verbModifiers),
    titles: words(lex.titles.filter((t) => !t.includes(" "))),
    roleHeads: words(lex.roleHeads),
    roleLinks: words(lex.roleLinks),
    orgHeads: words(lex.organizationHeads),
    docHeads: words(lex.documentHeads),
    unnamedHeads: words(lex.unnamedHeads),
    pronouns,
    turnMarkers: Object.entries(lex.turnMarkers).map(([p, gender]) => ({ words: normalizeWord(p).split(/\s+/), gender })),
    sourcePhrases: phrases(lex.sourcePhrases),
    stopWords: words(lex.stopWords),
    placeWords: words(lex.placeWords),
    clauseOpeners: words(lex.clauseOpeners),
    sourceLinks: words(lex.sourceLinks),
    notNames: words(lex.notNames),
  };
}

const cache = new Map<string, CompiledLexicon>();

/** The compiled lexicon for a language tag (primary subtag), English when the language has none. */
export function lexiconFor(lang: string | null | undefined): CompiledLexicon {
  const key = (lang ?? "en").toLowerCase().split(/[-_]/)[0] ?? "en";
  const found = cache.get(key);
  if (found) return found;
  const lex = LEXICONS[key] ?? LEXICONS.en;
  const compiled = compile(lex as Lexicon);
  cache.set(key, compiled);
  return compiled;
}
