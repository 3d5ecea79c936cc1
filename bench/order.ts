/**
 * The order the candidates take their turns in, round by round.
 *
 * A candidate's turn is slowed by the one just before it: that process's memory traffic evicts the
 * caches, and its collector may still be running on the other core. So no candidate may always
 * follow the same peer. Rotating one order (round r starting at candidate r) does not do that: it
 * keeps every candidate's predecessor, and before this module khabar ran right after
 * article-extractor in four rounds of five, and the floor right after khabar.
 *
 * The orders are the rows of a balanced Latin square (Williams' design): within the rows, each
 * candidate comes right after each other candidate equally often (once in the n rows for an even
 * count, twice in the 2n rows for an odd one, the second half being the first reversed), and each
 * candidate is first equally often. Round r takes row r modulo the number of rows.
 */

/** The rows of the design for `n` candidates: permutations of 0…n−1. */
export function balancedOrders(n: number): number[][] {
  if (n <= 0) return [];
  // First row 0, 1, n−1, 2, n−2, …; row i adds i to each entry, modulo n.
  const first: number[] = [0];
  for (let lo = 1, hi = n - 1; first.length < n; ) {
    first.push(lo++);
    if (first.length < n) first.push(hi--);
  }
  const rows = Array.from({ length: n }, (_, i) => first.map((c) => (c + i) % n));
  return n % 2 === 0 ? rows : [...rows, ...rows.map((row) => [...row].reverse())];
}

/** The candidates' order in round `round` (0-based). */
export function roundOrder(n: number, round: number): number[] {
  const rows = balancedOrders(n);
  return rows.length === 0 ? [] : (rows[round % rows.length] as number[]);
}
