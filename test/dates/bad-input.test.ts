import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NewsDateSchema } from "../../src/dates/schema.js";
import { findDates, parseNewsDate } from "../../src/dates/parse.js";
import { check, type DateCase } from "./cases.js";

const NONSENSE: DateCase[] = [
  { text: "", date: null },
  { text: "   ", date: null },
  { text: "hello world", date: null },
  { text: "لا يوجد تاريخ هنا", date: null },
  { text: "version 1.2.3.4", date: null },
  { text: "192.168.1.1", date: null },
  { text: "call 555-12-2023", date: null },
  { text: "Price: 12.50 EUR, 3 items", date: null },
  { text: "March", date: null },
  { text: "May I come in? 2023", date: null },
  { text: "31 فبراير 2023", date: null },
  { text: "31 June 2023", date: null },
  { text: "29 February 2023", date: null },
  { text: "0 January 2023", date: null },
  { text: "24 January 0999", date: null },
  { text: "24 يناير 3023", date: null },
  { text: "25:61 24 January 2023", date: "2023-01-24" },
  // Mixed scripts: an Arabic month with Latin digits and an English month with Arabic digits both read.
  { text: "24 يناير 2023", date: "2023-01-24" },
  { text: "٢٤ January ٢٠٢٣", date: "2023-01-24" },
  { text: "ينايرJanuary٢٤", date: null },
  // Two-digit years only where the form is numeric and day-first (or with an apostrophe).
  { text: "January 24, 23", date: null },
  { text: "24 January 23", date: null },
];

describe("parseNewsDate: bad input", () => {
  it.each(NONSENSE.map((r) => [r.text, r] as const))("%s", (_, row) => check(row));

  it("never throws on values that are not strings", () => {
    for (const v of [null, undefined, 42, {}, [], Symbol("x")]) {
      expect(parseNewsDate(v as unknown as string)).toBeNull();
      expect(findDates(v as unknown as string)).toEqual([]);
    }
    expect(parseNewsDate("2023-01-24", { reference: "not a date" })).not.toBeNull();
    expect(parseNewsDate("منذ ساعتين", { reference: new Date(Number.NaN) })).toBeNull();
    expect(parseNewsDate("2023-01-24T10:00", { timezone: "Not/AZone" })?.date).toBe("2023-01-24T10:00:00");
  });

  it("reads a megabyte of digits in linear time and finds nothing", () => {
    for (const text of ["1".repeat(1_000_000), "٣".repeat(1_000_000), "۳".repeat(1_000_000), "1 ".repeat(500_000), "1/2/".repeat(250_000), "12:".repeat(300_000)]) {
      expect(parseNewsDate(text)).toBeNull();
    }
  });

  it("stays fast on a megabyte of month names and dates", () => {
    expect(findDates("يناير كانون ".repeat(80_000)).length).toBe(0);
    expect(findDates("24 January 2023, ".repeat(50_000)).length).toBe(50_000);
  });
});

describe("findDates", () => {
  it("finds every date in order with offsets into the text", () => {
    const text = "نشر في ١١ شوال ١٤٤١هـ - ٠٣ يونيو ٢٠٢٠م، وحُدّث Updated June 4, 2020 3:05 PM EDT.";
    const all = findDates(text);
    expect(all.map((d) => d.date)).toEqual(["2020-06-03", "2020-06-03", "2020-06-04T15:05:00-04:00"]);
    expect(all.map((d) => d.calendar)).toEqual(["hijri", "gregorian", "gregorian"]);
    for (const d of all) expect(text.slice(d.start, d.end)).toBe(d.original);
  });

  it("keeps offsets right across bidi marks and harakat", () => {
    const text = "\u200fالثُّلاثاء\u200f ٢٤ يَنايِر ٢٠٢٣";
    const d = parseNewsDate(text);
    expect(d?.date).toBe("2023-01-24");
    expect(text.slice(d!.start, d!.end)).toBe(d!.original);
  });
});

describe("properties", () => {
  /** Pieces dates are made of, so random texts come near the grammar often. */
  const piece = fc.constantFrom(
    "24", "٢٤", "۲۴", "2023", "١٤٤١", " ", "/", ".", "-", ":", ",", "،", "يناير", "كانون الثاني", "آب", "شوال", "هـ", "م", "ص",
    "January", "Jan.", "März", "de", "15:05", "PM", "EST", "ET", "GMT", "+0400", "Z", "T", "منذ", "ساعتين", "ago", "\u200f", "ـ", "ً",
  );
  const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(piece, { maxLength: 14 }).map((a) => a.join("")));

  it("never throws; every date is valid, with offsets pointing at its original", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const d of findDates(t, { reference: "2023-01-24T15:05:00+03:00" })) {
          expect(NewsDateSchema.safeParse(d).success).toBe(true);
          expect(t.slice(d.start, d.end)).toBe(d.original);
          expect(Number.isNaN(Date.parse(d.date.slice(0, 10)))).toBe(false);
          expect(new Date(`${d.date.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.date.slice(0, 10));
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
