import type { AnyNode, Element } from "domhandler";
import { isElement } from "../query.js";

/**
 * Allocation-free walks of a subtree. `elementsUnder` in query.ts lists a whole subtree into an
 * array before a selector filters it; the metadata stage mostly wants the first match, or the
 * first few, so these walk the tree in place (child, next sibling, back up through parents: no
 * stack, no list, no recursion) and stop as soon as they have what they need.
 *
 * The scan limit counts elements exactly as `elementsUnder(root, limit)` does (the root itself
 * counts when it is an element, and only the first `limit` elements in document order are seen),
 * so a walk sees the same elements as `matching(elementsUnder(root, limit), selector)` and finds the
 * same matches.
 */

function firstChild(node: AnyNode): AnyNode | null {
  const children = (node as Element).children;
  return Array.isArray(children) && children.length > 0 ? (children[0] as AnyNode) : null;
}

/**
 * Calls `visit` on each element under `root` (root excluded), in document order, until it returns
 * true or `limit` elements (root included when it is an element) have been seen.
 */
export function walkUnder(root: AnyNode, visit: (el: Element) => boolean, limit = 20_000): void {
  let seen = isElement(root) ? 1 : 0;
  let node = firstChild(root);
  while (node && seen < limit) {
    if (isElement(node)) {
      seen++;
      if (visit(node)) return;
    }
    const child = firstChild(node);
    if (child) {
      node = child;
      continue;
    }
    // No children: the next sibling, else the next sibling of the nearest ancestor that has one.
    while (node !== root && !node.next) node = node.parent as AnyNode;
    if (node === root) return;
    node = node.next as AnyNode;
  }
}

/** The first element under `root` (root excluded) that passes `test`, within the scan limit; null when none. */
export function firstUnder(root: AnyNode, test: (el: Element) => boolean, limit = 20_000): Element | null {
  let found: Element | null = null;
  walkUnder(
    root,
    (el) => {
      if (!test(el)) return false;
      found = el;
      return true;
    },
    limit,
  );
  return found;
}

/** Up to `max` elements under `root` that pass `test`, in document order, within the scan limit. */
export function someUnder(root: AnyNode, test: (el: Element) => boolean, max: number, limit = 20_000): Element[] {
  const out: Element[] = [];
  if (max <= 0) return out;
  walkUnder(
    root,
    (el) => {
      if (test(el)) out.push(el);
      return out.length >= max;
    },
    limit,
  );
  return out;
}
