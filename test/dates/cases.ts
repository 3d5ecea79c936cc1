import { expect } from "vitest";
import { NewsDateSchema, type DateOptions } from "../../src/dates/schema.js";
import { parseNewsDate } from "../../src/dates/parse.js";

/**
 * One row of a date table: the text, the expected ISO date (null: no date), and optionally the
 * precision, the calendar, the options and the exact original the parser must report.
 */
export interface DateCase {
  text: string;
  date: string | null;
  precision?: "day" | "minute" | "second";
  calendar?: "gregorian" | "hijri";
  options?: DateOptions;
  original?: string;
}

/** Runs one row: the answer, and that it is a valid NewsDate whose offsets point at its original. */
export function check(c: DateCase): void {
  const got = parseNewsDate(c.text, c.options);
  if (c.date === null) {
    expect(got).toBeNull();
    return;
  }
  expect(got, c.text).not.toBeNull();
  expect(NewsDateSchema.parse(got)).toEqual(got);
  expect(got!.date).toBe(c.date);
  expect(got!.precision).toBe(c.precision ?? (c.date.length === 10 ? "day" : "minute"));
  expect(got!.calendar).toBe(c.calendar ?? "gregorian");
  expect(c.text.slice(got!.start, got!.end)).toBe(got!.original);
  if (c.original !== undefined) expect(got!.original).toBe(c.original);
}
