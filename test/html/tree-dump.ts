/**
 * A parsed tree written out for comparison, shared by test/html/tree-builder.test.ts and
 * scripts/compare-trees.ts: one line per node, depth-first, with every node's type, name, attributes
 * in their order, data, child count, own property keys (the elements' one hidden class), start and end
 * indices and class; a line for any parent or sibling link that is wrong; and a last line saying
 * whether the element list is in document order.
 */
import type { AnyNode, Element } from "domhandler";
import type { ParsedDom } from "./htmlparser2-reference.js";

/** Everything the stages can see of a tree, one line per node, depth-first. */
export function dumpTree(parsed: ParsedDom): string[] {
  const out: string[] = [];
  const walked: AnyNode[] = [];
  const stack: Array<[AnyNode, number]> = [[parsed.root, 0]];
  if (parsed.root.parent !== null || parsed.root.prev !== null || parsed.root.next !== null) out.push("root has links");
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    const el = node as Element;
    const keys = Reflect.ownKeys(node).map(String).join(",");
    const data = (node as { data?: string }).data;
    out.push(
      `${" ".repeat(depth)}${node.type} ${el.name ?? ""} ${JSON.stringify(el.attribs ?? null)} ${JSON.stringify(data ?? null)} ` +
        `[${el.children?.length ?? "-"}] {${keys}} ${String(node.startIndex)}/${String(node.endIndex)} ${node.constructor.name}`,
    );
    if (node !== parsed.root && (node.type === "tag" || node.type === "script" || node.type === "style")) walked.push(node);
    const children = el.children;
    if (!children) continue;
    children.forEach((child, i) => {
      if (child.parent !== node || child.prev !== (children[i - 1] ?? null) || child.next !== (children[i + 1] ?? null)) {
        out.push(`${" ".repeat(depth + 1)}bad links at child ${i}`);
      }
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as AnyNode, depth + 1]);
  }
  const listed = parsed.elements;
  out.push(listed === null ? "elements not listed" : `elements in document order: ${listed.length === walked.length && listed.every((e, i) => e === walked[i])}`);
  return out;
}
