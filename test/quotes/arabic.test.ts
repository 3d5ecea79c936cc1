import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractAttributions, extractQuotes, type Quote } from "../../src/quotes/index.js";

// fixtures/quotes/ar-sample.txt was written for these tests; expectations are read off the text.
const text = readFileSync(new URL("../../fixtures/quotes/ar-sample.txt", import.meta.url), "utf8");
const quotes = extractQuotes(text);

function at(paragraph: number, cue: string): Quote | undefined {
  return quotes.find((q) => q.paragraph === paragraph && q.cue?.text === cue);
}

describe("Arabic quotes", () => {
  it("reads a feminine verb-first clause with a role before the name", () => {
    const q = at(0, "قالت");
    expect(q?.speaker?.name).toBe("وزيرة الخارجية نادية العلي");
    expect(q?.speaker?.resolved).toBe("نادية العلي");
    expect(q?.text).toBe("إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة");
  });

  it("gives a subject-less verb the last speaker of its gender", () => {
    expect(at(1, "أضافت")?.speaker).toMatchObject({ implicit: true, resolved: "نادية العلي" });
    expect(at(3, "أضاف")?.speaker?.resolved).toBe("جون سميث");
    // وأكدت is feminine: it skips the ambassador who spoke last.
    expect(at(4, "أكدت")?.speaker?.resolved).toBe("نادية العلي");
  });

  it("reads قال X: «…» after a turn marker as a direct quote", () => {
    const q = at(2, "قال");
    expect(q?.kind).toBe("direct");
    expect(q?.text).toBe("«نحن مستعدون للحوار من دون شروط مسبقة»");
    expect(q?.speaker?.resolved).toBe("جون سميث");
    expect(q?.rule).toBe("ar-turn-verb");
    expect(at(3, "مشيراً")?.speaker?.resolved).toBe("جون سميث");
  });

  it("reads بحسب X and نقلت X عن Y", () => {
    const q = at(5, "بحسب");
    expect(q?.speaker?.resolved).toBe("وكالة الأنباء الرسمية");
    expect(q?.speaker?.kind).toBe("organization");
    const relayed = at(7, "نقلت");
    expect(relayed?.speaker?.resolved).toBe("مصدر دبلوماسي");
    expect(relayed?.speaker?.kind).toBe("unnamed");
    expect(relayed?.text).toBe("إن الخلافات لا تزال قائمة");
    const sources = extractAttributions(text).flatMap((a) => a.sources.map((s) => s.name));
    expect(sources).toEqual(expect.arrayContaining(["وكالة الأنباء الرسمية", 'صحيفة "الأهرام"']));
  });

  it("never reports a Quran verse in ﴿ ﴾ as a quote", () => {
    expect(quotes.some((q) => q.paragraph === 6)).toBe(false);
  });

  it("matches verbs written with harakat and tatweel, keeping offsets", () => {
    const t = "وصرّحَت المتحدثة باسم الوزارة أنّ الاجتماع انتهى.\nوقـــال الوزير إن الحل قريب.";
    const qs = extractQuotes(t);
    expect(qs[0]?.cue?.text).toBe("صرّحَت");
    expect(qs[0]?.text).toBe("أنّ الاجتماع انتهى");
    expect(qs[1]?.cue?.text).toBe("قـــال");
    for (const q of qs) for (const p of q.parts) expect(t.slice(p.start, p.end)).toBe(p.text);
  });

  it("skips asides and outlets, nisba adjectives after a title and a participle after the verb", () => {
    const t = [
      "وقال مصدر، طلب عدم نشر اسمه، لتلفزيون «برس»: «الاتفاق بات قريبا جدا من التوقيع».",
      "قال الرئيس الأمريكي جو بايدن، في بيان، إن بلاده ستواصل دعم الحلفاء.",
      "وتابع قائلا: «هذه لحظة حاسمة في تاريخنا».",
      'وصرح الوزير لـ"إيلاف" بأن الخطة جاهزة للتنفيذ.',
      "ولفتت الوزيرة سارة أحمد إلى أن الخطة جاهزة.",
    ].join("\n");
    const qs = extractQuotes(t);
    expect(qs[0]).toMatchObject({ kind: "direct", text: "«الاتفاق بات قريبا جدا من التوقيع»" });
    expect(qs[0]?.speaker).toMatchObject({ name: "مصدر", kind: "unnamed" });
    expect(qs[1]?.speaker?.resolved).toBe("جو بايدن");
    expect(qs[1]?.text).toBe("إن بلاده ستواصل دعم الحلفاء");
    expect(qs[2]?.speaker).toMatchObject({ implicit: true, resolved: "جو بايدن" });
    expect(qs[2]?.kind).toBe("direct");
    expect(qs[3]?.speaker?.name).toBe("الوزير");
    expect(qs[3]?.text).toBe("بأن الخطة جاهزة للتنفيذ");
    // لفت ends in ت but is masculine; لفتت is its feminine.
    expect(qs[4]?.speaker?.resolved).toBe("سارة أحمد");
  });
});
