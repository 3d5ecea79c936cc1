import { chromeKind } from "../language/chrome.js";
import { countWords } from "../language/words.js";
import { endsSentence, isDecoration, isSignOff } from "./classify.js";
import { TEXT_WEIGHTS as W } from "./weights.js";
import { isAuthorBio } from "../article/bio.js";

/**
 * Marks the units that are site chrome: chrome lines anywhere (share bars, print notes, separators,
 * bracketed link boxes), a "related"/"comments" marker with the link titles under it (mid-body as
 * at the end), sign-offs at the end, and author bios after the body ("Jane Doe is a correspondent …").
 */
export function markChrome(units: readonly string[], authors: readonly string[]): boolean[] {
  const chrome = units.map(() => false);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? "";
    const kind = chromeKind(unit);
    if (kind === "drop" || isDecoration(unit)) chrome[i] = true;
    else if (kind === "end") {
      chrome[i] = true;
      // Link titles: short lines that do not end a sentence.
      let j = i + 1;
      while (j < units.length && isLinkTitle(units[j] ?? "")) chrome[j++] = true;
      i = j - 1;
    }
  }
  // From the end: sign-offs, bios of the authors, and lone short lines after the last paragraph.
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i] ?? "";
    if (chrome[i]) continue;
    if (isSignOff(unit) || isAuthorBio(unit, authors)) chrome[i] = true;
    else break;
  }
  return chrome;
}

function isLinkTitle(unit: string): boolean {
  return countWords(unit) <= W.linkLineMaxWords && !endsSentence(unit) && chromeKind(unit) !== "end";
}
