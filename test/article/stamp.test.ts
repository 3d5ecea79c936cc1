import { describe, expect, it } from "vitest";
import { readStamp } from "../../src/article/stamp.js";

describe("readStamp", () => {
  it.each([
    ["الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "modified", "2013-08-28"],
    ["Tuesday, 24 January 2023", "published", "2023-01-24"],
    ["Published 24 January 2023", "published", "2023-01-24"],
    ["Updated", "modified", null],
    ["Mis à jour", "modified", null],
  ])("%s is a %s stamp", (line, field, day) => {
    const stamp = readStamp(line);
    expect(stamp?.field).toBe(field);
    expect(stamp?.date?.slice(0, 10) ?? null).toBe(day);
  });

  it.each([
    "The minister said on 24 January 2023 that the talks would resume next week in Geneva.",
    "Updated guidance from the ministry reached every school in the region on Monday.",
    "تعزيز الشراكة مع الأطلسي",
  ])("%s is text", (line) => expect(readStamp(line)).toBeNull());
});
