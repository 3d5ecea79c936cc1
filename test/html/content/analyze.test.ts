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

describe("the page index's kept buffers", () => {
  /** The index's numbers as plain arrays: copies that outlive the buffers the next call reuses. */
  function numbers(root: AnyNode): Record<string, number[]> {
    const index = analyzePage(root);
    const { parent, kind, end, words, linkWords, commas, chrome } = index;
    return Object.fromEntries(Object.entries({ parent, kind, end, words, linkWords, commas, chrome }).map(([k, a]) => [k, [...a]]));
  }

  it("index a page the same after a larger page and after one too large to keep", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".html")).sort();
    const pages = files.map((f) => loadHtml(readFileSync(join(FIXTURES, f), "utf8")).dom.root);
    const sizes = pages.map((p) => analyzePage(p).nodes.length);
    const small = sizes.indexOf(Math.min(...sizes));
    const large = sizes.indexOf(Math.max(...sizes));
    expect(sizes[large]).toBeGreaterThan(2 * (sizes[small] as number));
    const first = numbers(pages[small] as AnyNode);
    analyzePage(pages[large] as AnyNode);
    expect(numbers(pages[small] as AnyNode)).toEqual(first);
    // Past KEPT_NODES the arrays are the page's own: 20,000 paragraphs are 40,000 nodes and more.
    const huge = loadHtml(`<body><div>${"<p>word, word</p>".repeat(20_000)}</div></body>`).dom.root;
    const hugeIndex = analyzePage(huge);
    expect(hugeIndex.nodes.length).toBeGreaterThan(40_000);
    expect(hugeIndex.words[0]).toBe(40_000);
    expect(numbers(pages[small] as AnyNode)).toEqual(first);
  });
});
