import type { Block } from "../model/block.js";
import { warning } from "../model/warning.js";
import { countWords } from "../language/words.js";
import { readDateline } from "../article/dateline.js";
import { datelineDateResolver } from "../dates/index.js";
import { readStamp } from "../article/stamp.js";
import { looksLikeByline, readByline } from "../article/byline.js";
import { emptyDraft, type ArticleDraft } from "../article/assemble.js";
import { splitUnits } from "./units.js";
import { asCaption, endsQuestion, endsSentence, headingShape, isNameLine } from "./classify.js";
import { markChrome } from "./chrome.js";
import { TEXT_WEIGHTS as W } from "./weights.js";

/** Options of the plain-text reader. */
export interface TextReaderOptions {
  /** The language when known (decides day-first or month-first numeric dates). */
  language?: string;
}

type Kind = "paragraph" | "heading" | "caption" | "chrome" | "byline" | "headline" | "date";

/**
 * Reads a plain-text article (as scrapers save them) into a draft: headline when the text opens
 * with one, the author line, a date stamp, the dateline, paragraphs, subheadings and captions with
 * credits; site chrome dropped with a warning.
 */
export function readText(text: string, options: TextReaderOptions = {}): ArticleDraft {
  const draft = emptyDraft("text");
  const units = splitUnits(text);
  const kinds: Kind[] = units.map(() => "paragraph");

  readTop(units, kinds, draft, options);
  const authors = draft.byline?.authors.map((a) => a.name) ?? [];
  markChrome(units, authors).forEach((isChrome, i) => {
    if (isChrome && kinds[i] === "paragraph") kinds[i] = "chrome";
  });

  const body = positionsOf(kinds, "paragraph");
  const lastBody = body[body.length - 1] ?? -1;
  for (const i of body) {
    const unit = units[i] ?? "";
    if (asCaption(unit, i === lastBody)) kinds[i] = "caption";
  }
  // Subheadings: short lines between paragraphs; a short line after the last paragraph is a signature.
  const content = positionsOf(kinds, "paragraph");
  for (let n = 0; n < content.length; n++) {
    const i = content[n] ?? 0;
    const unit = units[i] ?? "";
    if (n === 0 || !headingShape(unit)) continue;
    const next = content[n + 1];
    if (next === undefined) {
      if (!endsQuestion(unit)) kinds[i] = "chrome";
      continue;
    }
    if (kinds[content[n - 1] ?? 0] !== "heading" && countWords(units[next] ?? "") >= W.headingFollowerMinWords) kinds[i] = "heading";
  }
  draft.blocks = buildBlocks(units, kinds, draft);
  const dropped = units.filter((_, i) => kinds[i] === "chrome");
  if (dropped.length) {
    draft.warnings.push(warning("chrome-dropped", `dropped ${dropped.length} line(s) of site chrome`, dropped.join(" | ").slice(0, 500)));
  }
  return draft;
}

/** The positions of the units of kind `kind`, in order (a loop: `flatMap` made an array per unit). */
function positionsOf(kinds: readonly Kind[], kind: Kind): number[] {
  const out: number[] = [];
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === kind) out.push(i);
  return out;
}

/** Headline, author line and date stamp at the top of the text. */
function readTop(units: readonly string[], kinds: Kind[], draft: ArticleDraft, options: TextReaderOptions): void {
  const hasBody = units.some((u) => countWords(u) >= W.bodyParagraphMinWords && endsSentence(u));
  const opener = units[0] ?? "";
  let i = 0;
  if (hasBody && units.length > 1 && !endsSentence(opener) && countWords(opener) <= W.headlineMaxWords &&
      !readDateline(opener) && !asCaption(opener) && !looksLikeByline(opener)) {
    draft.headline = opener;
    draft.provenance.headline = "text:first-line";
    kinds[0] = "headline";
    i = 1;
  }
  for (let j = i; j < Math.min(units.length, i + 2); j++) {
    const unit = units[j] ?? "";
    const byName = draft.headline !== null && j === i && isNameLine(unit) && !readDateline(unit);
    if (looksLikeByline(unit) || byName) {
      const read = readByline(unit);
      if (read.byline) {
        draft.byline = read.byline;
        draft.provenance.byline = byName ? "text:name-line" : "text:byline-line";
        kinds[j] = "byline";
        break;
      }
    }
  }
  for (let j = 0; j < Math.min(units.length, W.dateStampMaxUnit); j++) {
    if (kinds[j] !== "paragraph") continue;
    const stamp = readStamp(units[j] ?? "", options.language);
    if (!stamp?.date) continue;
    kinds[j] = "date";
    draft[stamp.field] = stamp.date;
    draft.provenance[stamp.field] = "text:date-line";
    break;
  }
}

function buildBlocks(units: readonly string[], kinds: readonly Kind[], draft: ArticleDraft): Block[] {
  const blocks: Block[] = [];
  let datelineTried = false;
  const lastBody = kinds.lastIndexOf("paragraph");
  units.forEach((unit, i) => {
    const kind = kinds[i];
    if (kind === "heading") return void blocks.push({ type: "heading", text: unit, level: 2 });
    if (kind === "caption") {
      const c = asCaption(unit, i === lastBody);
      if (c) blocks.push({ type: "caption", text: c.text, credit: c.credit, imageUrl: null });
      return;
    }
    if (kind !== "paragraph") return;
    let paragraph = unit;
    if (!datelineTried) {
      datelineTried = true;
      const stamp = draft.published ?? draft.modified;
      const year = stamp ? Number(stamp.slice(0, 4)) : undefined;
      const found = readDateline(unit, datelineDateResolver(year));
      if (found) {
        draft.dateline = found.dateline;
        draft.provenance.dateline = "text:first-paragraph";
        paragraph = found.rest;
      }
    }
    blocks.push({ type: "paragraph", text: paragraph });
  });
  return blocks;
}
