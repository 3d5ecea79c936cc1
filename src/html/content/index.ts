/**
 * The main-content stage of HTML pages: drops chrome, finds the article body (JSON-LD articleBody,
 * microdata, CMS containers, <article>, then scoring) and segments it into blocks.
 */
import type { Block, Direction, Warning } from "../../model/index.js";
import { warning } from "../../model/index.js";
import { fastCountWords as countWords } from "./text.js";
import type { HtmlDocument } from "../load.js";
import { resolveUrl } from "../load.js";
import type { PageContent } from "../types.js";
import { analyzePage, type PageIndex } from "./analyze.js";
import { segment } from "./blocks.js";
import { CONTENT_WEIGHTS as W } from "./data/weights.js";
import { isElement, isInside, type AnyNode } from "./dom.js";
import { metadataScan } from "../metadata/scan.js";
import { articleBodyContainer, articleBodyParagraphs } from "./jsonld.js";
import { bestContainer, scoreContainers, withLeadIn, strongContainer, withSiblings } from "./score.js";

/** What the metadata stage tells the content stage. */
export interface ContentHints {
  headline: string | null;
  articleBody: string | null;
  bylineText: string | null;
  language: string | null;
}

/** Where the body was found and the nodes that hold it. */
interface BodyChoice {
  roots: number[];
  source: string;
}

/** Roots in document order, each once, none inside another. */
function distinctRoots(index: PageIndex, roots: readonly number[]): number[] {
  const sorted = [...new Set(roots)].sort((a, b) => a - b);
  const out: number[] = [];
  for (const r of sorted) {
    if (!out.some((o) => isInside(index.nodes[r] as AnyNode, index.nodes[o] as AnyNode))) out.push(r);
  }
  return out;
}

/** Words outside links. */
function proseWords(index: PageIndex, roots: readonly number[]): number {
  let n = 0;
  for (const r of roots) n += (index.words[r] as number) - (index.linkWords[r] as number);
  return n;
}

function sumWords(index: PageIndex, roots: readonly number[]): number {
  let n = 0;
  for (const r of roots) n += index.words[r] as number;
  return n;
}

/**
 * Elements marked itemprop=articleBody: protected from chrome removal by class or tag. Reads the
 * metadata scan's list of elements with an `itemprop` (built once per page, and already built when
 * the metadata stage ran first): reading `itemprop` off every element missed on nearly all of them,
 * at the cost of a lookup in objects of many shapes each time.
 */
function microdataBodies(doc: HtmlDocument): AnyNode[] {
  const out: AnyNode[] = [];
  for (const el of metadataScan(doc.dom).itemprop) if (el.attribs["itemprop"]?.toLowerCase() === "articlebody") out.push(el);
  return out;
}

function chooseBody(index: PageIndex, hints: ContentHints): BodyChoice | null {
  const score = scoreContainers(index);
  const best = bestContainer(index, score);
  const scored = best >= 0 ? distinctRoots(index, withLeadIn(index, best).concat(withSiblings(index, score, best))) : [];
  const scoredWords = sumWords(index, scored);
  if (hints.articleBody) {
    const j = articleBodyContainer(index, hints.articleBody);
    // A truncated articleBody (a teaser) matches one paragraph: it must hold a fair share of the scored body.
    if (j >= 0 && (index.words[j] as number) >= W.strongMinShare * scoredWords) return { roots: withLeadIn(index, j), source: "json-ld:articleBody" };
  }
  const strong = strongContainer(index);
  if (strong.node >= 0 && strong.marker && (index.words[strong.node] as number) >= W.strongMinShare * scoredWords) {
    // The scored body inside the strong container, holding nearly all its prose: the rest is related links and chrome.
    const inside = scored.length > 0 && scored.every((i) => isInside(index.nodes[i] as AnyNode, index.nodes[strong.node] as AnyNode));
    const same = scored.length === 1 && scored[0] === strong.node;
    if (!same && inside && proseWords(index, scored) >= W.strongProseShare * proseWords(index, [strong.node])) return { roots: scored, source: "score" };
    return { roots: withLeadIn(index, strong.node), source: `${strong.marker.attr}:${strong.marker.value}` };
  }
  return scored.length > 0 ? { roots: scored, source: "score" } : null;
}

function directionOf(node: AnyNode | undefined): Direction | null {
  for (let n: AnyNode | null | undefined = node; n && isElement(n) && n.name !== "html"; n = n.parent as AnyNode | null) {
    const dir = n.attribs["dir"]?.toLowerCase();
    if (dir === "rtl" || dir === "ltr") return dir;
  }
  return null;
}

/**
 * Reads the article body of a parsed page into ordered blocks.
 *
 * Runs after the metadata stage: it reads `doc.dom`'s tree and does not change it, nor anything else
 * the caller passed (it may remove nodes from `doc.dom` in later versions, so run the metadata stage
 * first). Never throws: a page without an article gives few or no blocks and a `no-article-found`
 * warning.
 *
 * @param doc the page, parsed once by `loadHtml`
 * @param hints what the metadata stage found: the headline and byline text (left out of the body
 *   when repeated there), JSON-LD articleBody (a strong signal), the page language
 */
export function readContent(doc: HtmlDocument, hints: ContentHints): PageContent {
  const warnings: Warning[] = [];
  const provenance: Record<string, string> = {};
  try {
    const root = doc.dom.root as AnyNode;
    const index = analyzePage(root, microdataBodies(doc));
    const choice = chooseBody(index, hints);
    const resolve = (href: string | undefined | null): string | null => resolveUrl(doc, href);
    let blocks: Block[] = [];
    let image: PageContent["image"] = null;
    let direction: Direction | null = null;
    let bodyWords = 0;
    if (choice) {
      const isChrome = (node: AnyNode): boolean => {
        const i = index.indexOf(node);
        return i === undefined || index.chrome[i] === 1;
      };
      const roots = choice.roots.map((i) => index.nodes[i] as AnyNode);
      const seg = segment(roots, { isChrome, resolve, headline: hints.headline, bylineText: hints.bylineText });
      blocks = seg.blocks;
      bodyWords = seg.paragraphWords;
      image = seg.leadImage;
      direction = directionOf(roots[0]);
      provenance["body"] = choice.source;
      if (image) provenance["image"] = "body";
    }
    if (bodyWords < W.minArticleWords && hints.articleBody) {
      const paragraphs = articleBodyParagraphs(hints.articleBody);
      if (countWords(paragraphs.join(" ")) >= W.minArticleWords) {
        blocks = paragraphs.map((text) => ({ type: "paragraph" as const, text }));
        provenance["body"] = "json-ld:articleBody-text";
        return { blocks, direction, image, provenance, warnings };
      }
    }
    if (bodyWords < W.minArticleWords) {
      warnings.push(warning("no-article-found", "The page holds no article body.", null));
    }
    if (index.dropped.size > 0) {
      warnings.push(warning("chrome-dropped", "Site chrome was removed from the page.", [...index.dropped].join(", ")));
    }
    return { blocks, direction, image, provenance, warnings };
  } catch (error) {
    // Defensive: a parser oddity must not make parse() throw.
    warnings.push(warning("no-article-found", "The page body could not be read.", String(error).slice(0, 200)));
    return { blocks: [], direction: null, image: null, provenance, warnings };
  }
}
