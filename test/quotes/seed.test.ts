import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { AttributionSchema, QuoteSchema, extractAttributions, extractQuotes, type Quote } from "../../src/quotes/index.js";

// Expectations written by reading the article (fixtures/quotes/README.md), paragraph by paragraph.
const text = readFileSync(new URL("../../fixtures/text/elaph-iraq-nato.txt", import.meta.url), "utf8");
const article = parse(text);
const quotes = extractQuotes(article);

function find(paragraph: number, cue: string): Quote | undefined {
  return quotes.find((q) => q.paragraph === paragraph && q.cue?.text === cue);
}

describe("the Elaph seed article", () => {
  it("returns schema-valid quotes whose offsets point into article.paragraphs", () => {
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) {
      expect(QuoteSchema.parse(q)).toEqual(q);
      for (const p of q.parts) expect(article.paragraphs[p.paragraph]?.slice(p.start, p.end)).toBe(p.text);
      if (q.cue) expect(article.paragraphs[q.cue.paragraph]?.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker && !q.speaker.implicit) {
        expect(article.paragraphs[q.speaker.paragraph ?? -1]?.slice(q.speaker.start ?? 0, q.speaker.end ?? 0)).toBe(q.speaker.name);
      }
    }
  });

  it("reads دعا العراق … مؤكداً as Iraq speaking", () => {
    expect(find(0, "دعا")?.speaker?.resolved).toBe("العراق");
    expect(find(0, "مؤكداً")?.speaker?.resolved).toBe("العراق");
  });

  it("resolves the role المسؤول الأمني العراقي and the surname الأعرجي to قاسم الأعرجي", () => {
    const q = find(2, "أكد");
    expect(q?.speaker?.name).toBe("المسؤول الأمني العراقي");
    expect(q?.speaker?.resolved).toBe("قاسم الأعرجي");
    expect(q?.text.startsWith("أن بلاده جادة")).toBe(true);
    // "وأشار الى أهمية …" has no subject: it continues the same speaker.
    const bare = find(2, "أشار");
    expect(bare?.speaker?.implicit).toBe(true);
    expect(bare?.speaker?.resolved).toBe("قاسم الأعرجي");
    expect(find(3, "عبر")?.speaker?.resolved).toBe("قاسم الأعرجي");
    expect(find(3, "لافتاً")?.speaker?.resolved).toBe("قاسم الأعرجي");
  });

  it("hands the turn to الأدميرال مونش after من جانبه and resolves him to ستيوارت مونش", () => {
    for (const [p, cue] of [[4, "أشار"], [4, "منوها"], [9, "أكد"], [9, "أشار"], [9, "مثنياً"]] as const) {
      expect(find(p, cue)?.speaker?.resolved, `${p} ${cue}`).toBe("ستيوارت مونش");
    }
    expect(find(4, "أشار")?.speaker?.name).toBe("الأدميرال مونش");
  });

  it("resolves المسؤول العراقي and السوداني to محمد شياع السوداني", () => {
    expect(find(7, "شدد")?.speaker?.name).toBe("المسؤول العراقي");
    expect(find(7, "شدد")?.speaker?.resolved).toBe("محمد شياع السوداني");
    expect(find(8, "أكد")?.speaker?.resolved).toBe("محمد شياع السوداني");
    expect(find(8, "مشيراً")?.speaker?.resolved).toBe("محمد شياع السوداني");
  });

  it("keeps يشار الى أن without a speaker", () => {
    const q = find(5, "يشار");
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it("finds the two real direct quotes and no name in quote marks", () => {
    const quoted = quotes.flatMap((q) => q.parts.map((p) => ({ q, text: p.text })));
    const first = quotes.find((q) => q.parts.some((p) => p.text.includes('"لتأمين حدود بلاده لمنع تسلل الإرهابيين وعصابات التهريب والمخدرات"')));
    expect(first?.speaker?.resolved).toBe("قاسم الأعرجي");
    expect(first?.kind).not.toBe("indirect");
    const second = quotes.find((q) => q.parts.some((p) => p.text === '"الاحترام الكامل لسيادة العراق وسلامته الإقليمية"'));
    expect(second?.kind).toBe("direct");
    for (const name of ['"إيلاف"', '"الناتو"']) expect(quoted.some((x) => x.text === name)).toBe(false);
    expect(quotes.filter((q) => q.kind === "direct")).toHaveLength(1);
  });

  it("reports the two press statements as document sources", () => {
    const attributions = extractAttributions(article);
    for (const a of attributions) AttributionSchema.parse(a);
    const docs = attributions.filter((a) => a.kind === "document");
    expect(docs.map((a) => a.speaker)).toEqual(["بيان صحافي", "بيان صحافي للمكتب الإعلامي للسوداني"]);
    expect(docs[0]?.sources[0]?.text).toBe('كما قال بيان صحافي عقب الاجتماع تابعته "إيلاف"');
    expect(docs[0]?.sources[0]?.paragraph).toBe(4);
    const names = attributions.map((a) => a.speaker);
    expect(names).toEqual(expect.arrayContaining(["قاسم الأعرجي", "ستيوارت مونش", "محمد شياع السوداني", "العراق", null]));
    const arji = attributions.find((a) => a.speaker === "قاسم الأعرجي");
    expect(arji?.mentions).toEqual(expect.arrayContaining(["المسؤول الأمني العراقي", "الأعرجي"]));
  });

  it("gives absolute offsets for a string input", () => {
    const fromText = extractQuotes(text);
    const q = fromText.find((x) => x.cue?.text === "شدد");
    expect(q?.speaker?.resolved).toBe("محمد شياع السوداني");
    for (const x of fromText) for (const p of x.parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
