/**
 * The typed arrays of the content stage's per-node numbers, kept from one page to the next.
 *
 * A page index and its scores take about a dozen arrays of the page's size. Made anew per page,
 * each was memory outside the JS heap to allocate, to zero and, after a collection, to free: the
 * index's first arrays and its counts' buffer took about 6% of its time inside a parse, by the
 * profile's lines, and reusing them made `parse()` about 1% faster (paired A/Bs over the benchmark's
 * pages: 0.989, 0.991 and 0.993 new/old per page). Pages up to {@link KEPT_NODES} nodes
 * (nearly all news pages: the median benchmark page has about 1,300) now use views of buffers
 * made once; a larger page gets arrays of its own, freed with it, so a huge page does not leave
 * a huge buffer behind.
 *
 * A view is valid until the next page asks for the same buffer: the content stage reads its index
 * and scores within one `readContent` call, and nothing keeps them.
 */

/** Nodes up to which a page's arrays are views of the kept buffers: the content stage's six buffers (analyze.ts, score.ts) hold 832 KB in all. */
export const KEPT_NODES = 16_384;

type Typed = Int32Array | Uint8Array | Float64Array;

/** One kept buffer of `slots` arrays of {@link KEPT_NODES} elements each. */
export class Arena<T extends Typed> {
  private buffer: T | null = null;

  constructor(
    private readonly make: (length: number) => T,
    private readonly slots: number,
  ) {}

  /**
   * One array of `n` elements per slot, each filled with `fill` (left as they were without it, for
   * arrays the caller overwrites whole): views of the kept buffer when they fit in it, else views
   * of a new buffer.
   */
  take(n: number, fill?: number): T[] {
    const buffer = n <= KEPT_NODES ? this.kept() : this.make(n * this.slots);
    const out: T[] = [];
    for (let k = 0; k < this.slots; k++) {
      const view = buffer.subarray(k * n, (k + 1) * n) as T;
      out.push(fill === undefined ? view : (view.fill(fill) as T));
    }
    return out;
  }

  /**
   * The kept buffer's first {@link KEPT_NODES} elements, not cleared: for an array grown as a walk
   * goes (into a new array past them) and written before it is read.
   */
  room(): T {
    return this.kept().subarray(0, KEPT_NODES) as T;
  }

  /** The kept buffer, made on first use. */
  private kept(): T {
    return (this.buffer ??= this.make(this.slots * KEPT_NODES));
  }
}
