import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { objectList } from "../../src/html/object-list.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("objectList", () => {
  it("gives a new empty list each time, which holds what is pushed and nothing else", () => {
    const a = objectList<{ n: number }>();
    const b = objectList<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 }, { n: 2 });
    expect(a.map((x) => x.n)).toEqual([1, 2]);
    expect(b).toEqual([]);
  });

  it("stores objects from the start, as the tree builder's lists do, where an empty [] stores small integers", () => {
    // V8's elements kinds, read by V8 itself: its natives need a flag, so in a process of its own.
    const script = `
      const { objectList } = await import("./src/html/object-list.ts");
      const { buildTree } = await import("./src/html/tree-builder.ts");
      const dom = buildTree("<p><br></p>");
      const br = dom.root.children[0].children[0];
      console.log(JSON.stringify([%HasObjectElements(objectList()), %HasObjectElements(br.children), %HasObjectElements(dom.elements), %HasSmiElements([])]));`;
    const out = spawnSync(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual([true, true, true, true]);
  });
});
