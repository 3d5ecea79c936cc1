import type { LanguageDates } from "./types.js";

export const PT: LanguageDates = {
  lang: "pt",
  months: [
    ["janeiro", "jan"], ["fevereiro", "fev"], ["março", "marco", "mar"], ["abril", "abr"], ["maio", "mai"], ["junho", "jun"],
    ["julho", "jul"], ["agosto", "ago"], ["setembro", "set"], ["outubro", "out"], ["novembro", "nov"], ["dezembro", "dez"],
  ],
  /** "terça-feira": the reader also skips "-feira" after these. */
  weekdays: ["segunda", "terça", "terca", "quarta", "quinta", "sexta", "sábado", "sabado", "domingo"],
  fillers: ["de", "do", "às", "as", "a", "em", "publicado", "atualizado"],
  relative: {
    before: [["há"], ["ha"]],
    units: [
      { word: "minuto", unit: "minute" }, { word: "minutos", unit: "minute" }, { word: "hora", unit: "hour" }, { word: "horas", unit: "hour" },
      { word: "dia", unit: "day" }, { word: "dias", unit: "day" }, { word: "semana", unit: "week" }, { word: "semanas", unit: "week" },
    ],
    one: ["um", "uma"],
    daysBack: [{ words: "anteontem", days: 2 }, { words: "ontem", days: 1 }],
    numbers: { dois: 2, duas: 2, "três": 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
    today: ["hoje"],
  },
};
