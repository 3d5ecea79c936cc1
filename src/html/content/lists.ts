/** Lists in the body: whether a list is the page's layout rather than a list, and the text of its links. */
import { isElement, type AnyNode, type Element } from "./dom.js";
import { textOf } from "./text.js";

/** Whether a list's items hold paragraphs or divs (a list used as the page layout), so it is read as blocks. */
export function listHoldsBlocks(list: Element): boolean {
  for (const li of list.children) {
    if (!isElement(li)) continue;
    for (const c of li.children) if (isElement(c) && (c.name === "p" || c.name === "div" || c.name === "section" || c.name === "article")) return true;
  }
  return false;
}

/** The text inside links under `root`. */
export function collectLinkText(root: AnyNode, skip: (n: AnyNode) => boolean): string {
  let out = "";
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || skip(node)) continue;
    if (node.name === "a") { out += textOf(node, skip); continue; }
    const kids = node.children as AnyNode[];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return out;
}
