/**
 * The tree side of the page's parse (tree-builder.ts reads the markup): what htmlparser2's Parser
 * and its DomHandler do with each token, done to domhandler nodes directly. The reading calls
 * these methods in the order htmlparser2's tokenizer calls the Parser's callbacks.
 *
 * DomHandler, with its default options, links each node to its parent and siblings and leaves the
 * start and end indices null (domhandler's Node constructor sets them so); it appends text that
 * follows text with no node added or element closed between them to the same Text node. The
 * Parser closes elements a start tag implies closed, keeps void elements empty, and lets `<x/>`
 * close itself only inside svg or math. The tables are in parser-tables.ts.
 */
import { Comment, Document, Element, ProcessingInstruction, Text, type ChildNode } from "domhandler";
import { decodeHTML } from "entities/decode";
import { addSlots, BLANK, type SlottedText } from "./node-slots.js";
import { hasNonSpace } from "../language/spaces.js";
import { tagInfo, UNDECODED_TEXT_PARENTS, type TagInfo } from "./parser-tables.js";
import { objectList } from "./object-list.js";

/** What ends the name of a processing instruction or declaration (Parser's `reNameEnd`: JavaScript's `\s`, or `/`). */
const INSTRUCTION_NAME_END = /\s|\//;

/** The name the parser gives a processing instruction or declaration: up to whitespace or `/`, lower-cased. */
function instructionName(value: string): string {
  const end = value.search(INSTRUCTION_NAME_END);
  return (end < 0 ? value : value.slice(0, end)).toLowerCase();
}

/** Thrown (and caught by `buildTree`) when an element would be deeper than the build's `maxDepth`. */
export const TOO_DEEP: unique symbol = Symbol("khabar.tooDeep");

/**
 * A document being built from `html`, with htmlparser2's two state holders in one: its Parser keeps
 * a stack of open names and a stack of foreign contexts, its DomHandler a stack of open elements
 * and the text node still being written to. The name stack and the element stack move together
 * (an element is created for every name pushed before either is read again: an unfinished tag at
 * the end of the input, whose name the Parser pushes but DomHandler never sees, is followed by
 * nothing but text), so one stack serves both: the open elements, and beside them their names'
 * {@link TagInfo}, which count the open elements of each name.
 *
 * The counts are why: a closing tag closes the innermost open element of its name, which the
 * Parser finds with `indexOf` on its stack, and a page of deep unclosed elements and as many stray
 * closing tags made that quadratic (40,000 of each, parsed without the nesting guard of depth.ts:
 * 6–9 s; here 60 ms). A closing tag whose name has nothing open costs nothing, and a search that
 * finds its element closes every element it passed: linear in all.
 */
export class DomTree {
  readonly root: Document = new Document(objectList());
  /** Every element, in the order created: document order. */
  readonly elements: Element[] = objectList();
  /** Open elements, innermost last. */
  private readonly open: Element[] = objectList();
  /** A depth past which the build stops: opening an element deeper throws {@link TOO_DEEP}. */
  maxDepth = Number.POSITIVE_INFINITY;
  /** The tag of each open element. */
  private readonly openTags: TagInfo[] = objectList();
  /** The one {@link TagInfo} of each lower-cased name met in this parse. */
  private readonly tagInfos = new Map<string, TagInfo>();
  /**
   * The Parser's foreign contexts, innermost last: true inside svg or math, false inside an HTML
   * integration element. Start tags push, closing tags pop by name alone, whether or not such an
   * element is open, and implied closes do not pop: the stack can fall out of step with the open
   * elements, as htmlparser2's does (`<svg/>` leaves its context open). Empty, it reads false.
   */
  private readonly foreign: boolean[] = [false];
  /** The text node the next text piece is appended to; null once a node is added or an element closed (DomHandler's `lastNode`). */
  private lastText: SlottedText | null = null;
  /**
   * The first `&` at or after `ampFrom` (-1 when none). Text pieces and attribute values are asked
   * about in document order, so the page is searched for `&` once in all, and most pieces, which
   * hold none, are not looked at again.
   */
  private amp = -1;
  private ampFrom = Number.MAX_SAFE_INTEGER;

  /** @param html the page, which the positions given to the methods index */
  constructor(protected readonly html: string) {}

  /** The elements by tag name, each list in document order (names with no element are left out). */
  elementsByTag(): Map<string, Element[]> {
    const byTag = new Map<string, Element[]>();
    for (const [name, tag] of this.tagInfos) if (tag.elements.length > 0) byTag.set(name, tag.elements);
    return byTag;
  }

  /** The tag named `name` (lower-cased): the same object for every use of the name in this parse. */
  protected tagNamed(name: string): TagInfo {
    let tag = this.tagInfos.get(name);
    if (tag === undefined) {
      tag = tagInfo(name);
      this.tagInfos.set(name, tag);
    }
    return tag;
  }

  /** DomHandler's `addNode`: links `node` as the last child of the innermost open element (or the document). */
  private add(node: ChildNode): void {
    const open = this.open;
    const parent = open.length > 0 ? (open[open.length - 1] as Element) : this.root;
    const siblings = parent.children;
    // (Reading `siblings[-1]` of an empty list would be a slow property lookup, not an element read.)
    if (siblings.length > 0) {
      const prev = siblings[siblings.length - 1] as ChildNode;
      node.prev = prev;
      prev.next = node;
    }
    siblings.push(node);
    node.parent = parent;
    this.lastText = null;
  }

  /** Whether `html[start, end)` holds a `&`. */
  protected hasAmpersand(start: number, end: number): boolean {
    if (start < this.ampFrom || (this.amp >= 0 && this.amp < start)) {
      this.ampFrom = start;
      this.amp = this.html.indexOf("&", start);
    }
    return this.amp >= 0 && this.amp < end;
  }

  /**
   * One text piece, `html[start, end)`, not empty, as the tokenizer cuts them: decoded alone, unless
   * its parent keeps text as written (the htmlparser2 parse's handler decided by the parent too), then
   * appended to the text node being written or added as a new one.
   */
  protected text(start: number, end: number): void {
    let data = this.html.slice(start, end);
    let decoded = false;
    if (this.hasAmpersand(start, end)) {
      const open = this.open;
      const parent = open.length > 0 ? (open[open.length - 1] as Element) : null;
      if (parent === null || !UNDECODED_TEXT_PARENTS.has(parent.name)) {
        data = decodeHTML(data);
        decoded = true;
      }
    }
    // `&nbsp;` is whitespace once decoded: a decoded piece is read as it now is.
    const blank = decoded ? !hasNonSpace(data) : !hasNonSpace(this.html, start, end);
    const last = this.lastText;
    if (last !== null) {
      last.data += data;
      last[BLANK] = last[BLANK] === true && blank;
      return;
    }
    const node = new Text(data) as SlottedText;
    node[BLANK] = blank;
    this.add(node);
    this.lastText = node;
  }

  protected comment(data: string): void {
    this.add(new Comment(data));
  }

  /** A declaration (`<!…>`, `value` after the `!`) or processing instruction (`<?…>`), named as the Parser names them. */
  protected instruction(mark: "!" | "?", value: string): void {
    this.add(new ProcessingInstruction(mark + instructionName(value), mark + value));
  }

  /**
   * Creates an element and opens it (DomHandler's `onopentag`), lists it and gives it its slots.
   * Every element is made here, by the one constructor call, so all share one hidden class.
   */
  protected openElement(tag: TagInfo, attribs: Record<string, string>, classValue: string | null = null, idValue: string | null = null, attributeBits = 0): void {
    const el = new Element(tag.name, attribs, objectList());
    this.add(el);
    if (this.open.push(el) > this.maxDepth) throw TOO_DEEP;
    this.openTags.push(tag);
    tag.openCount++;
    addSlots(el, classValue, idValue, attributeBits);
    this.elements.push(el);
    tag.elements.push(el);
  }

  /** Closes the innermost open element (DomHandler's `onclosetag`) and gives its tag. */
  protected closeElement(): TagInfo {
    this.open.pop();
    const tag = this.openTags.pop() as TagInfo;
    tag.openCount--;
    this.lastText = null;
    return tag;
  }

  /** Whether `/>` closes the element it ends: inside svg or math only (the Parser's `foreignContext[0]`). */
  protected inForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] === true;
  }

  /**
   * What the Parser does when a start tag's name has been read, before its attributes (its
   * `emitOpenTag`): closes the open elements the tag implies closed, innermost first and only while
   * the innermost is one, and enters a foreign or HTML context.
   */
  protected startTag(tag: TagInfo): void {
    const closes = tag.closes;
    if (closes !== undefined) {
      const openTags = this.openTags;
      while (openTags.length > 0 && closes.has((openTags[openTags.length - 1] as TagInfo).name)) this.closeElement();
    }
    if (tag.isVoid) return;
    if (tag.foreign) this.foreign.push(true);
    else if (tag.integration) this.foreign.push(false);
  }

  /**
   * A closing tag (the Parser's `onclosetag`): leaves a foreign context by name alone; closes the
   * innermost open element of that name and every element inside it; otherwise does nothing, but
   * for `</p>`, which makes an empty `<p>`, and `</br>`, which makes a `<br>`.
   */
  protected closeTag(tag: TagInfo): void {
    if (tag.foreign || tag.integration) this.foreign.pop();
    if (tag.isVoid) {
      if (tag.name === "br") {
        this.openElement(tag, {});
        this.closeElement();
      }
      return;
    }
    if (tag.openCount > 0) {
      let closed: TagInfo;
      do closed = this.closeElement();
      while (closed !== tag);
    } else if (tag.name === "p") {
      // The Parser opens a <p> (whose implied closes close nothing: no <p> is open) and closes it.
      this.openElement(tag, {});
      this.closeElement();
    }
  }
}
