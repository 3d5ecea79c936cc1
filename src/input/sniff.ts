/** How much of the start of the input is examined to tell HTML from text. */
const SNIFF_CHARS = 4096;

/** Markup that only HTML starts with. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml|<!--|<meta[\s>]|<title[\s>]|<(?:div|p|article|section|main|span|table|h[1-6])[\s>])/i;

/** A start tag at the very beginning of the input: `<nav class=…>`, `<x-widget>` (an HTML fragment). */
const START_TAG = /^\s*<([a-z][a-z0-9]{0,15}(?:-[a-z0-9]{1,20}){0,4})[\s/>]/i;

/** Elements whose start tag opening the input means HTML (custom elements, with a hyphen, count too). */
const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  "a", "abbr", "address", "aside", "audio", "b", "base", "blockquote", "br", "button", "canvas", "center", "code", "dd",
  "details", "dialog", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frameset",
  "header", "hgroup", "hr", "i", "iframe", "img", "input", "label", "li", "link", "map", "mark", "math", "nav", "noscript",
  "object", "ol", "picture", "pre", "q", "s", "script", "select", "small", "source", "strong", "style", "sub", "summary",
  "sup", "svg", "tbody", "td", "template", "textarea", "th", "thead", "time", "tr", "u", "ul", "video",
]);

/** Elements that never occur in plain text: one of them anywhere in the sample means HTML. */
const DECISIVE_TAG = /<(?:script|style|iframe|object|embed|svg|template|noscript)[\s/>]/i;

/** Closing tags of common elements; several of them early in the input mean HTML even after a preamble. */
const CLOSING_TAG = /<\/(?:p|div|a|span|li|ul|h[1-6]|article|section|td|tr|table|body|html|head|title|script|style)>/gi;

/** Closing tags needed in the sample to call input with a non-markup start HTML. */
const MIN_CLOSING_TAGS = 3;

/** True when `text` is HTML (or XHTML) rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS).replace(/^\ufeff/, "");
  if (HTML_START.test(sample) || DECISIVE_TAG.test(sample)) return true;
  const start = START_TAG.exec(sample)?.[1]?.toLowerCase();
  if (start && (HTML_ELEMENTS.has(start) || start.includes("-"))) return true;
  let closing = 0;
  CLOSING_TAG.lastIndex = 0;
  while (CLOSING_TAG.exec(sample) !== null) if (++closing >= MIN_CLOSING_TAGS) return true;
  return false;
}

/** Share of the sample made of control characters or U+FFFD above which input is called binary. */
const BINARY_SHARE = 0.1;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** True when the text looks like decoded binary data (many control or replacement characters). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  if (sample.length === 0) return false;
  const n = sample.match(CONTROL)?.length ?? 0;
  return n / sample.length > BINARY_SHARE;
}

/** Removes control characters (keeping tab, newline, carriage return, form feed) and U+FFFD. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, "");
}
