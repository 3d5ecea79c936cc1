/**
 * Segmenting the body into blocks: paragraphs (also <br><br>-separated and bare text), headings
 * (h1–h6 and bold-only short lines), captions (figure/figcaption, caption and credit classes),
 * blockquotes and lists. One iterative walk over the body; headings, lists, quotes and figures are
 * read whole and skipped, so each node is visited a bounded number of times.
 */
import type { Block, CaptionBlock } from "../../model/index.js";
import { splitCredit } from "../../article/credit.js";
import { AGENCY_CREDIT, MAX_CAPTION_WORDS, cleanCredit, creditOnly, isCaptionElement, isCaptionLine, isCreditElement } from "./captions.js";
import { foldDigits, normalizeForMatch } from "../../language/normalize.js";
import { CONTENT_WEIGHTS as W, BOLD_HEADING_LEVEL } from "./data/weights.js";
import { BLOCK_TAGS, DROP_TAGS } from "./data/selectors.js";
import { childrenOf, isElement, isInside, type AnyNode, type Element } from "./dom.js";
import { findImage, imageUrlOf, type Resolve } from "./images.js";
import type { Text } from "domhandler";
import { countNonSpace } from "../../language/spaces.js";
import { isBlankText } from "../node-slots.js";
import { collapse, fastCountWords as countWords, isBlank, textOf } from "./text.js";
import { textChromeKind } from "./chrome-text.js";
import { collectLinkText, listHoldsBlocks } from "./lists.js";

export interface SegmentOptions {
  /** True for nodes dropped as chrome. */
  isChrome: (node: AnyNode) => boolean;
  resolve: Resolve;
  headline: string | null;
  bylineText: string | null;
}

export interface Segmented {
  blocks: Block[];
  /** Words of the paragraph blocks (each counted once here, where the paragraph is made). */
  paragraphWords: number;
  /** The first image met before the first paragraph, with its caption when it had one. */
  leadImage: { url: string; caption: string | null; credit: string | null } | null;
}

/** How a piece of text is marked: bold, inside a link. */
const BOLD = 1, LINK = 2;

/** Heading levels by tag: a map lookup per element of the body walk, where a regex exec allocated a match per heading. */
const HEADING_LEVELS: ReadonlyMap<string, number> = new Map([["h1", 1], ["h2", 2], ["h3", 3], ["h4", 4], ["h5", 5], ["h6", 6]]);
/** A year, a clock time or a number glued to a short unit: what date stamps and reading times hold. */
const STAMP = /(?:^|[^\p{N}])(?:1[89]\d\d|20\d\d)(?:[^\p{N}]|$)|\d{1,2}:\d\d|^\d{1,3}\s?\p{L}{1,4}$/u;
const SENTENCE_END = /[.!?؟。:;…]["'»”)\]]?$/u;
const INLINE_BOLD: ReadonlySet<string> = new Set(["b", "strong"]);
/** Whether the text gathered so far ends a sentence and is long enough to be a paragraph of its own. */
function endsSentence(pieces: readonly string[]): boolean {
  let tail = "";
  for (let i = pieces.length - 1; i >= 0 && tail.trim().length < 2; i--) tail = (pieces[i] as string) + tail;
  if (!SENTENCE_END.test(tail.trimEnd())) return false;
  let words = 0;
  for (let i = pieces.length - 1; i >= 0 && words < W.minParagraphWords; i--) words += countWords(pieces[i] as string);
  return words >= W.minParagraphWords;
}

/** Segments the body `roots` (in document order) into blocks. */
export function segment(roots: readonly AnyNode[], opts: SegmentOptions): Segmented {
  const blocks: Block[] = [];
  const headlineKey = opts.headline ? normalizeForMatch(opts.headline) : null;
  const bylineKey = opts.bylineText ? normalizeForMatch(opts.bylineText) : null;
  const seenCaptions = new Set<string>();
  let leadImage: Segmented["leadImage"] = null;
  let pendingImage: string | null = null;
  let paragraphs = 0;
  let paragraphWords = 0;
  let endMode = false;
  // The text gathered for the next block, and beside it how each piece is marked (BOLD, LINK):
  // two arrays rather than an object per piece, and the texts are joined as they are.
  let pieces: string[] = [];
  let marks: number[] = [];
  /** Whether a piece gathered since the last flush is bold or in a link. */
  let marked = false;
  /** The innermost open block element when the current text began, and the box of the last image. */
  let pieceOwner: AnyNode | null = null;
  let imageBox: AnyNode | null = null;
  const openBlocks: AnyNode[] = [];
  let bold = 0;
  let link = 0;
  let brRun = 0;
  const skip = (n: AnyNode): boolean => opts.isChrome(n);

  /**
   * Whether a text block is chrome or a repeat of the headline or byline; updates the end-of-body
   * state. `words` is `countWords(text)`, counted once by the caller: a paragraph's words were
   * counted three times over (here, in the chrome test and for the block), a pass over its
   * characters each time.
   */
  const rejected = (text: string, linkShare: number, words: number): boolean => {
    // The matching key is only needed near the top, where the headline and byline may repeat; the
    // chrome test normalizes short text the same way, and is given it.
    const nearHeadline = headlineKey !== null && paragraphs <= W.topBlocks;
    const nearByline = bylineKey !== null && paragraphs < 3;
    const key = nearHeadline || nearByline ? normalizeForMatch(text) : undefined;
    const kind = textChromeKind(text, words, key);
    if (kind === "end") { endMode = true; return true; }
    if (kind === "drop") return true;
    if (endMode) {
      if (words <= W.endChromeMaxWords || linkShare > W.maxLinkDensity) return true;
      endMode = false;
    }
    if (nearHeadline && key === headlineKey) return true;
    // Before the first paragraph: a date stamp ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00") or a reading time ("2 min").
    if (paragraphs === 0 && words <= W.stampMaxWords && STAMP.test(foldDigits(text))) return true;
    if (nearByline && bylineKey !== null && key !== undefined && (key === bylineKey || (key.startsWith(bylineKey) && words <= countWords(bylineKey) + 6))) return true;
    return false;
  };

  const pushCaption = (caption: CaptionBlock): void => {
    const key = normalizeForMatch(caption.text);
    if (key && seenCaptions.has(key)) return;
    if (key) seenCaptions.add(key);
    if (!caption.text && !caption.credit) return;
    blocks.push(caption);
    if (paragraphs === 0 && leadImage === null && caption.imageUrl) leadImage = { url: caption.imageUrl, caption: caption.text || null, credit: caption.credit };
    else if (leadImage && leadImage.url === caption.imageUrl && leadImage.caption === null) leadImage = { url: leadImage.url, caption: caption.text || null, credit: caption.credit };
  };

  const flush = (): void => {
    brRun = 0;
    const owner = pieceOwner;
    pieceOwner = null;
    if (pieces.length === 0) return;
    const raw = pieces.join("");
    // Characters are counted only when some text is bold or in a link: without either, the link
    // share is 0 and the text is not bold whatever the total (a pass over every piece saved).
    let boldChars = 0, linkChars = 0, allChars = 0;
    if (marked) {
      for (let i = 0; i < pieces.length; i++) {
        const c = countNonSpace(pieces[i] as string);
        const m = marks[i] as number;
        allChars += c;
        if (m & BOLD) boldChars += c;
        if (m & LINK) linkChars += c;
      }
    }
    pieces = [];
    marks = [];
    marked = false;
    const text = collapse(raw);
    if (!text || isBlank(text) || AGENCY_CREDIT.test(text)) return;
    const linkShare = allChars ? linkChars / allChars : 0;
    const words = countWords(text);
    if (rejected(text, linkShare, words) || linkShare > W.maxLinkDensity) return;
    // A short line right under an image, in the image's own box, is its caption ("div.red" under the photo).
    if (pendingImage && imageBox && owner && owner !== imageBox && isInside(owner, imageBox) && words <= W.imageCaptionMaxWords && !SENTENCE_END.test(text)) {
      const split = splitCredit(text);
      pushCaption({ type: "caption", text: split.text, credit: split.credit, imageUrl: pendingImage });
      pendingImage = null;
      return;
    }
    if (words <= W.labelledCaptionMaxWords && isCaptionLine(text)) {
      const credit = creditOnly(text);
      const split = credit !== null ? { text: "", credit } : splitCredit(text);
      pushCaption({ type: "caption", text: split.text, credit: split.credit, imageUrl: pendingImage });
      return;
    }
    if (allChars > 0 && boldChars / allChars > 0.95 && words <= W.boldHeadingMaxWords && !SENTENCE_END.test(text)) {
      blocks.push({ type: "heading", text, level: BOLD_HEADING_LEVEL });
      return;
    }
    blocks.push({ type: "paragraph", text });
    paragraphs++;
    paragraphWords += words;
    pendingImage = null;
  };

  const readFigure = (node: Element): void => {
    let captionNode: AnyNode | null = null;
    let creditNode: AnyNode | null = null;
    const stack: AnyNode[] = [...childrenOf(node)].reverse();
    let seen = 0;
    while (stack.length > 0 && seen++ < 2000) {
      const n = stack.pop() as AnyNode;
      if (!isElement(n) || skip(n)) continue;
      if (!captionNode && isCaptionElement(n) && !isCreditElement(n)) captionNode = n;
      else if (!creditNode && isCreditElement(n)) creditNode = n;
      const kids = childrenOf(n);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
    }
    if (!captionNode && isCreditElement(node)) {
      const credit = cleanCredit(textOf(node, skip));
      const last = blocks[blocks.length - 1];
      if (!credit || isBlank(credit)) return;
      if (last && last.type === "caption" && last.credit === null) last.credit = credit;
      else pushCaption({ type: "caption", text: "", credit, imageUrl: pendingImage });
      return;
    }
    const imageUrl = findImage(node, opts.resolve) ?? (node.name === "figure" ? null : pendingImage);
    pendingImage = null;
    const captionText = captionNode ? textOf(captionNode, (n) => skip(n) || isCreditElement(n)) : node.name === "figure" ? "" : textOf(node, skip);
    const creditText = creditNode ? cleanCredit(textOf(creditNode, skip)) : "";
    const split = creditText ? { text: captionText, credit: creditText } : splitCredit(captionText);
    if (!split.text && !split.credit) {
      if (imageUrl && paragraphs === 0 && leadImage === null) leadImage = { url: imageUrl, caption: null, credit: null };
      return;
    }
    pushCaption({ type: "caption", text: split.text, credit: split.credit || null, imageUrl });
  };

  const readList = (node: Element): void => {
    const items: string[] = [];
    let linkShare = 0;
    for (const li of node.children) {
      if (!isElement(li) || skip(li)) continue;
      const t = textOf(li, skip);
      if (t && !isBlank(t)) items.push(t);
    }
    const all = textOf(node, skip);
    const linkText = collectLinkText(node, skip);
    linkShare = all ? linkText.length / all.length : 0;
    if (items.length === 0) return;
    if (linkShare > W.listMaxLinkDensity) return;
    if (items.length === 1 && rejected(items[0] as string, linkShare, countWords(items[0] as string))) return;
    if (endMode) return;
    blocks.push({ type: "list", items, ordered: node.name === "ol" });
  };

  /**
   * What the walk does on entering a node; returns whether to walk its children (and then
   * {@link leave} it, when it is an element).
   */
  const visit = (node: AnyNode): boolean => {
    // The type is read once: nodes come in many shapes, and each read is a slow (megamorphic) lookup.
    const type = node.type;
    if (type === "text") {
      const data = (node as { data: string }).data;
      if (!isBlankText(node as Text)) {
        brRun = 0;
        if (pieceOwner === null) pieceOwner = openBlocks[openBlocks.length - 1] ?? null;
      }
      const m = (bold > 0 ? BOLD : 0) | (link > 0 ? LINK : 0);
      if (m !== 0) marked = true;
      pieces.push(data);
      marks.push(m);
      return false;
    }
    if (type === "root") return true;
    if (type !== "tag" && type !== "script" && type !== "style") return false;
    const tag = (node as Element).name;
    if (tag === "noscript") {
      const url = node.parent && !skip(node.parent) ? findImage(node, opts.resolve) : null;
      if (url) pendingImage = url;
      return false;
    }
    if (DROP_TAGS.has(tag) || skip(node)) return false;
    if (tag === "br") {
      brRun++;
      // Two breaks end a paragraph; so does one after a finished sentence (paragraphs kept apart by single <br>s).
      if (brRun >= 2 || endsSentence(pieces)) flush();
      else {
        pieces.push(" ");
        marks.push(0);
      }
      return false;
    }
    if (tag === "img" || tag === "amp-img" || tag === "picture") {
      const url = tag === "picture" ? findImage(node, opts.resolve) : imageUrlOf(node, opts.resolve);
      if (url) {
        pendingImage = url;
        imageBox = node.parent && tag !== "picture" && node.parent.type === "tag" && (node.parent as Element).name === "picture" ? (node.parent.parent as AnyNode | null) : (node.parent as AnyNode | null);
        if (paragraphs === 0 && leadImage === null) leadImage = { url, caption: null, credit: null };
      }
      return false;
    }
    const level = HEADING_LEVELS.get(tag);
    if (level !== undefined) {
      flush();
      const text = textOf(node, skip);
      if (text && !isBlank(text) && !rejected(text, 0, countWords(text))) blocks.push({ type: "heading", text, level });
      return false;
    }
    if (tag === "figure" || (isCaptionElement(node) && countWords(textOf(node, skip)) <= MAX_CAPTION_WORDS)) {
      flush();
      readFigure(node);
      return false;
    }
    if (tag === "blockquote") {
      flush();
      const text = textOf(node, skip);
      if (text && !isBlank(text) && !rejected(text, 0, countWords(text))) blocks.push({ type: "blockquote", text });
      return false;
    }
    if ((tag === "ul" || tag === "ol") && !listHoldsBlocks(node)) {
      flush();
      readList(node);
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.push(node);
    } else if (INLINE_BOLD.has(tag)) bold++;
    else if (tag === "a") link++;
    return true;
  };

  /** What the walk does after the children of an element it entered. */
  const leave = (node: Element): void => {
    const tag = node.name;
    if (INLINE_BOLD.has(tag)) bold--;
    else if (tag === "a") link--;
    else if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.pop();
    }
  };

  // The walk follows the tree's own links (first child, next sibling, parent) under each root: no
  // stack of nodes and of exit marks, which cost two pushes and two pops per node of the body.
  for (const root of roots) {
    let node = root;
    for (;;) {
      if (visit(node)) {
        const kids = childrenOf(node);
        if (kids.length > 0) {
          node = kids[0] as AnyNode;
          continue;
        }
        if (isElement(node)) leave(node);
      }
      // Up to the nearest ancestor (or the node itself) with a next sibling, leaving each element on the way.
      while (node !== root && node.next === null) {
        node = node.parent as AnyNode;
        if (isElement(node)) leave(node);
      }
      if (node === root) break;
      node = node.next as AnyNode;
    }
  }
  flush();
  return { blocks, paragraphWords, leadImage };
}
