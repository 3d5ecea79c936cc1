import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNewsDate } from "../../src/dates/parse.js";
import { isoValue, readDateValue } from "../../src/dates/page/read-value.js";

/** Two digits from 00 to `max`. */
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

/** ISO-like values, in range and out of it. */
const isoLike = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1990, max: 2030 })).map((n) => String(n).padStart(4, "0")),
    two(14),
    two(33),
    fc.option(fc.tuple(two(26), two(62), fc.option(fc.tuple(two(62), fc.option(fc.integer({ min: 1, max: 12 }).map((n) => "1".repeat(n))))))),
    fc.option(fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-", "−"), two(16), fc.constantFrom(":", "", "::"), fc.oneof(two(62), fc.constant(""))).map((a) => a.join("")))),
    fc.constantFrom("T", " ", "t"),
    fc.boolean(),
  )
  .map(([y, mo, d, time, zone, sep, zoneAlone]) => {
    let s = `${y}-${mo}-${d}`;
    if (time) {
      const [h, mi, sec] = time;
      s += `${sep}${h}:${mi}`;
      if (sec) s += `:${sec[0]}${sec[1] ? `.${sec[1]}` : ""}`;
    }
    return zone && (time || zoneAlone) ? s + zone : s;
  });

describe("isoValue", () => {
  it.each([
    ["2023-01-24", "2023-01-24"],
    ["2023-01-24T15:05", "2023-01-24T15:05:00"],
    ["2023-01-24T15:05:09.123Z", "2023-01-24T15:05:09Z"],
    ["2023-01-24T15:05:00+04:00", "2023-01-24T15:05:00+04:00"],
    ["2023-01-24T15:05:00-0500", "2023-01-24T15:05:00-05:00"],
    ["2023-01-24T15:05:00.270+01", "2023-01-24T15:05:00+01:00"],
    ["2023-01-24T15:05:00-00:00", "2023-01-24T15:05:00+00:00"],
    ["2023-02-30", null],
    ["2023-01-24T24:00", null],
    ["2023-01-24 15:05", null],
  ])("%j → %j", (value, iso) => {
    expect(isoValue(value)).toBe(iso);
    if (iso !== null) expect(parseNewsDate(value)?.date).toBe(iso);
  });

  it("reads a value as parseNewsDate does, whenever it reads it", () => {
    fc.assert(
      fc.property(isoLike, (value) => {
        const fast = isoValue(value);
        if (fast !== null) expect(fast).toBe(parseNewsDate(value)?.date ?? null);
        expect(readDateValue(value)).toBe(parseNewsDate(value)?.date ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});
