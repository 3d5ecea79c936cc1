/**
 * Splits plain text into units (candidate paragraphs): one per line, or one per blank-line block when
 * the text is hard-wrapped. Linear in the text.
 */
import { trimEndWhere, trimStartWhere } from "../language/trim.js";
import { collapseSpaces } from "../language/spaces.js";

/** A block whose lines mostly end without sentence punctuation and stay under this length is hard-wrapped. */
const WRAP_WIDTH = 100;
/** Share of lines in multi-line blocks that must look wrapped before lines are joined. */
const WRAPPED_SHARE = 0.6;
/** A scraper's paragraph marker at the start of a line (saidziani dumps: ": text"). */
const LINE_MARKER = /^\s*:\s+/u;
/** Spaces trimmed from both ends of a line (with trimEndWhere: `/[…]+$/` would be quadratic). */
const LINE_SPACE = /[ \t\u00a0\u200b\ufeff]/u;
const SENTENCE_END = /[.!?؟…:"”»)]\s*$/u;

/** Text cleaned for line splitting: newlines unified, trailing spaces and paragraph markers removed. */
function lines(text: string): string[] {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    .split("\n")
    .map((line) => trimStartWhere(trimEndWhere(line.replace(LINE_MARKER, ""), LINE_SPACE), LINE_SPACE));
}

/** Splits `text` into trimmed, non-empty units in reading order. */
export function splitUnits(text: string): string[] {
  const all = lines(text);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of all) {
    if (line === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  let inMulti = 0;
  let wrapped = 0;
  for (const block of blocks) {
    if (block.length < 2) continue;
    for (let i = 0; i < block.length - 1; i++) {
      const line = block[i] ?? "";
      inMulti++;
      if (line.length <= WRAP_WIDTH && !SENTENCE_END.test(line)) wrapped++;
    }
  }
  const joinBlocks = blocks.length > 1 && inMulti > 0 && wrapped / inMulti >= WRAPPED_SHARE;
  const units: string[] = [];
  for (const block of blocks) {
    if (joinBlocks) units.push(collapseSpaces(block.join(" ")).trim());
    else for (const line of block) units.push(collapseSpaces(line).trim());
  }
  return units.filter((u) => u !== "");
}
