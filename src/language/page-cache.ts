/**
 * Caches that live for one page. Keys taken from a page (class names, titles, words, lists of its
 * elements) are often V8 substrings that keep the whole page's HTML or text alive, or objects that
 * keep its tree alive: a cache that outlived its page kept every page it had seen in memory (30 MB
 * over the benchmark's 100 pages, and V8 then sized the heap to that). And a cache is a module-level
 * object, in V8's old generation: whatever it still holds when the page is done is copied and then
 * promoted by the young-generation collector, with everything it reaches (see html/dom-page.ts).
 * So `parse()` calls {@link startPage} first and {@link endPage} when it is done (also when it
 * throws), and both empty every cache; a cache also empties itself when it holds `max` entries.
 */

const ALL: PageCache<unknown, unknown>[] = [];

function clearAll(): void {
  for (const cache of ALL) cache.clear();
}

/** Marks the start of a new page: every {@link PageCache} forgets what it held. */
export function startPage(): void {
  clearAll();
}

/** Marks the end of a page: every {@link PageCache} lets go of it. */
export function endPage(): void {
  clearAll();
}

/** A cache emptied at the start and the end of each page, and when full. */
export class PageCache<K, V> {
  private map = new Map<K, V>();

  /** @param max entries kept before the cache empties itself */
  constructor(private readonly max: number) {
    ALL.push(this as PageCache<unknown, unknown>);
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.max) this.clear();
    this.map.set(key, value);
  }

  /**
   * Empties the cache with a new Map, not `Map.prototype.clear`: V8 gives a cleared Map its new
   * table in the generation its old one was in, and a module-level cache's table is in the old
   * generation from the start, so every entry written to it afterwards would point from old to
   * young and keep its page alive until the next full collection (see html/dom-page.ts).
   */
  clear(): void {
    if (this.map.size > 0) this.map = new Map();
  }
}
