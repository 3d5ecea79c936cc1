import type { LanguageDates } from "./types.js";

export const NL: LanguageDates = {
  lang: "nl",
  months: [
    ["januari", "jan"], ["februari", "feb"], ["maart", "mrt"], ["april", "apr"], ["mei"], ["juni"],
    ["juli"], ["augustus", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
  ],
  weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  fillers: ["om", "op", "uur"],
};
