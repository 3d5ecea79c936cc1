import { isKnownSource } from "./agency.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const SENTENCE_BREAKS = /[.!?]\s+(?=\p{Lu})/gu;
const LEADING_LABEL = /^\p{L}+\s?:?\s?/u;

/**
 * Photo credits: "(مكتبه)", "(رويترز)", "(AFP)", "Photo: Name", "تصوير: …", "Credit Name/Agency",
 * "… Fethi Belaid/AFP/Getty Images". The credit is split off the caption; the caption text keeps the
 * original characters.
 */

/** Most words a bracketed credit may have: "(أ ف ب)", "(Reuters)". */
export const CREDIT_MAX_WORDS = 5;
/** …and one that reads as a photo credit (a slash, "Photo", "via"): "(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)". */
export const PHOTO_CREDIT_MAX_WORDS = 10;
/** Longest caption examined, in characters: bounds every pattern below. */
export const CREDIT_MAX_INPUT = 1_000;

/** A credit in brackets at the end of the line (content bounded). */
const TRAILING_BRACKET = /[(\[]([^()[\]\n]{1,100})[)\]][\s.]{0,3}$/u;
/** A labelled credit at the end: "… Credit Ashraf Shazly/Agence France-Presse — Getty Images", "… Photo: AFP". */
const TRAILING_LABELLED = /(?:^|[\s|/–—-])((?:Photo|Credit|Foto|Bild|تصوير|الصورة)(?:\s?:\s?|\s)[^\n:|]{2,80})$/u;
/** Words that make a credit read as a photo credit. */
const PHOTO_WORDS = /[\/©]|\b(?:photo|photos|getty|images|pool|via|file|credit|foto|reuters|afp|ap)\b|صورة|تصوير|أرشيف|ارشيف/iu;
/** A time zone in brackets is a time stamp, not a credit: "(GMT+0400)". */
const ZONE = /^(?:GMT|UTC|ت\.غ)|^[+\-]?\d/u;

function wordCount(text: string): number {
  return text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
}

/** True when a credit reads as a photo or agency credit rather than any bracketed remark. */
export function isPhotoCredit(credit: string): boolean {
  return isKnownSource(credit) || PHOTO_WORDS.test(credit);
}

export interface CreditSplit {
  text: string;
  credit: string | null;
}

/** The last sentence of `text` when it is a slash credit: "… the capital. Fethi Belaid/AFP/Getty Images". */
function slashTail(text: string): CreditSplit | null {
  const tail = text.slice(-160);
  let cut = -1;
  for (const m of tail.matchAll(SENTENCE_BREAKS)) cut = (m.index ?? 0) + m[0].length;
  if (cut < 0) return null;
  const credit = tail.slice(cut).trim();
  if (!credit.includes("/") || /[.!?]$/u.test(credit) || wordCount(credit) > PHOTO_CREDIT_MAX_WORDS) return null;
  return { text: text.slice(0, text.length - tail.length + cut).trim(), credit };
}

/**
 * Splits a trailing credit off a caption. Returns the text without the credit and the credit
 * (without brackets or labels), or the text unchanged with `credit: null`.
 */
export function splitCredit(caption: string): CreditSplit {
  const trimmed = caption.trim();
  if (trimmed.length > CREDIT_MAX_INPUT) return { text: trimmed, credit: null };
  // A caption that is only a labelled credit: "Foto: LA NACION", "تصوير: …".
  const label = captionLabel(trimmed);
  if (label) {
    const rest = trimmed.slice(label.length).trim();
    if (rest && wordCount(rest) <= CREDIT_MAX_WORDS && !/[.!?؟]$/u.test(rest)) return { text: "", credit: rest };
  }
  const bracket = TRAILING_BRACKET.exec(trimmed);
  if (bracket) {
    const credit = (bracket[1] ?? "").trim();
    const words = wordCount(credit);
    const fits = words <= CREDIT_MAX_WORDS || (words <= PHOTO_CREDIT_MAX_WORDS && isPhotoCredit(credit));
    if (fits && !ZONE.test(credit)) return { text: trimmed.slice(0, bracket.index).trim(), credit };
  }
  const labelled = TRAILING_LABELLED.exec(trimmed);
  if (labelled && labelled.index > 0) {
    const credit = (labelled[1] ?? "").replace(LEADING_LABEL, "").trim();
    if (credit) return { text: trimmed.slice(0, labelled.index + (labelled[0].length - (labelled[1] ?? "").length)).trim(), credit };
  }
  return slashTail(trimmed) ?? { text: trimmed, credit: null };
}

/** Label prefixes that introduce a caption or a credit, per language. */
export const CAPTION_LABELS: readonly string[] = [
  "Photo:", "Photograph:", "Image:", "Picture:", "Credit:", "Photo credit:", "Foto:", "Bild:",
  "صورة:", "الصورة:", "تصوير:", "صورة أرشيفية:",
];

/** Each caption label with its lower case, made once (every line of a text is asked about). */
const CAPTION_LABEL_KEYS: readonly (readonly [label: string, key: string])[] = CAPTION_LABELS.map((label) => [label, label.toLowerCase()]);

/** The caption label that opens `line` ("Photo:", "تصوير:"), or null. */
export function captionLabel(line: string): string | null {
  return captionLabelOpening(line.trimStart().slice(0, 30).toLowerCase());
}

/** {@link captionLabel} of a line whose start (trimmed, its first 30 characters, lower-cased) the caller has made. */
export function captionLabelOpening(start: string): string | null {
  for (const [label, key] of CAPTION_LABEL_KEYS) if (start.startsWith(key)) return label;
  return null;
}
