import type { LanguageDates } from "./types.js";

export const EN: LanguageDates = {
  lang: "en",
  months: [
    ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
    ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
  ],
  weekdays: [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ],
  am: ["am"],
  pm: ["pm"],
  fillers: ["of", "the", "at", "on", "published", "updated", "posted", "last", "modified", "date"],
  relative: {
    after: [["ago"]],
    units: [
      { word: "minute", unit: "minute" }, { word: "minutes", unit: "minute" }, { word: "min", unit: "minute" }, { word: "mins", unit: "minute" },
      { word: "hour", unit: "hour" }, { word: "hours", unit: "hour" }, { word: "hr", unit: "hour" }, { word: "hrs", unit: "hour" },
      { word: "day", unit: "day" }, { word: "days", unit: "day" }, { word: "week", unit: "week" }, { word: "weeks", unit: "week" },
    ],
    one: ["a", "an", "one"],
    daysBack: [{ words: "yesterday", days: 1 }],
    numbers: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 },
    today: ["today"],
  },
};

/** Ordinal suffixes after a day number: "24th", "1st". */
export const EN_ORDINALS: readonly string[] = ["st", "nd", "rd", "th"];
