/**
 * Photo credits: "(مكتبه)", "(رويترز)", "(AFP)", "Photo: Name", "تصوير: …", "AFP via Getty Images".
 * The credit is split off the caption; the caption text keeps the original characters.
 */

/** Most words a bracketed credit may have: "(AP Photo/Evan Vucci)", "(أ ف ب)". */
export const CREDIT_MAX_WORDS = 5;

/** A credit in brackets at the end of the line. The bracket content is bounded, so this is linear. */
const TRAILING_BRACKET = /[\s\u00a0]*[(\[]([^()[\]\n]{1,60})[)\]][\s.\u00a0]*$/u;

/** Label prefixes that introduce a caption or a credit, per language. */
export const CAPTION_LABELS: readonly string[] = [
  "Photo:", "Photograph:", "Image:", "Picture:", "Credit:", "Photo credit:", "Foto:", "Bild:",
  "صورة:", "الصورة:", "تصوير:", "صورة أرشيفية:",
];

/** Credit tails written without brackets: "… | Getty Images", "… Photo: AFP". */
const TRAILING_LABELLED = /(?:\s[|/–—-]\s|\s)((?:Photo|Credit|Foto|تصوير|الصورة)\s?:\s?[^\n:|]{1,60})$/u;
const GETTY = /\s*((?:[\p{L}.]+\s(?:via\s)?)?Getty Images)\s*$/u;

function wordCount(text: string): number {
  return text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
}

export interface CreditSplit {
  text: string;
  credit: string | null;
}

/**
 * Splits a trailing credit off a caption. Returns the text without the credit and the credit
 * (without brackets or labels), or the text unchanged with `credit: null`.
 */
export function splitCredit(caption: string): CreditSplit {
  const trimmed = caption.trim();
  const bracket = TRAILING_BRACKET.exec(trimmed);
  if (bracket && wordCount(bracket[1] ?? "") <= CREDIT_MAX_WORDS) {
    return { text: trimmed.slice(0, bracket.index).trim(), credit: (bracket[1] ?? "").trim() };
  }
  const labelled = TRAILING_LABELLED.exec(trimmed);
  if (labelled) {
    const credit = (labelled[1] ?? "").replace(/^[^:]*:\s?/u, "").trim();
    if (credit) return { text: trimmed.slice(0, labelled.index).trim(), credit };
  }
  const getty = GETTY.exec(trimmed);
  if (getty && getty.index > 0) return { text: trimmed.slice(0, getty.index).replace(/[\s|/–—-]+$/u, "").trim(), credit: (getty[1] ?? "").trim() };
  return { text: trimmed, credit: null };
}

/** The caption label that opens `line` ("Photo:", "تصوير:"), or null. */
export function captionLabel(line: string): string | null {
  const start = line.trimStart().slice(0, 30).toLowerCase();
  for (const label of CAPTION_LABELS) if (start.startsWith(label.toLowerCase())) return label;
  return null;
}
