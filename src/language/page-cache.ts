/**
 * Caches that live for one page. Keys taken from a page (class names, titles, words) are often
 * V8 substrings that keep the whole page's HTML or text alive: a cache that outlived its page kept
 * every page it had seen in memory (30 MB over the benchmark's 100 pages, and V8 then sized the heap
 * to that). `parse()` calls {@link startPage} first; each cache empties itself at its first use on a
 * new page, and when it holds `max` entries.
 */

let page = 0;

/** Marks the start of a new page: every {@link PageCache} forgets the previous one. */
export function startPage(): void {
  page++;
}

/** A string-keyed cache emptied at each new page and when full. */
export class PageCache<V> {
  private readonly map = new Map<string, V>();
  private seen = page;

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    if (this.seen !== page) {
      this.map.clear();
      this.seen = page;
    }
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
  }
}
