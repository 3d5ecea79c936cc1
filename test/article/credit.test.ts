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

  it("resolves the same address against each document's own base, asked again or not", () => {
    const a = loadHtml("<p>x</p>", "https://a.example/news/");
    const b = loadHtml("<p>x</p>", "https://b.example/sport/");
    const none = loadHtml("<p>x</p>");
    for (let round = 0; round < 2; round++) {
      expect(resolveUrl(a, "story.html")).toBe("https://a.example/news/story.html");
      expect(resolveUrl(b, "story.html")).toBe("https://b.example/sport/story.html");
      expect(resolveUrl(none, "story.html")).toBeNull();
      expect(resolveUrl(a, "javascript:alert(1)")).toBeNull();
    }
  });
});
