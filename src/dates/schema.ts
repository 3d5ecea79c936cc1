import { z } from "zod";

/**
 * A date read from text.
 * - `date`: ISO 8601. `2023-01-24` for a day; `2023-01-24T15:05:00` for a time with no known zone;
 *   `2023-01-24T15:05:00-05:00` (or `Z`) when the text gives the zone. The offset is the one the text
 *   states: never converted to UTC, never guessed.
 * - `precision`: what the text pins down: a day, a minute, or a second.
 * - `calendar`: the calendar the text was written in. A Hijri date is converted to the Gregorian day
 *   in `date`; `original` keeps the Hijri text.
 * - `original`, `start`, `end`: the matched text and its offsets (`text.slice(start, end) === original`).
 */
export const NewsDateSchema = z.object({
  date: z.string().min(10),
  precision: z.enum(["day", "minute", "second"]),
  calendar: z.enum(["gregorian", "hijri"]),
  original: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export type NewsDate = z.infer<typeof NewsDateSchema>;

/** Options of {@link parseNewsDate} and {@link findDates}. */
export interface DateOptions {
  /**
   * BCP 47 language or locale of the text ("en-US", "en-GB", "ar", "de"). It decides the order of
   * all-numeric dates: month-first for US English (en, en-US and a few others), day-first elsewhere.
   * Without it numeric dates are read day-first (slashes) — never guessed from the numbers.
   */
  lang?: string;
  /**
   * The zone of times the text writes without one: an offset ("+03:00", "-0500", "Z") or an IANA
   * name ("Asia/Riyadh"). Without it such times get no offset.
   */
  timezone?: string;
  /** The moment relative forms ("2 hours ago", "أمس") count from. Without it they are not read. */
  reference?: string | Date;
}
