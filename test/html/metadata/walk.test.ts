import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { loadHtml } from "../../../src/html/load.js";
import { allElements, elementsUnder } from "../../../src/html/query.js";
import { firstUnder, someUnder, walkUnder } from "../../../src/html/metadata/walk.js";

/**
 * The walks must see exactly what `elementsUnder(root, limit)` lists (same elements, same order,
 * same cut at the scan limit), so that replacing the first of `matching(elementsUnder(…), selector)` by `firstUnder` changes nothing.
 */
const FIXTURES = join(import.meta.dirname, "../../../fixtures/html");

function walked(root: Element, limit: number): Element[] {
  const out: Element[] = [];
  walkUnder(root, (el) => (out.push(el), false), limit);
  return out;
}

describe("walkUnder", () => {
  it("sees what elementsUnder lists, for every element of a page and several limits", () => {
    const dom = loadHtml(readFileSync(join(FIXTURES, "lbcgroup-1.html"), "utf8")).dom;
    for (const root of allElements(dom).filter((_, i) => i % 7 === 0)) {
      for (const limit of [1, 2, 3, 10, 300, 20_000]) expect(walked(root, limit)).toEqual(elementsUnder(root, limit));
    }
  });

  it("walks the whole document like elementsUnder on the root", () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html")).slice(0, 10)) {
      const dom = loadHtml(readFileSync(join(FIXTURES, file), "utf8")).dom;
      const root = dom.root;
      if (!root) continue;
      const out: Element[] = [];
      walkUnder(root, (el) => (out.push(el), false), Number.MAX_SAFE_INTEGER);
      expect(out).toEqual(allElements(dom));
    }
  });

  it("counts scripts and styles, skips text, and stops at the first hit", () => {
    const dom = loadHtml("<div><script>x</script>text<!-- c --><p><b>1</b></p><style>y</style><i>2</i></div>").dom;
    const div = allElements(dom).find((el) => el.name === "div") as Element;
    expect(walked(div, 100).map((el) => el.name)).toEqual(["script", "p", "b", "style", "i"]);
    expect(walked(div, 3).map((el) => el.name)).toEqual(["script", "p"]);
    expect(firstUnder(div, (el) => el.name === "b")?.name).toBe("b");
    expect(firstUnder(div, (el) => el.name === "b", 3)).toBeNull();
    expect(someUnder(div, (el) => el.name !== "p", 2).map((el) => el.name)).toEqual(["script", "b"]);
    expect(firstUnder(div, (el) => el === div)).toBeNull();
  });
});
