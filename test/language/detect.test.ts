import { describe, expect, it } from "vitest";
import { detectLanguage, directionOf, directionOfText } from "../../src/language/detect.js";
import { countWords } from "../../src/language/words.js";

describe("detectLanguage", () => {
  it.each([
    ["ar", "دعا العراق الثلاثاء حلف الناتو الى دعم قواته لحفظ أمن الحدود من الإرهابيين وعصابات التهريب"],
    ["fa", "وزیر امور خارجه ایران گفت که این کشور آماده گفتگو با همسایگان است و این پیام را به همه رساند"],
    ["en", "The minister said that the government was ready to talk with its neighbours and that it has a plan."],
    ["de", "Der Minister sagte, dass die Regierung mit den Nachbarn sprechen wird und das ist auch nicht neu."],
    ["fr", "Le ministre a dit que le gouvernement est prêt pour le dialogue avec les voisins et qu'il a un plan."],
    ["es", "El ministro dijo que el gobierno está listo para el diálogo con los vecinos y que tiene un plan para la región."],
    ["he", "השר אמר כי הממשלה מוכנה לשיחות עם השכנים ויש לה תוכנית ברורה לעתיד האזור כולו"],
    ["ru", "Министр сказал, что правительство готово к переговорам с соседями и у него есть план"],
    ["zh", "外交部长表示政府已准备好与邻国进行对话并且已经制定了详细的计划"],
    ["ja", "外務大臣は政府が近隣諸国との対話の準備ができていると述べました。これは大切なことです。"],
  ])("%s", (lang, text) => expect(detectLanguage(text)).toBe(lang));

  it("gives null for too little text", () => {
    expect(detectLanguage("ok")).toBeNull();
    expect(detectLanguage("12345 !!!")).toBeNull();
  });
});

describe("direction", () => {
  it.each([
    ["ar", "rtl"], ["ar-EG", "rtl"], ["fa", "rtl"], ["he", "rtl"], ["ur", "rtl"], ["en", "ltr"], ["de-AT", "ltr"],
  ])("%s is %s", (lang, dir) => expect(directionOf(lang)).toBe(dir));
  it("reads direction from letters", () => {
    expect(directionOfText("مرحبا بالعالم hello")).toBe("rtl");
    expect(directionOfText("hello world مرحبا")).toBe("ltr");
    expect(directionOfText("")).toBe("ltr");
  });
});

describe("countWords", () => {
  it.each([
    ["one two three", 3],
    ["دعا العراق الثلاثاء حلف الناتو", 5],
    ["٢٠٢٣ عام", 2],
    ["外交部长", 4],
    ["", 0],
    ["— , . !", 0],
  ])("%s has %i words", (text, n) => expect(countWords(text)).toBe(n));
});
