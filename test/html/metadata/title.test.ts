import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "../../../src/language/normalize.js";
import { startPage } from "../../../src/language/page-cache.js";
import { chooseHeadline, sameTitle, stripSiteName, stripTitleTail, titleKey } from "../../../src/html/metadata/title.js";

describe("stripSiteName", () => {
  it.each([
    ["Title | Site", ["Site"], "Title"],
    ["Rates rise again - BBC News", ["BBC News"], "Rates rise again"],
    ["The Guardian: Rates rise again", ["the Guardian"], "Rates rise again"],
    ["Rates rise again – Example", ["example.com", "example"], "Rates rise again"],
    ["Rates rise - again and again", ["Other Site"], "Rates rise - again and again"],
    ["مصر تسجل 30 إصابة جديدة - Sputnik Arabic", ["Sputnik Arabic"], "مصر تسجل 30 إصابة جديدة"],
    [" المدينة نيوز - أميركا :50 الفا حصيلة الوفيات", ["المدينة نيوز"], "أميركا :50 الفا حصيلة الوفيات"],
    ["标题新闻_科技_腾讯网", ["腾讯网"], "标题新闻_科技"],
    ["Title - Section - Site", ["Site", "Section"], "Title"],
  ])("%s", (title, sites, expected) => {
    expect(stripSiteName(title, sites)).toBe(expected);
  });

  it("strips a suffix when another source gives the title without it", () => {
    expect(stripSiteName("Getting LEAN with Ad UX | Unknown", [], ["Getting LEAN with Ad UX"])).toBe("Getting LEAN with Ad UX");
  });

  it("keeps a colon title whose head is not the site", () => {
    expect(stripSiteName("Zimbabwe coup: Mugabe insists", ["The Telegraph"])).toBe("Zimbabwe coup: Mugabe insists");
  });
});

describe("stripTitleTail", () => {
  it.each([
    ["Lorem ipsum dolor sit amet – My website", "Lorem ipsum dolor sit amet"],
    ["Brexit - what next", "Brexit - what next"],
    ["A long headline about many things | A Very Long Tagline Here", "A long headline about many things | A Very Long Tagline Here"],
  ])("%s", (title, expected) => expect(stripTitleTail(title)).toBe(expected));
});

describe("sameTitle", () => {
  it("matches small edits and quote styles, not different titles", () => {
    expect(sameTitle("Apple’s Vision Pro is here", "Apple's Vision Pro is here")).toBe(true);
    expect(sameTitle("“شعر وردي” يشعل السخرية", '"شعر وردي" يشعل السخرية')).toBe(true);
    expect(sameTitle("Rates rise again", "Storm hits coast")).toBe(false);
  });
});

describe("chooseHeadline", () => {
  it("takes the visible h1 when it matches a metadata title", () => {
    const r = chooseHeadline([{ text: "Why Neon Lasts | CityLab", from: "meta:og:title" }, { text: "Why Neon Lasts", from: "meta:twitter:title" }], ["CityLab", "Why Neon Lasts"], ["CityLab"]);
    expect(r).toEqual({ headline: "Why Neon Lasts", from: "h1" });
  });

  it("takes the metadata title, site stripped, when no h1 matches", () => {
    expect(chooseHeadline([{ text: "Rates rise | Daily", from: "meta:og:title" }], ["Daily"], ["Daily"])).toEqual({ headline: "Rates rise", from: "meta:og:title" });
  });

  it("prefers <title> to an unrelated single h1, and the h1 to a title that is only the site", () => {
    expect(chooseHeadline([{ text: "Base URL test", from: "title" }], ["Lorem"], []).headline).toBe("Base URL test");
    expect(chooseHeadline([{ text: "Example News", from: "title" }], ["Storm hits coast"], ["Example News"]).headline).toBe("Storm hits coast");
  });

  it("gives null when there is nothing", () => {
    expect(chooseHeadline([], [], [])).toEqual({ headline: null, from: null });
  });
});

describe("titleKey", () => {
  it.each([
    ["Rates rise — again!", "rates rise again"],
    ["«مصر» تسجل  30 إصابة", "مصر تسجل 30 اصابه"],
    ["  ", ""],
  ])("%j → %j", (title, key) => {
    expect(titleKey(title)).toBe(key);
  });

  it("folds every run of other characters than letters and digits to one space, on any text", () => {
    const piece = fc.constantFrom("a", "B", "ب", "٣", " ", "  ", "-", " - ", "\u00a0", "\n", "«", "»", "’", "\u200b", "😀", "\ud835", "İ");
    const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 20 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (t) => {
        startPage();
        expect(titleKey(t)).toBe(normalizeForMatch(t).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
