import { countWords } from "../language/words.js";
import { captionLabel, isPhotoCredit, splitCredit, CREDIT_MAX_WORDS } from "../article/credit.js";
import { TEXT_WEIGHTS as W } from "./weights.js";
import { trimEndWhere } from "../language/trim.js";

/** Sentence-final punctuation in any of the scripts we read (a question mark is handled apart). */
const SENTENCE_FINAL = /[.!…:;؛,،]$/u;
/** Closing quotes and brackets, looked past when reading a line's last punctuation (trimEndWhere: linear). */
const CLOSER = /["”»'’)\]]/u;
const QUESTION_FINAL = /[?؟]$/u;
const OPENS_WITH_QUOTE = /^["“«„‘'‹]/u;
/** A line that is only an agency sign-off: "--(بترا)", "(أ ف ب)", "(Reuters)". */
const SIGN_OFF = /^[-–—\s]{0,5}\(([^()\n]{1,40})\)[\s.]{0,3}$/u;
/** A line of punctuation only: "___", "* * *", "---". */
const SEPARATOR = /^[\p{P}\p{S}\s]{1,80}$/u;
/** A whole line in square brackets is a link box: "[Read: …]". */
const BRACKETED_LINE = /^\[[^\]\n]{1,200}\]$/u;
/** A name line: capitalised words only ("NATALIYA VASILYEVA", "Jane Doe"). */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** The line's last punctuation mark, looking past closing quotes and brackets. */
function lastMark(line: string): string {
  const bare = trimEndWhere(line.trimEnd(), CLOSER);
  return bare.slice(-1);
}

/** True when the line ends a sentence (., !, :, ، …), looking past closing quotes. */
export function endsSentence(line: string): boolean {
  return SENTENCE_FINAL.test(lastMark(line));
}

/** True when the line ends in a question mark. */
export function endsQuestion(line: string): boolean {
  return QUESTION_FINAL.test(lastMark(line));
}

/** True when `unit` is an agency sign-off line rather than text. */
export function isSignOff(unit: string): boolean {
  const m = SIGN_OFF.exec(unit);
  return m !== null && countWords(m[1] ?? "") <= CREDIT_MAX_WORDS;
}

/** True for separator lines and bracketed link boxes. */
export function isDecoration(unit: string): boolean {
  return SEPARATOR.test(unit) || BRACKETED_LINE.test(unit);
}

/** True for a short line of capitalised words only, as author lines without "By" are written. */
export function isNameLine(unit: string): boolean {
  return countWords(unit) <= W.authorLineMaxWords && NAME_LINE.test(unit);
}

/**
 * The caption and its credit when `unit` is a photo caption line, else null. `last` says whether the
 * unit is the last of the body: a closing "… said. (Reuters)" there is a wire sign-off, not a caption.
 */
export function asCaption(unit: string, last = false): { text: string; credit: string | null } | null {
  const words = countWords(unit);
  if (words > W.photoCaptionMaxWords) return null;
  const label = captionLabel(unit);
  if (label) {
    const body = unit.trimStart().slice(label.length).trim();
    const split = splitCredit(body);
    return split.credit ? split : { text: "", credit: body || null };
  }
  const split = splitCredit(unit);
  if (!split.credit || split.text === "") return null;
  const photo = isPhotoCredit(split.credit);
  if (words > W.captionMaxWords && !photo) return null;
  // A sentence that ends and then carries a credit is a caption only when the credit is a photo or
  // agency credit, and never as the body's last line (where it signs the story off).
  if (/[.!?؟…]$/u.test(split.text) && (!photo || last)) return null;
  return split;
}

/** True when `unit` has the shape of a subheading (short, no sentence-final punctuation, not a quote). */
export function headingShape(unit: string): boolean {
  if (unit.length > W.headingMaxChars || OPENS_WITH_QUOTE.test(unit)) return false;
  const words = countWords(unit);
  return words > 0 && words <= W.headingMaxWords && !endsSentence(unit);
}
