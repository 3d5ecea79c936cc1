import type { Document } from "domhandler";

/**
 * One parsed page as the HTML stages share it: the document node, and the values the stages derive
 * from it once (the element list, the metadata scan …), kept on the page itself.
 *
 * Why not cheerio's `load` and module-level WeakMaps keyed by it: V8's young-generation collector
 * (the scavenger) treats two things as roots, (1) the hidden classes of the class cheerio's `load`
 * defines on every call, which V8 allocates in the old generation and which reach the tree through
 * their constructor, and (2) the old-generation table of a module-level WeakMap, whose entries it
 * keeps whether or not their key is still alive. Either way every page's tree outlived the page
 * until the next full collection: each scavenge copied it and then promoted it, about 60% of all
 * the bytes a page allocated against 13% for the tree alone, and the old generation (the peak RSS)
 * grew by the promoted trees. Here nothing old points into the page, so a finished page dies young.
 */
export class DomPage {
  private readonly memos = new Map<PageMemo<unknown>, unknown>();

  /** @param root the document node of the parsed page */
  constructor(readonly root: Document) {}

  /** The value `make` derives from this page for `key`: made on the first ask, then kept with the page. */
  memo<T>(key: PageMemo<T>, make: (page: DomPage) => T): T {
    const known = this.memos.get(key);
    if (known !== undefined || this.memos.has(key)) return known as T;
    const value = make(this);
    this.memos.set(key, value);
    return value;
  }

  /** Sets the value for `key` outright (a value known at parse time). */
  remember<T>(key: PageMemo<T>, value: T): void {
    this.memos.set(key, value);
  }
}

/** A key for one value derived from a page; the type parameter types what {@link DomPage.memo} gives. */
export class PageMemo<T> {
  declare private readonly type: T;

  /** @param name what the value is, for a reader in a debugger */
  constructor(readonly name: string) {}
}
