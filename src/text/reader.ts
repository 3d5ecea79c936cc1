import type { Block } from "../model/block.js";
import { warning } from "../model/warning.js";
import { chromeKind } from "../language/chrome.js";
import { countWords } from "../language/words.js";
import { readDateline, type DateResolver } from "../article/dateline.js";
import { looksLikeByline, readByline } from "../article/byline.js";
import { emptyDraft, type ArticleDraft } from "../article/assemble.js";
import { splitUnits } from "./units.js";
import { asCaption, headingShape, isSignOff, SENTENCE_FINAL } from "./classify.js";
import { TEXT_WEIGHTS as W } from "./weights.js";

/** Options of the plain-text reader. */
export interface TextReaderOptions {
  resolveDate?: DateResolver;
}

type Kind = "paragraph" | "heading" | "caption" | "chrome" | "byline" | "headline";

/**
 * Reads a plain-text article (as scrapers save them) into a draft: headline when the text opens
 * with one, byline line, dateline, paragraphs, subheadings, captions with credits; site chrome at
 * the start or end dropped with a warning.
 */
export function readText(text: string, options: TextReaderOptions = {}): ArticleDraft {
  const draft = emptyDraft("text");
  const units = splitUnits(text);
  const kinds: Kind[] = units.map(() => "paragraph");
  const dropped: string[] = [];

  // Leading chrome.
  let first = 0;
  while (first < units.length && chromeKind(units[first] ?? "")) {
    kinds[first] = "chrome";
    first++;
  }
  // Trailing chrome: sign-offs and chrome lines at the end; an "end" marker takes the short lines after it.
  let last = units.length - 1;
  for (let i = units.length - 1; i >= first; i--) {
    const unit = units[i] ?? "";
    const kind = chromeKind(unit);
    if (kind === "end") {
      const tailIsLinks = units.slice(i + 1, last + 1).every((u) => countWords(u) <= W.trailingLinkMaxWords);
      if (!tailIsLinks) break;
      for (let j = i; j <= last; j++) kinds[j] = "chrome";
      last = i - 1;
    } else if ((kind === "drop" || isSignOff(unit)) && i === last) {
      kinds[i] = "chrome";
      last = i - 1;
    } else if (i < last - W.trailingLinkMaxWords) break;
  }

  // Headline: a short first line without sentence punctuation, followed by body text.
  if (first <= last) {
    const opener = units[first] ?? "";
    const next = units[first + 1] ?? "";
    if (!SENTENCE_FINAL.test(opener) && countWords(opener) <= W.headlineMaxWords && first < last &&
        !readDateline(opener) && !asCaption(opener) && !looksLikeByline(opener) && countWords(next) > countWords(opener)) {
      draft.headline = opener;
      draft.provenance.headline = "text:first-line";
      kinds[first] = "headline";
      first++;
    }
  }
  // Byline line near the top.
  for (let i = first; i <= Math.min(last, first + 1); i++) {
    const unit = units[i] ?? "";
    if (looksLikeByline(unit)) {
      const read = readByline(unit);
      if (read.byline) {
        draft.byline = read.byline;
        draft.provenance.byline = "text:byline-line";
        kinds[i] = "byline";
        break;
      }
    }
  }

  for (let i = first; i <= last; i++) {
    if (kinds[i] !== "paragraph") continue;
    const unit = units[i] ?? "";
    if (asCaption(unit)) kinds[i] = "caption";
    else if (i > first && i < last && headingShape(unit) && kinds[i - 1] !== "heading" &&
             countWords(units[i + 1] ?? "") >= W.headingFollowerMinWords) kinds[i] = "heading";
  }

  const blocks: Block[] = [];
  let datelineTried = false;
  units.forEach((unit, i) => {
    const kind = kinds[i];
    if (kind === "chrome") return void dropped.push(unit);
    if (kind === "byline" || kind === "headline") return;
    if (kind === "heading") return void blocks.push({ type: "heading", text: unit, level: 2 });
    if (kind === "caption") {
      const c = asCaption(unit);
      if (c) blocks.push({ type: "caption", text: c.text, credit: c.credit, imageUrl: null });
      return;
    }
    let paragraph = unit;
    if (!datelineTried) {
      datelineTried = true;
      const found = readDateline(unit, options.resolveDate);
      if (found) {
        draft.dateline = found.dateline;
        draft.provenance.dateline = "text:first-paragraph";
        paragraph = found.rest;
      }
    }
    blocks.push({ type: "paragraph", text: paragraph });
  });
  draft.blocks = blocks;
  if (dropped.length) {
    draft.warnings.push(warning("chrome-dropped", `dropped ${dropped.length} line(s) of site chrome`, dropped.join(" | ").slice(0, 500)));
  }
  return draft;
}
