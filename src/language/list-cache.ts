/**
 * Values derived from a list of names (a page's site names), kept per list. The metadata stage
 * passes the same few lists to many calls on a page; each list's derived value (normalized keys, a
 * set) is built once. The list is the key, in a page cache (emptied when the page is done, so
 * nothing outlives it; not a WeakMap, see html/dom-page.ts), and its names are kept too and
 * compared on each use, so a list changed in place is read anew.
 */
import { PageCache } from "./page-cache.js";

/** Lists kept per page: a page passes a handful. */
const LISTS_MAX = 1_000;

/** Whether `list` still holds the names `snapshot` copied from it. */
export function sameNames(snapshot: readonly string[], list: readonly string[]): boolean {
  return snapshot.length === list.length && snapshot.every((n, i) => n === list[i]);
}

/** A value derived from each list of names, rebuilt when the list changed. */
export class ListCache<T> {
  private readonly entries = new PageCache<readonly string[], { names: string[]; value: T }>(LISTS_MAX);

  constructor(private readonly derive: (list: readonly string[]) => T) {}

  get(list: readonly string[]): T {
    const cached = this.entries.get(list);
    if (cached && sameNames(cached.names, list)) return cached.value;
    const value = this.derive(list);
    this.entries.set(list, { names: [...list], value });
    return value;
  }
}
