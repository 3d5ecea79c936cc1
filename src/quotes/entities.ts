import type { Gender } from "./data/index.js";
import type { SpeakerKind } from "./schema.js";

/**
 * The people and bodies a text has named so far, for resolving later mentions: a surname, a role
 * ("the official", "المسؤول الأمني العراقي") or a pronoun to the full name given earlier.
 */
export interface Entity {
  /** The full name as the text writes it, titles dropped. */
  name: string;
  /** Normalized tokens of the name. */
  tokens: string[];
  /** Stems of the role words the text gave the entity ("مستشار الأمن القومي العراقي"). */
  role: Set<string>;
  gender: Gender | null;
  kind: SpeakerKind;
  /** Order of the last mention, to prefer the most recent entity. */
  seen: number;
}

const AR_PREFIX = /^(?:وال|فال|بال|كال|لل|ال|ل)/;
const AR_SUFFIX = /(?:ية|يه|ي|ة|ه)$/;

/** A crude stem for role matching: Arabic article/preposition prefixes and nisba endings removed. */
export function stem(word: string): string {
  if (!/[\u0600-\u06ff]/.test(word)) return word.replace(/s$/, "");
  const w = word.length > 4 ? word.replace(AR_PREFIX, "") : word;
  return w.length > 3 ? w.replace(AR_SUFFIX, "") : w;
}

/** How many of the most recent entities role and pronoun lookups look at (keeps long texts linear). */
const RECENT = 64;

/** Entity memory: lookups by name, surname and role; the last speaker for pronouns and bare verbs. */
export class Memory {
  readonly entities: Entity[] = [];
  private clock = 0;
  /** Every tail of every name ("محمد شياع السوداني", "شياع السوداني", "السوداني"), and a surname before a last word. */
  private readonly keys = new Map<string, Entity>();
  lastSpeaker: Entity | null = null;

  /** Adds or refreshes an entity; returns the stored one. */
  add(name: string, tokens: string[], role: string[], kind: SpeakerKind, gender: Gender | null = null): Entity {
    const found = this.byTokens(tokens);
    const roleStems = role.map(stem).filter((s) => s.length > 1);
    if (found && found.tokens.length >= tokens.length) {
      for (const r of roleStems) found.role.add(r);
      found.seen = ++this.clock;
      return found;
    }
    const entity: Entity = { name, tokens, role: new Set(roleStems), gender, kind, seen: ++this.clock };
    this.entities.push(entity);
    for (let i = 0; i < tokens.length; i++) this.keys.set(tokens.slice(i).join(" "), entity);
    if (tokens.length > 2) this.keys.set(tokens[tokens.length - 2] as string, entity);
    return entity;
  }

  /** The entity whose full name or a tail of it (a surname) is `tokens`. */
  byTokens(tokens: string[]): Entity | null {
    if (tokens.length === 0) return null;
    return this.keys.get(tokens.join(" ")) ?? null;
  }

  /** The person whose role words share the most stems with `words`; ties go to the most recent. */
  byRole(words: string[]): Entity | null {
    const stems = words.map(stem).filter((s) => s.length > 1);
    let best: Entity | null = null;
    let bestScore = 0;
    for (let k = Math.max(0, this.entities.length - RECENT); k < this.entities.length; k++) {
      const e = this.entities[k] as Entity;
      if (e.kind !== "person") continue;
      let score = 0;
      for (const s of stems) if (e.role.has(s)) score++;
      if (score > bestScore || (score === bestScore && score > 0 && best && e.seen > best.seen)) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** The most recent person (speakers first) compatible with `gender`. */
  lastPerson(gender: Gender | null): Entity | null {
    const last = this.lastSpeaker;
    if (last && compatible(last, gender)) return last;
    let best: Entity | null = null;
    for (let k = Math.max(0, this.entities.length - RECENT); k < this.entities.length; k++) {
      const e = this.entities[k] as Entity;
      if (e.kind === "person" && compatible(e, gender) && (!best || e.seen > best.seen)) best = e;
    }
    return best;
  }

  /** Marks `e` as the latest speaker. */
  spoke(e: Entity, gender: Gender | null): void {
    if (gender && !e.gender && e.kind === "person") e.gender = gender;
    e.seen = ++this.clock;
    this.lastSpeaker = e;
  }
}

function compatible(e: Entity, gender: Gender | null): boolean {
  if (!gender) return true;
  if (e.kind !== "person") return gender === "f"; // Arabic: an organization takes the feminine verb
  return e.gender === null || e.gender === gender;
}
