/**
 * Empty lists that the tree builder fills with nodes, made so that V8 stores objects in them from
 * the start.
 *
 * An empty `[]` starts as a list of small integers (V8's elements kind), and the first node pushed
 * changes its kind. The optimizing compiler, having seen such lists empty at a `push`, checks that
 * the value pushed is an integer; the check fails at once, and V8 then calls the built-in `push` at
 * that place for good instead of inlining it: every child, element and open element of every page
 * went through a call (the built-in was 1.3% of the instructions of a parse).
 */

/** A node no list keeps: it seeds a list's kind and is removed at once. */
const SEED: object = Object.freeze({});

/** An empty list whose elements kind is objects. */
export function objectList<T extends object>(): T[] {
  const list = [SEED] as T[];
  list.pop();
  return list;
}
