import { scanDates } from "./parse.js";

/**
 * A resolver for the date inside a dateline ("LONDON, Jan 24 (Reuters) -"), for `readDateline`.
 * "Jan 24" takes `referenceYear` when one is known (the article's publication year); without it a
 * date with no year resolves to null: a year is never invented. A date that states its year
 * ("Jan 24, 2023", "24 يناير 2023") resolves on its own.
 */
export function datelineDateResolver(referenceYear?: number): (text: string) => string | null {
  const hint = referenceYear !== undefined && Number.isInteger(referenceYear) ? { year: referenceYear, month: null, day: null } : null;
  return (text: string): string | null => {
    try {
      const found = scanDates(text, {}, hint)[0];
      return found ? found.date : null;
    } catch {
      return null;
    }
  };
}
