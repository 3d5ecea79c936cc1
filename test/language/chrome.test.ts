import { describe, expect, it } from "vitest";
import { chromeKind } from "../../src/language/chrome.js";

describe("chromeKind", () => {
  it.each([
    ["التعليقات", "end"],
    ["إقرأ أيضاً", "end"],
    ["اقرأ ايضا:", "end"],
    ["مواضيع ذات صلة", "end"],
    ["Comments (12)", "end"],
    ["Related", "end"],
    ["Read more: the full story", "end"],
    ["شارك", "drop"],
    ["Share this article", "drop"],
    ["Advertisement", "drop"],
    ["Kommentare", "end"],
  ])("%s is %s", (line, kind) => expect(chromeKind(line)).toBe(kind));

  it.each([
    "وقال الوزير إن التعليقات التي نشرت على مواقع التواصل الاجتماعي لا تعبر عن موقف الحكومة",
    "Share prices fell sharply on Tuesday",
    "Related parties met in Geneva to discuss the matter at length",
    "تعزيز الشراكة مع الأطلسي",
    "",
  ])("%s is text", (line) => expect(chromeKind(line)).toBeNull());
});
