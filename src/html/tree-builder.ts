/**
 * The page's parse, by hand: one pass over the HTML string that builds the domhandler tree
 * htmlparser2 10.1.0 and its DomHandler build (the tree cheerio's `load(html)` builds), node for
 * node, in about half the time the htmlparser2 parse it replaced took.
 *
 * htmlparser2's tokenizer reads the page one character per turn of a state machine and reports
 * positions; its parser slices them, keeps its open elements with `Array.unshift`, and hands names
 * and strings to the handler through optional callbacks. Here each tokenizer state is a stretch of
 * code: `indexOf` finds the next `<`, `>`, quote or `-->`, short loops read names and attributes,
 * markup-reader.ts reads comments, declarations and processing instructions, and dom-tree.ts
 * makes the nodes as the tokens are read. Tag and attribute names are looked up once per page
 * (name-table.ts).
 *
 * The specification is what htmlparser2 does in HTML mode (`decodeEntities`, lower-cased names,
 * `/>` ignored outside svg and math, CDATA sections as comments), its odd corners included: each
 * method names the tokenizer state it stands for, and the comments say where htmlparser2 is not
 * the WHATWG parser (`<!>` runs on to the next `>`, `</3>` is a comment, `<tmp>` is read raw up to
 * `</xmp`, an unfinished `<p/` at the end leaves the text `/` …). References are decoded as
 * the htmlparser2 parse decoded them beside its tokenizer: `decodeHTML` per text piece, `decodeHTMLAttribute`
 * per attribute value. The pieces are the ones the tokenizer cuts: a piece that follows another with
 * no node between is appended to the same text node, as DomHandler does, but decoded alone, which
 * can differ from decoding the joined text (`&am<?p;` gives `&amp;`, not `&`).
 *
 * test/html/tree-builder.test.ts compares the tree, node for node, with htmlparser2's on thousands
 * of random hostile pages and a table of edge cases, and on every fixture page;
 * test/html/htmlparser2-reference.ts keeps the htmlparser2 parse as that reference.
 */
import type { Document, Element } from "domhandler";
import { decodeHTMLAttribute } from "entities/decode";
import { isAsciiLetter } from "../language/ascii.js";
import { TOO_DEEP } from "./dom-tree.js";
import { MarkupReader } from "./markup-reader.js";
import { hashStep, lowerName, NameTable } from "./name-table.js";
import { RAW_TEXT_START, TITLE_END, type TagInfo } from "./parser-tables.js";
import { attributeBit } from "./node-slots.js";

/** Character codes the tokenizer's states compare against. */
const enum Ch {
  Tab = 0x09,
  NewLine = 0x0a,
  FormFeed = 0x0c,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Bang = 0x21,
  DoubleQuote = 0x22,
  SingleQuote = 0x27,
  Slash = 0x2f,
  Lt = 0x3c,
  Eq = 0x3d,
  Gt = 0x3e,
  Question = 0x3f,
  /** Setting this bit lower-cases an ASCII letter: the tokenizer's case-insensitive compare (`c | 0x20`). */
  CaseBit = 0x20,
}


/** The tokenizer's whitespace: five characters, not JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.NewLine || c === Ch.Tab || c === Ch.FormFeed || c === Ch.CarriageReturn;
}

/** What ends a tag or attribute name: whitespace, `/` or `>` (the tokenizer's `isEndOfTagSection`). */
function endsTagSection(c: number): boolean {
  return c === Ch.Gt || c === Ch.Slash || isSpace(c);
}


/** Attributes of a tag checked for duplicates by a scan of the names before them; later ones by `hasOwnProperty`. */
const ATTRIBUTES_SCANNED = 16;
const hasOwn = Object.prototype.hasOwnProperty;

/** What the attribute names' table gives: the name itself, lower-cased, and its bit (node-slots.ts). */
interface AttributeName {
  name: string;
  bit: number;
}
const attributeName = (name: string): AttributeName => ({ name, bit: attributeBit(name) });

/** A parsed page: its document node and its elements in document order. */
export interface BuiltTree {
  root: Document;
  elements: Element[];
  /** The same elements by tag name, each list in document order. */
  byTag: Map<string, Element[]>;
}

/**
 * The reading: each method starts at a position where a tokenizer state begins and returns where
 * text resumes after it, or the input's length when the input ends there. The input ends inside a
 * construct in ways htmlparser2 answers one by one (its `handleTrailingData`): an unfinished tag or
 * attribute is dropped, the rest of an unfinished comment is a comment, most others leave text.
 */
class TreeBuilder extends MarkupReader {
  private readonly tags = new NameTable<TagInfo>((name) => this.tagNamed(name));
  private readonly attributeNames = new NameTable<AttributeName>(attributeName);
  /** The names of the first attributes of the tag being read (up to a count the reader keeps). */
  private readonly attributesSeen: string[] = [];

  /** Parses the whole string. */
  build(): void {
    const s = this.html;
    const n = s.length;
    /** Where the text being read began (the tokenizer's `sectionStart` in its Text state). */
    let textStart = 0;
    /** Where to look for the next `<`. */
    let from = 0;
    for (;;) {
      const lt = s.indexOf("<", from);
      if (lt < 0) {
        if (textStart < n) this.text(textStart, n);
        return;
      }
      if (lt > textStart) this.text(textStart, lt);
      textStart = lt;
      const c = s.charCodeAt(lt + 1);
      let next: number;
      if (isAsciiLetter(c)) next = this.startTagAt(lt + 1);
      else if (c === Ch.Slash) {
        next = this.closingTagAt(lt);
        if (next < 0) {
          // `</>`: the tokenizer goes back to text without cutting it; the text still starts at `<`.
          from = -next;
          continue;
        }
      } else if (c === Ch.Bang) next = this.declarationAt(lt + 2);
      else if (c === Ch.Question) next = this.processingInstructionAt(lt + 2);
      else if (lt + 1 >= n) {
        // A `<` that ends the input is text (the tokenizer's trailing data).
        this.text(lt, n);
        return;
      } else {
        // `<` before anything else is text, which still starts at the `<`: the next `<` cuts it.
        from = lt + 1;
        continue;
      }
      if (next >= n) return;
      textStart = from = next;
    }
  }

  /**
   * A start tag whose name begins at `q` (Tokenizer's InTagName and attribute states). Returns where
   * text resumes, or the length of the input when it ends here.
   */
  private startTagAt(q: number): number {
    const s = this.html;
    const n = s.length;
    let hash = s.charCodeAt(q);
    let i = q + 1;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (endsTagSection(c)) break;
      hash = hashStep(hash, c);
    }
    if (i >= n) {
      // The name runs to the end: the tag is dropped. But while the name may still be `script`,
      // `title` … the tokenizer is in states of its own, whose trailing data is text: the name.
      const partial = lowerName(s.slice(q, n));
      for (const name of RAW_TEXT_START.keys()) {
        if (name.startsWith(partial)) {
          this.text(q, n);
          break;
        }
      }
      return n;
    }
    const tag = this.tags.get(s, q, i, hash);
    // Now, as the Parser acts when the name ends: a tag then cut off by the end of the input has
    // still closed the elements it implies closed.
    this.startTag(tag);
    const attribs: Record<string, string> = {};
    const seen = this.attributesSeen;
    let attributeCount = 0;
    let classValue: string | null = null;
    let idValue: string | null = null;
    let bits = 0;
    for (;;) {
      // BeforeAttributeName
      let c = s.charCodeAt(i);
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (i >= n) return n;
      if (c === Ch.Gt) {
        this.openElement(tag, attribs, classValue, idValue, bits);
        if (tag.isVoid) this.closeElement();
        return tag.rawEnd === undefined ? i + 1 : this.rawTextAt(i + 1, tag.rawEnd);
      }
      if (c === Ch.Slash) {
        // InSelfClosingTag: whitespace stays, `>` ends the tag, anything else is read as attributes.
        do c = s.charCodeAt(++i);
        while (isSpace(c));
        if (i >= n) {
          // The state's trailing data is text from the section start, which is -1 here: the last character.
          this.text(n - 1, n);
          return n;
        }
        if (c !== Ch.Gt) continue;
        this.openElement(tag, attribs, classValue, idValue, bits);
        if (tag.isVoid) this.closeElement();
        // Inside svg or math `/>` closes the element. Outside it is ignored, but it still stops the
        // raw-text reading of <script/>: what follows is read as HTML.
        else if (this.inForeignContext()) this.closeElement();
        return i + 1;
      }
      // InAttributeName: the first character is part of the name whatever it is (even `=`).
      const nameStart = i;
      hash = c;
      for (i++; i < n; i++) {
        c = s.charCodeAt(i);
        if (c === Ch.Eq || endsTagSection(c)) break;
        hash = hashStep(hash, c);
      }
      if (i >= n) return n;
      const attribute = this.attributeNames.get(s, nameStart, i, hash);
      const attribName = attribute.name;
      // AfterAttributeName
      while (isSpace(c)) c = s.charCodeAt(++i);
      if (i >= n) return n;
      let value = "";
      if (c === Ch.Eq) {
        // BeforeAttributeValue
        do c = s.charCodeAt(++i);
        while (isSpace(c));
        if (i >= n) return n;
        if (c === Ch.DoubleQuote || c === Ch.SingleQuote) {
          const close = s.indexOf(c === Ch.DoubleQuote ? '"' : "'", i + 1);
          if (close < 0) return n;
          if (this.hasAmpersand(i + 1, close)) value = decodeHTMLAttribute(s.slice(i + 1, close));
          else value = s.slice(i + 1, close);
          i = close + 1;
        } else {
          // Unquoted: up to whitespace or `>` (a `/` or quote is part of the value).
          const valueStart = i;
          while (i < n && !isSpace(c) && c !== Ch.Gt) c = s.charCodeAt(++i);
          if (i >= n) return n;
          if (this.hasAmpersand(valueStart, i)) value = decodeHTMLAttribute(s.slice(valueStart, i));
          else value = s.slice(valueStart, i);
        }
      }
      // Parser's `onattribend`: the first of two same-named attributes wins. The first few names are
      // checked against the names assigned, which the table makes the same strings (faster than
      // `hasOwnProperty`, and the same: `__proto__`, the one name an assignment does not make an
      // own property, is ignored either way); past them, a tag of thousands stays linear.
      let duplicate: boolean;
      if (attributeCount < ATTRIBUTES_SCANNED) {
        let k = 0;
        while (k < attributeCount && seen[k] !== attribName) k++;
        duplicate = k < attributeCount;
        if (!duplicate) seen[k] = attribName;
      } else duplicate = hasOwn.call(attribs, attribName);
      if (!duplicate) {
        attributeCount++;
        bits |= attribute.bit;
        attribs[attribName] = value;
        if (attribName === "class") classValue = value;
        else if (attribName === "id") idValue = value;
      }
    }
  }

  /**
   * The raw text of a script, style, title, textarea or xmp element (or one of the odd names
   * RAW_TEXT_START lists) from `start`, up to `rawEnd` followed by whitespace or `>`, letters in any
   * case (Tokenizer's InSpecialTag). The text is one piece; the closing tag is then read as any.
   */
  private rawTextAt(start: number, rawEnd: string): number {
    const s = this.html;
    const n = s.length;
    const end = rawEnd.length;
    // The tokenizer jumps to the next `<` when no match is under way, except in <title>, which it
    // reads one character at a time; both compare `c | 0x20`, which also takes U+001C for `<` and
    // U+000F for `/` wherever a character is looked at. Hence this loop, not a search for `</script`.
    const jumps = rawEnd !== TITLE_END;
    let matched = 0;
    let i = start;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (matched === end) {
        if (c === Ch.Gt || isSpace(c)) break;
        matched = 0;
      }
      if ((c | Ch.CaseBit) === rawEnd.charCodeAt(matched)) matched++;
      else if (matched === 0) {
        if (jumps) {
          const lt = s.indexOf("<", i + 1);
          if (lt < 0) i = n;
          else {
            i = lt;
            matched = 1;
          }
        }
      } else matched = c === Ch.Lt ? 1 : 0;
    }
    if (i >= n) {
      if (start < n) this.text(start, n);
      return n;
    }
    const textEnd = i - end;
    if (start < textEnd) this.text(start, textEnd);
    this.closeTag(this.tagAt(textEnd + 2, i));
    return this.afterClosingTagName(i);
  }

  /**
   * After a closing tag's name, at `i` (whitespace or `>`): everything up to `>` is skipped
   * (Tokenizer's AfterClosingTagName). Returns where text resumes.
   */
  private afterClosingTagName(i: number): number {
    const s = this.html;
    if (s.charCodeAt(i) === Ch.Gt) return i + 1;
    const gt = s.indexOf(">", i + 1);
    if (gt >= 0) return gt + 1;
    // Trailing data from the section start, which the closing tag set to -1: the last character.
    const n = s.length;
    this.text(n - 1, n);
    return n;
  }

  /**
   * What follows `</` at `lt + 2` (Tokenizer's BeforeClosingTagName). Returns where text resumes;
   * for `</>` (whitespace allowed before the `>`), minus where to look for the next `<`, the text
   * going on from the `<` uncut.
   */
  private closingTagAt(lt: number): number {
    const s = this.html;
    const n = s.length;
    let i = lt + 2;
    let c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (i >= n) {
      this.text(lt, n);
      return n;
    }
    if (c === Ch.Gt) return -(i + 1);
    if (!isAsciiLetter(c)) {
      // `</3`, `</!x` …: a comment up to the next `>` (InSpecialComment), text if there is none.
      const gt = s.indexOf(">", i + 1);
      if (gt < 0) {
        this.text(i, n);
        return n;
      }
      this.comment(s.slice(i, gt));
      return gt + 1;
    }
    // InClosingTagName: up to whitespace or `>` (a `/` is part of the name).
    const nameStart = i;
    let hash = c;
    for (i++; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === Ch.Gt || isSpace(c)) break;
      hash = hashStep(hash, c);
    }
    if (i >= n) return n;
    this.closeTag(this.tags.get(s, nameStart, i, hash));
    return this.afterClosingTagName(i);
  }

  /** What is known of the tag named `html[start, end)`. */
  private tagAt(start: number, end: number): TagInfo {
    const s = this.html;
    let hash = 0;
    for (let i = start; i < end; i++) hash = hashStep(hash, s.charCodeAt(i));
    return this.tags.get(s, start, end, hash);
  }
}

/**
 * Parses `html` as htmlparser2 10.1.0 parses HTML into a domhandler tree (DomHandler's default
 * options: no start or end indices), character references decoded, and lists the elements in
 * document order, each given its slots (node-slots.ts) as it is made. Returns null, having stopped
 * there, as soon as an element would be deeper than `maxDepth`.
 */
export function buildTree(html: string): BuiltTree;
export function buildTree(html: string, maxDepth: number): BuiltTree | null;
export function buildTree(html: string, maxDepth = Number.POSITIVE_INFINITY): BuiltTree | null {
  const builder = new TreeBuilder(html);
  builder.maxDepth = maxDepth;
  try {
    builder.build();
  } catch (error) {
    if (error === TOO_DEEP) return null;
    throw error;
  }
  return { root: builder.root, elements: builder.elements, byTag: builder.elementsByTag() };
}
