/**
 * Captions and photo credits in the body: caption and credit elements, credit-only lines
 * ("© REUTERS / Name"), caption lines by their label ("Photo:", "Titelbild:") or a labelled credit
 * at their end, and closing agency credits ("--(بترا)"). Every regex is bounded, so linear.
 */
import { captionLabelOpening } from "../../article/credit.js";
import { CAPTION_CLASS_WORDS } from "./data/selectors.js";
import { escapeRegExp } from "../../language/escape-regexp.js";
import { CREDIT_LABEL_WORDS, HTML_CAPTION_LABELS } from "./data/labels.js";
import { classWords, hasWord, isElement, type AnyNode, type Element } from "./dom.js";

const LABELS = CREDIT_LABEL_WORDS.map(escapeRegExp).join("|");

/** Caption elements longer than this (in words) are containers that merely carry a caption class. */
export const MAX_CAPTION_WORDS = 80;

/** Class/id words of the credit part of a caption. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(["credit", "credits", "copyright", "photocredit", "author", "source"]);

/** A <figcaption> or an element with a caption class. */
export function isCaptionElement(node: Element): boolean {
  return node.name === "figcaption" || hasWord(classWords(node), CAPTION_CLASS_WORDS);
}

/** An element with a credit class ("credit", "copyright", "source"). */
export function isCreditElement(node: AnyNode): boolean {
  return isElement(node) && hasWord(classWords(node), CREDIT_WORDS);
}

/** A line that is only a credit: "© REUTERS / Name", "Credit: Name", "Crédit photo : Name". */
const CREDIT_LINE = new RegExp(`^(?:©|\\(c\\)|(?:${LABELS})\\s?:)\\s*(.{1,120})$`, "iu");

/** The credit of a credit-only line, or null. */
export function creditOnly(text: string): string | null {
  const m = CREDIT_LINE.exec(text);
  return m ? (m[1] ?? "").trim() : null;
}

/** A closing agency credit alone on its line: "--(بترا)", "(أ ف ب)", "(AFP)". */
export const AGENCY_CREDIT = /^[-–—\s]{0,4}\([^()]{1,30}\)[\s.]{0,3}$/u;

const CREDIT_LABEL = new RegExp(`^(?:©|\\(c\\)|(?:${LABELS})\\s?:)\\s*`, "iu");

/** A credit without its brackets and label: "(Bild: Hersteller)" → "Hersteller", "© AFP" → "AFP". */
export function cleanCredit(text: string): string {
  let t = text.trim();
  const bracket = /^[(\[](.{1,200})[)\]]$/u.exec(t);
  if (bracket) t = (bracket[1] ?? "").trim();
  const label = CREDIT_LABEL.exec(t);
  return label ? t.slice(label[0].length).trim() || t : t;
}

/** A labelled photo credit in brackets closing a line: "… (Foto: Getty)", "… [Photo: AP]". */
const LABELLED_CREDIT_END = new RegExp(`[(\\[](?:${LABELS})\\s?:[^()[\\]]{1,60}[)\\]]\\s*$`, "iu");

/** The caption labels lower-cased once, not at every line tested. */
const CAPTION_LABELS_LOWER: readonly string[] = HTML_CAPTION_LABELS.map((label) => label.toLowerCase());

/** Whether a paragraph opens with a caption or credit label ("Photo:", "Titelbild:", "تصوير:") or ends with a labelled credit. */
export function isCaptionLine(text: string): boolean {
  // The line's start is lower-cased once for both label lists (block texts are trimmed already).
  const trimmed = text.trimStart();
  const start = trimmed.slice(0, 30).toLowerCase();
  if (captionLabelOpening(start) || LABELLED_CREDIT_END.test(text)) return true;
  const untrimmedStart = trimmed === text ? start : text.slice(0, 30).toLowerCase();
  for (const label of CAPTION_LABELS_LOWER) if (untrimmedStart.startsWith(label)) return true;
  return false;
}
