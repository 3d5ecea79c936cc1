/**
 * Using JSON-LD `articleBody` as a body signal: the paragraphs of the page found inside it point at
 * the body container; when the page shows no body at all, the articleBody text itself is the body.
 */
import { normalizeForMatch } from "../../language/normalize.js";
import { CONTENT_WEIGHTS as W } from "./data/weights.js";
import { commonAncestor, isElement, type AnyNode } from "./dom.js";
import type { PageIndex } from "./analyze.js";
import { fastCountWords as countWords, textOf } from "./text.js";

/** Most paragraphs compared with the articleBody: enough to place the body, bounded for huge pages. */
const MAX_PARAGRAPHS = 400;

/**
 * The node index of the smallest container holding the page's paragraphs that appear in
 * `articleBody`, when they cover at least `articleBodyMatchShare` of it; -1 otherwise.
 */
export function articleBodyContainer(index: PageIndex, articleBody: string): number {
  const body = normalizeForMatch(articleBody);
  const bodyWords = countWords(body);
  if (bodyWords < W.minArticleWords) return -1;
  const matched: AnyNode[] = [];
  let matchedWords = 0;
  let looked = 0;
  for (let i = 0; i < index.nodes.length && looked < MAX_PARAGRAPHS; i++) {
    const node = index.nodes[i] as AnyNode;
    if (index.chrome[i] || !isElement(node) || node.name !== "p") continue;
    const w = index.words[i] as number;
    if (w < W.minParagraphWords) continue;
    looked++;
    const key = normalizeForMatch(textOf(node));
    if (key && body.includes(key)) {
      matched.push(node);
      matchedWords += w;
    }
  }
  if (matchedWords < W.articleBodyMatchShare * bodyWords) return -1;
  const lca = commonAncestor(matched);
  return lca ? (index.indexOf(lca) ?? -1) : -1;
}

/** Paragraphs of an articleBody string (split on line breaks), for pages that show no body. */
export function articleBodyParagraphs(articleBody: string): string[] {
  return articleBody
    .split(/\n+/)
    .map((line) => line.replace(/[\s\u00a0]+/gu, " ").trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}
