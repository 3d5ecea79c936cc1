import { countWords } from "../language/words.js";
import { parseNewsDate, saysModified } from "../dates/index.js";

/**
 * Date stamps: a short line that is a date plus a label ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00",
 * "Updated 5:04 PM ET, Tue March 3, 2020"), or a bare label ("Updated"). Both readers take them out of
 * the body; a dated stamp tells the published day, or the modified one when it says "updated".
 */

/** Longest line read as a stamp, in characters. */
const STAMP_MAX_CHARS = 200;
/** A stamp is the date plus at most this many other words ("آخر تحديث", "Published on"). */
const STAMP_MAX_OTHER_WORDS = 6;
/** A bare label ("Updated", "Mis à jour") has at most this many words. */
const LABEL_MAX_WORDS = 3;

export interface Stamp {
  /** The ISO date, or null for a bare label. */
  date: string | null;
  field: "published" | "modified";
}

/** The stamp `line` is, or null when it is text. */
export function readStamp(line: string, language?: string | null): Stamp | null {
  if (line.length > STAMP_MAX_CHARS) return null;
  const found = parseNewsDate(line, language ? { lang: language } : {});
  if (!found) {
    return countWords(line) <= LABEL_MAX_WORDS && saysModified(line) ? { date: null, field: "modified" } : null;
  }
  const rest = line.slice(0, found.start) + " " + line.slice(found.end);
  if (countWords(rest) > STAMP_MAX_OTHER_WORDS) return null;
  return { date: found.date, field: saysModified(rest) ? "modified" : "published" };
}
