import type { LanguageDates } from "./types.js";

export const DE: LanguageDates = {
  lang: "de",
  months: [
    ["januar", "jänner", "jaenner", "jan"], ["februar", "feber", "feb"], ["märz", "maerz", "mrz", "mär"], ["april", "apr"], ["mai"], ["juni"],
    ["juli"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["dezember", "dez"],
  ],
  weekdays: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so"],
  fillers: ["um", "am", "vom", "den", "uhr", "veröffentlicht", "aktualisiert", "stand", "zuletzt", "erstellt", "datum"],
  relative: {
    before: [["vor"]],
    units: [
      { word: "minute", unit: "minute" }, { word: "minuten", unit: "minute" }, { word: "min", unit: "minute" },
      { word: "stunde", unit: "hour" }, { word: "stunden", unit: "hour" }, { word: "std", unit: "hour" },
      { word: "tag", unit: "day" }, { word: "tagen", unit: "day" }, { word: "woche", unit: "week" }, { word: "wochen", unit: "week" },
    ],
    one: ["einer", "einem"],
    daysBack: [{ words: "vorgestern", days: 2 }, { words: "gestern", days: 1 }],
    numbers: { zwei: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
    today: ["heute"],
  },
};
