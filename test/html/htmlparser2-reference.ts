/**
 * The htmlparser2 parse the page's parse used before the tree builder (src/html/tree-builder.ts),
 * kept here, outside the library, as the builder's reference: the tests and
 * scripts/compare-trees.ts compare the two trees node for node, and this parse with cheerio's `load`.
 *
 * It builds a domhandler tree with character references decoded beside the
 * tokenizer instead of inside it. htmlparser2 decodes `&amp;`, `&#233;` … inside its tokenizer when
 * asked to, and must then read text and attribute values one character at a time, looking for `&`.
 * Without decoding it jumps to the next `<` or closing quote with `indexOf`, and the parse takes
 * about a third less time. Here the strings that hold a `&` are decoded as they are handed over,
 * with the decoder htmlparser2 uses (the `entities` package, at the version htmlparser2 depends on)
 * and in the same modes: text in legacy mode (as the tokenizer reads text and `<title>`), attribute
 * values in attribute mode (`&ampx=` stays as written). Text of the elements the tokenizer reads raw
 * (script, style, textarea, xmp) is kept as written, as the tokenizer keeps it. The tree is the one
 * cheerio's `load(html)` builds, which the tests check on every fixture page and on a table of
 * references; the tree builder decodes the same strings the same way.
 */
import { Parser, Tokenizer } from "htmlparser2";
import { DomHandler, type Document, type Element } from "domhandler";
import { decodeHTML, decodeHTMLAttribute } from "entities/decode";
import { addSlots, BLANK, type SlottedText } from "../../src/html/node-slots.js";
import { hasNonSpace } from "../../src/language/spaces.js";
import { UNDECODED_TEXT_PARENTS } from "../../src/html/parser-tables.js";

/** A parsed page: its document node and its elements in document order (null on the fallback path). */
export interface ParsedDom {
  root: Document;
  elements: Element[] | null;
}

/**
 * Text arrives in pieces cut only at markup, which no reference spans: each piece decodes alone.
 * The handler also lists the elements as it opens them: that is document order, the list every
 * stage's queries read (src/html/query.ts), which then needs no walk of its own; and gives each
 * element the slots the stages keep values in (node-slots.ts), so that all share one hidden class.
 */
class DecodingHandler extends DomHandler {
  readonly elements: Element[] = [];

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const el = this.tagStack[this.tagStack.length - 1] as Element;
    addSlots(el);
    this.elements.push(el);
  }

  override ontext(data: string): void {
    if (data.indexOf("&") >= 0) {
      const parent = this.tagStack[this.tagStack.length - 1] as Element | Document | undefined;
      if (!UNDECODED_TEXT_PARENTS.has((parent as Element | undefined)?.name ?? "")) data = decodeHTML(data);
    }
    super.ontext(data);
    // The text node written to gets the parser's whitespace flag (src/html/node-slots.ts), read from its text.
    const text = this.lastNode as SlottedText;
    text[BLANK] = !hasNonSpace(text.data);
  }
}

/**
 * The attribute value being read is decoded before the parser stores it. The value is a private
 * field of htmlparser2's Parser (`attribvalue`, read here by name); {@link decodesBeside} checks
 * once that this still works, and the tests compare the tree with cheerio's own parse.
 */
class DecodingParser extends Parser {
  override onattribend(quote: Parameters<Parser["onattribend"]>[0], endIndex: number): void {
    const self = this as unknown as { attribvalue?: unknown };
    if (typeof self.attribvalue === "string" && self.attribvalue.indexOf("&") >= 0) self.attribvalue = decodeHTMLAttribute(self.attribvalue);
    super.onattribend(quote, endIndex);
  }
}

/** The tokenizer's private fields {@link SkippingTokenizer} reads (by name). */
interface TokenizerPosition {
  buffer: string;
  index: number;
  offset: number;
}

/**
 * htmlparser2's tokenizer skips text, attribute values, comments and raw text to the next `<`,
 * quote or `>` one character at a time (`fastForwardTo`, a private method). Here the skip is one
 * `indexOf`, which V8 runs as a fast search over the string: the same position, found sooner.
 * The method is replaced on a subclass, given to the parser through its `Tokenizer` option. Were
 * a later htmlparser2 to drop the method, the replacement would go unused and the parse be as
 * before, only slower (a test watches for that); the trees are checked against cheerio's parse.
 */
function skipTo(this: TokenizerPosition, c: number): boolean {
  const found = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (found !== -1) {
    this.index = found + this.offset;
    return true;
  }
  // Where the original leaves it: on the last character (the parse loop then steps past the end).
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

/** What ends a name in each of the three name states. */
const enum NameEnd {
  /** An opening tag's name: whitespace, `/` or `>`. */
  Tag,
  /** An attribute's name: the same, or `=`. */
  Attribute,
  /** A closing tag's name: whitespace or `>` (a `/` is part of the name there). */
  ClosingTag,
}

/** Whether `c` ends a name in the state `end` stands for, as htmlparser2's states test it. */
function endsName(c: number, end: NameEnd): boolean {
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d || c === 0x3e) return true;
  return end === NameEnd.ClosingTag ? false : c === 0x2f || (end === NameEnd.Attribute && c === 0x3d);
}

type State = (this: TokenizerPosition, c: number) => void;
const base = Tokenizer.prototype as unknown as Record<string, State>;

/**
 * A name state that runs to the end of the name in one loop, then lets the original state handle
 * that character. htmlparser2 reads tag and attribute names one character per turn of its parse
 * loop, dispatching on the state each time; the names are short, but every tag has one.
 */
function nameState(original: State, end: NameEnd): State {
  return function (this: TokenizerPosition, c: number): void {
    if (endsName(c, end)) return original.call(this, c);
    const buffer = this.buffer;
    let i = this.index + 1 - this.offset;
    while (i < buffer.length && !endsName(buffer.charCodeAt(i), end)) i++;
    // The parse loop steps one past this, onto the character that ends the name (or past the end).
    this.index = i - 1 + this.offset;
  };
}

/** The tokenizer's private methods replaced on the subclass, by name. */
const REPLACED: Record<string, (this: TokenizerPosition, c: number) => unknown> = {
  fastForwardTo: skipTo,
  stateInTagName: nameState(base["stateInTagName"] as State, NameEnd.Tag),
  stateInAttributeName: nameState(base["stateInAttributeName"] as State, NameEnd.Attribute),
  stateInClosingTagName: nameState(base["stateInClosingTagName"] as State, NameEnd.ClosingTag),
};

class SkippingTokenizer extends Tokenizer {}
for (const [name, value] of Object.entries(REPLACED)) Object.defineProperty(SkippingTokenizer.prototype, name, { value, writable: true, configurable: true });

function parseBeside(html: string): ParsedDom {
  const handler = new DecodingHandler();
  new DecodingParser(handler, { decodeEntities: false, Tokenizer: SkippingTokenizer }).end(html);
  return { root: handler.root, elements: handler.elements };
}

let beside: boolean | undefined;

/**
 * Whether decoding beside the tokenizer works with the installed htmlparser2 (checked once, on a
 * probe); if a later version changed the internals it relies on, the tokenizer decodes instead.
 */
export function decodesBeside(): boolean {
  if (beside === undefined) {
    const a = parseBeside('<a title="&lt;&ampx=">&amp;</a>').root.children[0] as Element | undefined;
    beside = a?.attribs["title"] === "<&ampx=" && (a.children[0] as { data?: string } | undefined)?.data === "&";
  }
  return beside;
}

/**
 * Parses `html` with htmlparser2, as the page's parse did before the tree builder (tree-builder.ts):
 * the reference the builder is tested against, kept working. Character references are decoded
 * beside the tokenizer when the installed htmlparser2 allows it, else by the tokenizer (then
 * `elements` is null, and query.ts lists them itself).
 */
export function parseWithHtmlparser2(html: string): ParsedDom {
  if (decodesBeside()) return parseBeside(html);
  const handler = new DomHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return { root: handler.root, elements: null };
}

