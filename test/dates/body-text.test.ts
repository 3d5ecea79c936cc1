import { describe, expect, it } from "vitest";
import { bodyTextDates } from "../../src/dates/page/fallback.js";
import { buildTree } from "../../src/html/tree-builder.js";
import { pick, seededRandom } from "../random.js";

/**
 * The body-text fallback, asked only for labelled ("updated") dates, reads the text only around the
 * places a label may be. It must give the labelled dates a scan of the whole text gives.
 */
const FILLER = ["The minister said on Tuesday that talks would resume.", "وقال الوزير إن المحادثات ستستأنف.", "Prices rose 4 per cent in 2023 and 12 in May.", "Die Regierung", "", "ص", "|", "·", "\u200f", "12:30", "at", "on"];
const DATES = ["4 May 2023", "May 4, 2023 11:42 AM", "Tuesday, 28 March 2023", "28 آب/اغسطس 2013", "2023-05-04", "14.03.2024", "الثلاثاء 1 / 12 / 2020", "١٢ يناير ٢٠٢٢", "June 3", "2019"];
const LABELS = ["Updated", "updated:", "آخر تحديث", "Aktualisiert am", "Mis à jour le", "Last edited", "Update your settings", "Up\u200bdated", "تحديث"];

function randomText(random: () => number, pieces: number, fillerRun: number): string {
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) {
    const r = random();
    if (r < 0.2) out.push(pick(random, DATES));
    else if (r < 0.3) out.push(pick(random, LABELS));
    else for (let k = Math.floor(random() * fillerRun); k >= 0; k--) out.push(pick(random, FILLER));
  }
  return out.join(" ");
}

const body = (text: string) => buildTree(`<html><body><p>${text}</p></body></html>`).root;

describe("body-text dates, labelled only", () => {
  it("gives the labelled dates a scan of the whole text gives, on random texts", () => {
    const random = seededRandom(7);
    let labelled = 0;
    for (let n = 0; n < 400; n++) {
      // Long filler runs put labels and dates far apart, and far from the ends.
      const root = body(randomText(random, 5 + Math.floor(random() * 60), n % 2 ? 3 : 40));
      for (const lang of [undefined, "ar", "de"]) {
        const whole = bodyTextDates(root, null, lang).filter((c) => c.kind === "modified");
        const near = bodyTextDates(root, null, lang, true).filter((c) => c.kind === "modified");
        expect(near).toEqual(whole);
        labelled += whole.length;
      }
    }
    // The texts hold labelled dates: the comparison is not of empty lists.
    expect(labelled).toBeGreaterThan(200);
  });

  it("finds a labelled date deep in a long body, and none when no label is near a date", () => {
    const filler = "The minister said the talks would resume next week. ".repeat(500);
    const root = body(`${filler} 3 May 2023 ${filler} Updated 4 May 2023 ${filler} 5 May 2023 ${filler}`);
    expect(bodyTextDates(root, null, undefined, true).filter((c) => c.kind === "modified").map((c) => c.date)).toEqual(["2023-05-04"]);
    expect(bodyTextDates(body(`${filler} Updated ${filler} 4 May 2023 ${filler}`), null, undefined, true).filter((c) => c.kind === "modified")).toEqual([]);
  });
});
