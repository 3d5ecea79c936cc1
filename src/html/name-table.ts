/**
 * Tag and attribute names read once per page (tree-builder.ts). A page repeats a few dozen names
 * thousands of times; each time a name is sliced from the page, lower-cased, looked up in four
 * or five tables, and made a property key, V8 hashes it anew and looks it up in its own string
 * table. Here the builder hashes the name's characters while it reads them (it reads them anyway),
 * and the slot of that hash gives the name, and what is known of it, as read the last time: the
 * same string object, so that the attribute objects are keyed by a string V8 has already
 * internalized, and the duplicate-attribute check compares identities.
 *
 * A table belongs to one parse: the names it keeps may be slices of the page (which hold the page),
 * and must go with it.
 */

/** Slots of a table: a power of two above the names a page holds, so that few share a slot. */
const SLOTS = 512;
const SLOT_MASK = SLOTS - 1;
/** The multiplier of the names' hash (the classic string hash's 31). */
const HASH_MULTIPLIER = 31;

/** The next value of a name's hash after character `c`. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, HASH_MULTIPLIER) + c) | 0;
}

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
/** Characters from here on are not ASCII: `toLowerCase` may change them. */
const FIRST_NON_ASCII = 0x80;

/** `s` lower-cased as htmlparser2's parser does (`toLowerCase`), skipped when it has nothing to lower. */
export function lowerName(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= UPPER_A && c <= UPPER_Z) || c >= FIRST_NON_ASCII) return s.toLowerCase();
  }
  return s;
}

/**
 * What `make` gives for each name, by the name as written in the page (so `DIV` and `div` are two
 * entries with equal values). A slot holds one name: a second name with the same slot replaces it,
 * and the first is made again when it comes back.
 */
export class NameTable<T> {
  private readonly written: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly values: Array<T | undefined> = new Array<T | undefined>(SLOTS).fill(undefined);

  /** @param make what is known of a name, from the name lower-cased */
  constructor(private readonly make: (name: string) => T) {}

  /** The value for the name `html[start, end)`, whose {@link hashStep} hash is `hash`. */
  get(html: string, start: number, end: number, hash: number): T {
    const slot = (hash ^ (hash >>> 9)) & SLOT_MASK;
    const known = this.written[slot];
    if (known !== undefined && known.length === end - start && html.startsWith(known, start)) return this.values[slot] as T;
    const written = html.slice(start, end);
    const value = this.make(lowerName(written));
    this.written[slot] = written;
    this.values[slot] = value;
    return value;
  }
}
