import { describe, expect, it } from "vitest";
import { balancedOrders, roundOrder } from "../../bench/order.js";

/** How often each candidate comes right after each other one within the rows: follows[a][b] = b right after a. */
function follows(rows: number[][], n: number): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const row of rows) for (let k = 1; k < row.length; k++) (m[row[k - 1] as number] as number[])[row[k] as number]!++;
  return m;
}

describe("the benchmark's turn order", () => {
  it.each([1, 2, 3, 4, 5, 6, 7])("gives %i candidates orders where each follows each other equally often", (n) => {
    const rows = balancedOrders(n);
    expect(rows.length).toBe(n % 2 === 0 ? n : 2 * n);
    for (const row of rows) expect([...row].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    const m = follows(rows, n);
    const times = n % 2 === 0 ? 1 : 2;
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) expect(m[a]![b]).toBe(a === b ? 0 : times);
    // Each candidate is first as often as any other.
    const firsts = new Array<number>(n).fill(0);
    for (const row of rows) firsts[row[0] as number]!++;
    expect(new Set(firsts).size).toBe(1);
  });

  it("does not keep one predecessor per candidate, as rotating one order did", () => {
    // The five candidates of the benchmark over the 30 rounds of its default run (100 pages in turns of 10, three passes).
    const before = new Map<number, Set<number>>();
    for (let r = 0; r < 30; r++) {
      const row = roundOrder(5, r);
      for (let k = 1; k < row.length; k++) {
        const set = before.get(row[k] as number) ?? new Set<number>();
        set.add(row[k - 1] as number);
        before.set(row[k] as number, set);
      }
    }
    for (let c = 0; c < 5; c++) expect(before.get(c)?.size).toBe(4);
  });

  it("gives no order for no candidates", () => {
    expect(balancedOrders(0)).toEqual([]);
    expect(roundOrder(0, 3)).toEqual([]);
  });
});
