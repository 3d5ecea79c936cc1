import type { LanguageDates } from "./types.js";

export const IT: LanguageDates = {
  lang: "it",
  months: [
    ["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"], ["maggio", "mag"], ["giugno", "giu"],
    ["luglio", "lug"], ["agosto", "ago"], ["settembre", "set"], ["ottobre", "ott"], ["novembre", "nov"], ["dicembre", "dic"],
  ],
  weekdays: ["lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica"],
  fillers: ["il", "alle", "ore", "del", "di"],
};
