import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzePage } from "../../../src/html/content/analyze.js";
import { DROP_TAGS } from "../../../src/html/content/data/selectors.js";
import { isElement, type AnyNode } from "../../../src/html/content/dom.js";
import { loadHtml } from "../../../src/html/load.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const FIXTURES = "fixtures/html";

/** Hidden by markup, written plainly: the reference for the walk's attribute loop. */
function hidden(node: AnyNode): boolean {
  if (!isElement(node)) return false;
  const a = node.attribs;
  return "hidden" in a || a["aria-hidden"] === "true" || /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i.test((a["style"] ?? "").slice(0, 500));
}

/** The nodes and parent positions of a plain stack walk in document order, not entering dropped or hidden elements. */
function plainWalk(root: AnyNode): { nodes: AnyNode[]; parent: number[] } {
  const nodes: AnyNode[] = [];
  const parent: number[] = [];
  const stack: Array<[AnyNode, number]> = [[root, -1]];
  while (stack.length > 0) {
    const [node, p] = stack.pop() as [AnyNode, number];
    const i = nodes.push(node) - 1;
    parent.push(p);
    if (node !== root && isElement(node) && (DROP_TAGS.has(node.name) || hidden(node))) continue;
    const kids = "children" in node ? (node.children as AnyNode[]) : [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k] as AnyNode, i]);
  }
  return { nodes, parent };
}

function expectSameWalk(root: AnyNode): void {
  const index = analyzePage(root);
  const plain = plainWalk(root);
  expect(index.nodes.length).toBe(plain.nodes.length);
  for (let i = 0; i < plain.nodes.length; i++) expect(index.nodes[i] === plain.nodes[i]).toBe(true);
  expect([...index.parent]).toEqual(plain.parent);
}

describe("the page index's walk", () => {
  it("lists the nodes and parents of a plain walk on real pages", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".html")).slice(0, 20);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expectSameWalk(loadHtml(readFileSync(join(FIXTURES, f), "utf8")).dom.root);
  });

  it("lists the nodes and parents of a plain walk on any markup", () => {
    const piece = fc.constantFrom(
      "<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<span class=nav>", "</span>", "<br>", "<img src=a.jpg>", "text ", "  ", "\n",
      "<script>x<p>y</script>", "<style>p{}</style>", "<nav>", "</nav>", "<section hidden>", "<div aria-hidden=true>", "<p style='display: none'>",
      "<!-- c -->", "<ul><li>a<li>b</ul>", "<table><tr><td>c</table>", "<article>", "</article>", "<noscript><img src=b.jpg></noscript>", "</body>", "<html>",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expectSameWalk(loadHtml(pieces.join("")).dom.root);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
