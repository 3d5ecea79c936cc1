import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyNode, Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { walkElementList, walkElements } from "../../src/dates/page/dom.js";
import { buildTree } from "../../src/html/tree-builder.js";
import { listFiles } from "../../scripts/lib/walk.js";
import { pick, seededRandom } from "../random.js";

/**
 * The date stage's stamp scan reads the page's element list instead of walking the tree. The list
 * walk must visit the elements the tree walk visits, in the same order, whichever subtrees the visitor
 * skips, under any root, within any limit.
 */
function visits(walk: (visit: (el: Element) => boolean) => void, skip: (el: Element) => boolean): Element[] {
  const seen: Element[] = [];
  walk((el) => {
    seen.push(el);
    return !skip(el);
  });
  return seen;
}

function compare(elements: readonly Element[], root: AnyNode, limit: number, skip: (el: Element) => boolean): number {
  const byTree = visits((v) => walkElements(root, limit, v), skip);
  const byList = visits((v) => walkElementList(elements, root, limit, v), skip);
  expect(byList.length).toBe(byTree.length);
  expect(byList.every((el, k) => el === byTree[k])).toBe(true);
  return byTree.length;
}

describe("walkElementList", () => {
  it("visits what the tree walk visits on the fixture pages, skipping at random, under any root", () => {
    const random = seededRandom(3);
    const files = listFiles(join(import.meta.dirname, "../../fixtures"), (name) => /\.html?$/i.test(name));
    let visited = 0;
    for (const file of files.slice(0, 40)) {
      const { root, elements } = buildTree(readFileSync(file, "utf8"));
      const body = elements.find((el) => el.name === "body");
      const roots: AnyNode[] = [root, ...(body ? [body] : []), ...Array.from({ length: 5 }, () => pick(random, elements))];
      for (const from of roots) {
        // Skips chosen per element by a coin fixed for the page, and by tag: stamps are <time> and classed elements.
        const coin = new Map(elements.map((el) => [el, random() < 0.05]));
        visited += compare(elements, from, Number.POSITIVE_INFINITY, (el) => coin.get(el) === true);
        compare(elements, from, Number.POSITIVE_INFINITY, (el) => el.name === "time" || el.name === "span" || el.name === "a");
        compare(elements, from, Number.POSITIVE_INFINITY, () => false);
        compare(elements, from, 1 + Math.floor(random() * 200), (el) => coin.get(el) === true);
      }
    }
    expect(visited).toBeGreaterThan(10_000);
  });

  it("leaves out elements after the root's subtree and inside invisible ones, and falls back to the tree for a root not listed", () => {
    const { root, elements } = buildTree("<html><head><title>t</title></head><body><div><svg><g><a>x</a></g></svg><p>a<b>b</b></p></div></body></html><p>after</p>");
    const body = elements.find((el) => el.name === "body") as Element;
    const names = (from: AnyNode, list: readonly Element[]) => visits((v) => walkElementList(list, from, 100, v), () => false).map((el) => el.name);
    expect(names(body, elements)).toEqual(["body", "div", "p", "b"]);
    expect(names(root, elements)).toEqual(["html", "body", "div", "p", "b", "p"]);
    expect(names(body, [])).toEqual(["body", "div", "p", "b"]);
  });
});
