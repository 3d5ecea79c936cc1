/**
 * Deterministic pseudo-random numbers for hand-rolled property tests (mulberry32): the same seed
 * gives the same sequence, so a failure can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of `list`, chosen by one draw of `random` (a string gives one of its UTF-16 code units). */
export function pick<T>(random: () => number, list: ArrayLike<T>): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** `count` items of `list`, each chosen by {@link pick}, joined into one string. */
export function pickJoined(random: () => number, list: ArrayLike<string>, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += pick(random, list);
  return out;
}
