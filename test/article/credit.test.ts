import { describe, expect, it } from "vitest";
import { splitCredit } from "../../src/article/credit.js";
import { loadHtml, resolveUrl } from "../../src/html/load.js";

describe("splitCredit", () => {
  it.each([
    ["مستشار الأمن القومي العراقي قاسم الأعرجي يبحث في بغداد (مكتبه)", "مستشار الأمن القومي العراقي قاسم الأعرجي يبحث في بغداد", "مكتبه"],
    ["Tunisian security forces secure the area. Fethi Belaid/AFP/Getty Images", "Tunisian security forces secure the area.", "Fethi Belaid/AFP/Getty Images"],
    ["United Nations peacekeepers in Sudan. Credit Ashraf Shazly/Agence France-Presse — Getty Images", "United Nations peacekeepers in Sudan.", "Ashraf Shazly/Agence France-Presse — Getty Images"],
    ["Foto: LA NACION", "", "LA NACION"],
    ["الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", null],
    ["Photo: The minister arrives in Geneva on Tuesday for the talks.", "Photo: The minister arrives in Geneva on Tuesday for the talks.", null],
  ])("%s", (caption, text, credit) => expect(splitCredit(caption)).toEqual({ text, credit }));
});

describe("resolveUrl", () => {
  it("undoes a double-escaped '&amp;' in an attribute value (Libération's og:image)", () => {
    const doc = loadHtml("<p>x</p>", "https://www.liberation.fr/");
    expect(resolveUrl(doc, "https://md1.libe.com/photo/x.jpg?modified_at=1430371146&amp;width=750")).toBe(
      "https://md1.libe.com/photo/x.jpg?modified_at=1430371146&width=750",
    );
  });
});
