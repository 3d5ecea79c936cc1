/**
 * Golden test for the seed, fixtures/text/elaph-iraq-nato.txt (Elaph, Iraq and NATO), written by
 * reading the text: 17 lines of article (a dateline-led lead, two subheadings, two photo captions
 * ending in "(مكتبه)") and a trailing "التعليقات" comment-box label.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { ArticleSchema, type Article } from "../../src/model/article.js";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/text/elaph-iraq-nato.txt");

let article: Article;
beforeAll(() => {
  article = parse(readFileSync(FIXTURE, "utf8"));
});

describe("seed: elaph-iraq-nato.txt", () => {
  it("validates against ArticleSchema", () => {
    const result = ArticleSchema.safeParse(article);
    expect(result.success, JSON.stringify(result.error?.issues ?? [])).toBe(true);
  });

  it("reads the text as plain text, Arabic, right to left, without a headline", () => {
    expect(article.source).toBe("text");
    expect(article.language).toBe("ar");
    expect(article.direction).toBe("rtl");
    expect(article.headline).toBeNull();
  });

  it("reads the dateline 'إيلاف من لندن:' as agency إيلاف, location لندن", () => {
    expect(article.dateline).not.toBeNull();
    expect(article.dateline?.agency).toBe("إيلاف");
    expect(article.dateline?.location).toBe("لندن");
    expect(article.dateline?.raw).toContain("إيلاف من لندن");
  });

  it("has 13 body paragraphs, the first without its dateline", () => {
    expect(article.paragraphs).toHaveLength(13);
    const first = article.paragraphs[0] ?? "";
    expect(first.startsWith("دعا العراق الثلاثاء حلف الناتو")).toBe(true);
    expect(first.endsWith("مؤكداً الرغبة في تعزيز علاقات الشراكة.")).toBe(true);
    expect(first).not.toContain("إيلاف");
    expect(first).not.toContain("لندن");
  });

  it("keeps paragraphs word for word (checked on paragraphs 2, 7, 8 and 13)", () => {
    const p = article.paragraphs;
    expect(p[1]?.startsWith("وخلال اجتماع لمستشار الأمن القومي العراقي قاسم الأعرجي")).toBe(true);
    expect(p[1]?.endsWith("في مجالات التدريب والمشورة وتطوير القدرات.")).toBe(true);
    expect(p[6]).toBe(
      "كما ينشط تنظيم داعش على الحدود السورية مع العراق ويقوم بإدخال عناصره وأسلحته الى أراضيه لتنفيذ عمليات إرهابية ضد مواطنيه وقواته خاصة في مناطق شمال وشرق بغداد.",
    );
    expect(p[7]?.startsWith("وعلى الصعيد نفسه بحث رئيس الوزراء العراقي محمد شياع السوداني")).toBe(true);
    expect(p[12]?.startsWith("وتضم بعثة الناتو في العراق حاليًا حوالي 500 عسكرياً")).toBe(true);
    expect(p[12]?.endsWith("والاتحاد الأوروبي والأمم المتحدة.")).toBe(true);
  });

  it("has 3 sections: the lead without heading, then the two subheadings, holding 7, 3 and 3 paragraphs", () => {
    expect(article.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 7],
      ["تعزيز الشراكة مع الأطلسي", 3],
      ["مهمة غير قتالية", 3],
    ]);
    expect(article.sections[1]?.paragraphs[0]?.startsWith("وعلى الصعيد نفسه")).toBe(true);
    expect(article.sections[2]?.paragraphs[0]?.startsWith("ومهمة الناتو في العراق غير قتالية")).toBe(true);
    const headings = article.blocks.filter((b) => b.type === "heading").map((b) => b.text);
    expect(headings).toEqual(["تعزيز الشراكة مع الأطلسي", "مهمة غير قتالية"]);
  });

  it("has 2 captions with credit مكتبه, the credit not left in the caption text", () => {
    expect(article.captions).toHaveLength(2);
    expect(article.captions.map((c) => c.credit)).toEqual(["مكتبه", "مكتبه"]);
    expect(article.captions[0]?.text).toBe(
      "مستشار الأمن القومي العراقي قاسم الأعرجي يبحث في بغداد الثلاثاء 24 يناير 2023 ع قائد القوات المشتركة لحلف شمال الأطلسي تأمين حدود بلاده من الإرهاب والمخدرات",
    );
    expect(article.captions[1]?.text).toBe(
      "السوداني يبحث في بغداد مع ع قائد القوات المشتركة لحلف شمال الأطلسي الناتو الأدميرال ستيوارت مونش تعزيز الشركة بين العراق والحلف",
    );
    for (const c of article.captions) expect(c.text).not.toContain("مكتبه");
  });

  it("keeps captions out of the paragraphs and the reading text", () => {
    for (const p of article.paragraphs) expect(p).not.toContain("(مكتبه)");
    expect(article.text).not.toContain("مكتبه");
    expect(article.text).not.toContain("السوداني يبحث في بغداد مع ع قائد");
  });

  it("drops the trailing 'التعليقات' and says so in a chrome-dropped warning", () => {
    expect(article.text).not.toContain("التعليقات");
    for (const p of article.paragraphs) expect(p).not.toContain("التعليقات");
    for (const b of article.blocks) expect(JSON.stringify(b)).not.toContain("التعليقات");
    const chrome = article.warnings.filter((w) => w.code === "chrome-dropped");
    expect(chrome).toHaveLength(1);
    expect(chrome[0]?.detail ?? "").toContain("التعليقات");
  });

  it("has no byline (the text names no author)", () => {
    expect(article.byline).toBeNull();
  });

  it("reads the body as headings and paragraphs in order in `text`", () => {
    expect(article.text.startsWith("دعا العراق الثلاثاء")).toBe(true);
    expect(article.text).toContain("\n\nتعزيز الشراكة مع الأطلسي\n\n");
    expect(article.text).toContain("\n\nمهمة غير قتالية\n\n");
    expect(article.text.endsWith("والاتحاد الأوروبي والأمم المتحدة.")).toBe(true);
    expect(article.stats.paragraphs).toBe(13);
  });
});
