import { countWords } from "../language/words.js";
import { captionLabel, splitCredit, CREDIT_MAX_WORDS } from "../article/credit.js";
import { TEXT_WEIGHTS as W } from "./weights.js";

/** Sentence-final punctuation in any of the scripts we read. */
export const SENTENCE_FINAL = /[.!?؟…:;؛,،"”»'’)\]]\s*$/u;
const QUESTION_FINAL = /[?؟]\s*$/u;
const OPENS_WITH_QUOTE = /^["“«„‘'‹]/u;
/** A line that is only an agency sign-off: "--(بترا)", "(أ ف ب)", "(Reuters)". */
const SIGN_OFF = /^[-–—\s]*\(([^()\n]{1,40})\)[\s.]*$/u;

/** Longest caption line examined, in characters (bounds the credit patterns). */
const CAPTION_MAX_CHARS = 600;

/** True when `unit` is an agency sign-off line rather than text. */
export function isSignOff(unit: string): boolean {
  const m = SIGN_OFF.exec(unit);
  return m !== null && countWords(m[1] ?? "") <= CREDIT_MAX_WORDS;
}

/** The caption and its credit when `unit` is a photo caption line, else null. */
export function asCaption(unit: string): { text: string; credit: string | null } | null {
  if (unit.length > CAPTION_MAX_CHARS || countWords(unit) > W.captionMaxWords) return null;
  const label = captionLabel(unit);
  if (label) {
    const body = unit.trimStart().slice(label.length).trim();
    const split = splitCredit(body);
    return split.credit ? split : { text: "", credit: body || null };
  }
  const split = splitCredit(unit);
  if (!split.credit || split.text === "") return null;
  // A sentence that ends and then carries an agency credit is a wire paragraph, not a caption.
  if (/[.!?؟…]$/u.test(split.text)) return null;
  return split;
}

/** True when `unit` has the shape of a subheading (short, no sentence-final punctuation, not a quote). */
export function headingShape(unit: string): boolean {
  if (unit.length > W.headingMaxChars || OPENS_WITH_QUOTE.test(unit)) return false;
  const words = countWords(unit);
  if (words === 0 || words > W.headingMaxWords) return false;
  if (QUESTION_FINAL.test(unit)) return words <= W.questionHeadingMaxWords;
  return !SENTENCE_FINAL.test(unit);
}
