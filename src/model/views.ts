import type { Block } from "./block.js";
import type { Caption, Section, Stats } from "./parts.js";
import { countWords } from "../language/words.js";

/** The parts of an Article that are computed from its blocks. */
export interface BlockViews {
  paragraphs: string[];
  captions: Caption[];
  sections: Section[];
  text: string;
  stats: Stats;
}

/** Text of a block as it appears in `Article.text`; captions are not part of the reading text. */
function readingText(block: Block): string | null {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "blockquote":
      return block.text;
    case "list":
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join("\n");
    case "caption":
      return null;
  }
}

/**
 * Derives `paragraphs`, `captions`, `sections`, `text` and `stats` from the blocks, one pass.
 * A section opens at each heading; the paragraphs before the first heading form the lead (heading null),
 * which is omitted when it holds no paragraph.
 */
export function deriveViews(blocks: readonly Block[]): BlockViews {
  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  const sections: Section[] = [];
  const texts: string[] = [];
  let current: Section = { heading: null, level: null, paragraphs: [] };
  for (const block of blocks) {
    if (block.type === "paragraph") {
      paragraphs.push(block.text);
      current.paragraphs.push(block.text);
    } else if (block.type === "caption") {
      captions.push({ text: block.text, credit: block.credit, imageUrl: block.imageUrl });
    } else if (block.type === "heading") {
      if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
      current = { heading: block.text, level: block.level, paragraphs: [] };
    }
    const text = readingText(block);
    if (text !== null) texts.push(text);
  }
  if (current.heading !== null || current.paragraphs.length > 0) sections.push(current);
  const text = texts.join("\n\n");
  return {
    paragraphs,
    captions,
    sections,
    text,
    stats: { words: countWords(text), paragraphs: paragraphs.length, characters: text.length },
  };
}
