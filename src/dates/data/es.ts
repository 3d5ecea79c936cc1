import type { LanguageDates } from "./types.js";

export const ES: LanguageDates = {
  lang: "es",
  months: [
    ["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo", "may"], ["junio", "jun"],
    ["julio", "jul"], ["agosto", "ago"], ["septiembre", "setiembre", "sep", "sept", "set"], ["octubre", "oct"], ["noviembre", "nov"], ["diciembre", "dic"],
  ],
  weekdays: ["lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"],
  fillers: ["de", "del", "a", "las", "la", "el", "publicado", "actualizado"],
  relative: {
    before: [["hace"]],
    units: [
      { word: "minuto", unit: "minute" }, { word: "minutos", unit: "minute" }, { word: "hora", unit: "hour" }, { word: "horas", unit: "hour" },
      { word: "día", unit: "day" }, { word: "dia", unit: "day" }, { word: "días", unit: "day" }, { word: "dias", unit: "day" },
      { word: "semana", unit: "week" }, { word: "semanas", unit: "week" },
    ],
    one: ["un", "una"],
    daysBack: [{ words: "anteayer", days: 2 }, { words: "ayer", days: 1 }],
    numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
    today: ["hoy"],
  },
};
