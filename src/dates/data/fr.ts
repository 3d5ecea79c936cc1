import type { LanguageDates } from "./types.js";

export const FR: LanguageDates = {
  lang: "fr",
  months: [
    ["janvier", "janv"], ["février", "fevrier", "févr", "fevr"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
    ["juillet", "juil"], ["août", "aout"], ["septembre", "sept"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"],
  ],
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  fillers: ["le", "à", "a", "publié", "publie", "mis", "jour", "modifié", "du", "h"],
  relative: {
    before: [["il", "y", "a"]],
    units: [
      { word: "minute", unit: "minute" }, { word: "minutes", unit: "minute" }, { word: "min", unit: "minute" },
      { word: "heure", unit: "hour" }, { word: "heures", unit: "hour" }, { word: "jour", unit: "day" }, { word: "jours", unit: "day" },
      { word: "semaine", unit: "week" }, { word: "semaines", unit: "week" },
    ],
    one: ["une", "un"],
    daysBack: [{ words: "avant-hier", days: 2 }, { words: "hier", days: 1 }],
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
    today: ["aujourd'hui", "aujourd’hui"],
  },
};

/** "1er janvier". */
export const FR_ORDINALS: readonly string[] = ["er", "ère", "re"];
