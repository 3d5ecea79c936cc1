/**
 * The tables htmlparser2 10.1.0 parses HTML by, copied for the tree builder (tree-builder.ts), which
 * must build the very tree htmlparser2 builds. They are htmlparser2's own (Parser.ts, Tokenizer.ts),
 * not the WHATWG specification's: the `<body>` start closing an open `<link>` or `<script>`, `<td>`
 * closing a `<thead>`, and the raw-text names `xitle` or `tmp` below are what htmlparser2 does, and
 * the tests compare both parsers' trees.
 */
import type { Element } from "domhandler";
import { objectList } from "./object-list.js";

const FORM_TAGS: ReadonlySet<string> = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const P_TAG: ReadonlySet<string> = new Set(["p"]);
const TABLE_SECTION_TAGS: ReadonlySet<string> = new Set(["thead", "tbody"]);
const DD_DT_TAGS: ReadonlySet<string> = new Set(["dd", "dt"]);
const RT_RP_TAGS: ReadonlySet<string> = new Set(["rt", "rp"]);

/**
 * The open elements a start tag closes: while the innermost open element is one of the tag's set,
 * it is closed (Parser's `openImpliesClose`). Only the innermost ones: a `<p>` under an open `<span>`
 * under a `<p>` leaves both open.
 */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["p", P_TAG],
  ["h1", P_TAG],
  ["h2", P_TAG],
  ["h3", P_TAG],
  ["h4", P_TAG],
  ["h5", P_TAG],
  ["h6", P_TAG],
  ["select", FORM_TAGS],
  ["input", FORM_TAGS],
  ["output", FORM_TAGS],
  ["button", FORM_TAGS],
  ["datalist", FORM_TAGS],
  ["textarea", FORM_TAGS],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT_TAGS],
  ["dt", DD_DT_TAGS],
  ["address", P_TAG],
  ["article", P_TAG],
  ["aside", P_TAG],
  ["blockquote", P_TAG],
  ["details", P_TAG],
  ["div", P_TAG],
  ["dl", P_TAG],
  ["fieldset", P_TAG],
  ["figcaption", P_TAG],
  ["figure", P_TAG],
  ["footer", P_TAG],
  ["form", P_TAG],
  ["header", P_TAG],
  ["hr", P_TAG],
  ["main", P_TAG],
  ["nav", P_TAG],
  ["ol", P_TAG],
  ["pre", P_TAG],
  ["section", P_TAG],
  ["table", P_TAG],
  ["ul", P_TAG],
  ["rt", RT_RP_TAGS],
  ["rp", RT_RP_TAGS],
  ["tbody", TABLE_SECTION_TAGS],
  ["tfoot", TABLE_SECTION_TAGS],
]);

/** Elements that never have content: opened and closed by their start tag (Parser's `voidElements`). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

/** Elements inside which `<x/>` closes itself (Parser's `foreignContextElements`). */
export const FOREIGN_CONTEXT_ELEMENTS: ReadonlySet<string> = new Set(["math", "svg"]);

/**
 * Elements inside which `<x/>` is an ordinary start tag again, even within svg or math (Parser's
 * `htmlIntegrationElements`). Their closing tag, like svg's and math's, leaves the innermost
 * context whether or not such an element is open (see dom-tree.ts, `closeTag`).
 */
export const HTML_INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set([
  "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title",
]);

/**
 * Start tag names after which the tokenizer reads raw text up to a closing sequence, and that
 * sequence (without its `>`). The tokenizer recognizes the names by their first two letters, then the
 * rest of the sequence it will wait for: `<t` and `<x` share one branch, so `<xitle>` waits for
 * `</title`, `<tmp>` for `</xmp`, `<xextarea>` for `</textarea` (Tokenizer's `stateBeforeSpecialT`).
 * Letters compare without case (`c | 0x20`).
 */
export const RAW_TEXT_START: ReadonlyMap<string, string> = new Map([
  ["script", "</script"],
  ["style", "</style"],
  ["title", "</title"],
  ["xitle", "</title"],
  ["textarea", "</textarea"],
  ["xextarea", "</textarea"],
  ["xmp", "</xmp"],
  ["tmp", "</xmp"],
]);

/** The closing sequence of `<title>`, read one character at a time (the tokenizer decodes references there). */
export const TITLE_END = "</title";

/**
 * Elements whose text the page's parse keeps as written, references and all (the tokenizer reads
 * them raw; `<title>` it decodes). Both parses (tree-builder.ts, and the htmlparser2 parse the tests
 * compare it with) decide by the text's parent element, so that the text of a `<script/>` (not read raw:
 * the `/>` stops raw reading) stays undecoded too.
 */
export const UNDECODED_TEXT_PARENTS: ReadonlySet<string> = new Set(["script", "style", "textarea", "xmp"]);

/**
 * What the parser needs to know of a tag name, and how many elements of that name are open: one
 * per lower-cased name and parse (dom-tree.ts), so that a closing tag whose element is not open
 * is known to be so without a search of the open elements.
 */
export interface TagInfo {
  /** The name, lower-cased. */
  readonly name: string;
  /** The open elements its start tag closes ({@link OPEN_IMPLIES_CLOSE}). */
  readonly closes: ReadonlySet<string> | undefined;
  readonly isVoid: boolean;
  /** svg or math ({@link FOREIGN_CONTEXT_ELEMENTS}). */
  readonly foreign: boolean;
  /** An HTML integration element ({@link HTML_INTEGRATION_ELEMENTS}). */
  readonly integration: boolean;
  /** The sequence that ends the raw text after its start tag, if the tokenizer reads it raw ({@link RAW_TEXT_START}). */
  readonly rawEnd: string | undefined;
  /** Open elements of this name. */
  openCount: number;
  /** The elements of this name made in this parse, in document order. */
  readonly elements: Element[];
}

/** What the tables say of `name` (lower-cased), none of it open. */
export function tagInfo(name: string): TagInfo {
  return {
    name,
    closes: OPEN_IMPLIES_CLOSE.get(name),
    isVoid: VOID_ELEMENTS.has(name),
    foreign: FOREIGN_CONTEXT_ELEMENTS.has(name),
    integration: HTML_INTEGRATION_ELEMENTS.has(name),
    rawEnd: RAW_TEXT_START.get(name),
    openCount: 0,
    elements: objectList(),
  };
}
