import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const read = (name: string) => readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), "utf8");

describe("date stamps and dateline dates in plain text", () => {
  it("reads the stamp under a CNN Arabic headline as the modified day, not as body or caption", () => {
    // The line reads "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)": "last updated", so it dates
    // the last change (the story itself is from 3 August, as its URL on the page says).
    const article = parse(read("ar-cnnarabic-damascus.txt"));
    expect(article.modified?.slice(0, 10)).toBe("2013-08-28");
    expect(article.provenance.modified).toBe("text:date-line");
    expect(article.published).toBeNull();
    expect(article.captions).toEqual([]);
  });

  it("reads an unlabelled stamp as the published day", () => {
    const article = parse("A headline for the story\nTuesday, 24 January 2023\nThe minister said on Tuesday that the talks would resume next week in Geneva, officials confirmed.");
    expect(article.published).toBe("2023-01-24");
    expect(article.provenance.published).toBe("text:date-line");
  });

  it("gives no published date to a text that states none (the seed's caption date is not the article's)", () => {
    expect(parse(read("elaph-iraq-nato.txt")).published).toBeNull();
  });

  it("puts a wire dateline's day into dateline.date only when the year is known", () => {
    const withYear = parse("Reuters story\nJanuary 24, 2023\nLONDON, Jan 24 (Reuters) - Shares in London fell on Tuesday as investors weighed the outlook for interest rates and growth.");
    expect(withYear.dateline).toMatchObject({ location: "LONDON", agency: "Reuters", date: "2023-01-24" });
    const noYear = parse("LONDON, Jan 24 (Reuters) - Shares in London fell on Tuesday as investors weighed the outlook for interest rates and growth.");
    expect(noYear.dateline).toMatchObject({ location: "LONDON", agency: "Reuters", date: null });
  });
});
