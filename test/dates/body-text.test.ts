import { describe, expect, it } from "vitest";
import { BodyTextDates } from "../../src/dates/page/fallback.js";
import type { Candidate } from "../../src/dates/page/types.js";
import { buildTree } from "../../src/html/tree-builder.js";
import { pick, seededRandom } from "../random.js";

/**
 * The body-text fallback reads only as much of the text as its answer needs: around the places an
 * "updated" label may be for a modified date, and stretches from the headline on for a published
 * one. Each answer must be the one a scan of the whole text gives.
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

/** A body whose headline stands between two texts, and the headline. */
function withHeadline(before: string, after: string) {
  const { root, byTag } = buildTree(`<html><body><p>${before}</p><h1>The headline</h1><p>${after}</p></body></html>`);
  return { root, h1: byTag.get("h1")?.[0] ?? null };
}

const modifiedOf = (dates: BodyTextDates) => dates.all().filter((c) => c.kind === "modified");

describe("body-text dates, read as far as needed", () => {
  it("gives the labelled dates a scan of the whole text gives, on random texts", () => {
    const random = seededRandom(7);
    let labelled = 0;
    for (let n = 0; n < 400; n++) {
      // Long filler runs put labels and dates far apart, and far from the ends.
      const root = body(randomText(random, 5 + Math.floor(random() * 60), n % 2 ? 3 : 40));
      for (const lang of [undefined, "ar", "de"]) {
        const dates = new BodyTextDates(root, null, lang);
        const whole = modifiedOf(dates);
        // Each labelled date in turn is the first one a test accepts.
        for (const wanted of whole) expect(dates.first("modified", (c) => c.date === wanted.date)).toEqual(whole.find((c) => c.date === wanted.date));
        expect(dates.first("modified", () => true)).toEqual(whole[0] ?? null);
        labelled += whole.length;
      }
    }
    // The texts hold labelled dates: the comparison is not of empty lists.
    expect(labelled).toBeGreaterThan(200);
  });

  it("gives the first published date a scan of the whole text gives, after the headline first, on random texts", () => {
    const random = seededRandom(11);
    let compared = 0;
    for (let n = 0; n < 300; n++) {
      const run = n % 2 ? 3 : 40;
      const { root, h1 } = withHeadline(randomText(random, Math.floor(random() * 30), run), randomText(random, 5 + Math.floor(random() * 60), run));
      for (const lang of [undefined, "ar"]) {
        const dates = new BodyTextDates(root, h1, lang);
        const published = dates.all().filter((c) => c.kind === "published");
        // Accepting every date, none, only recent ones, only old ones, and all but the first few:
        // each pick is the first the whole scan's list gives, so the stretches find the dates it
        // finds, in its order. (Each test is made anew for each reading: the skipping ones count.)
        const makers: Array<() => (c: Candidate) => boolean> = [() => () => true, () => () => false, () => (c) => c.date >= "2020", () => (c) => c.date < "2015"];
        for (const skip of [1, 3, 8]) makers.push(() => {
          let seen = 0;
          return () => ++seen > skip;
        });
        for (const make of makers) expect(dates.first("published", make())).toEqual(published.find(make()) ?? null);
        compared += published.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("finds a labelled date deep in a long body, and none when no label is near a date", () => {
    const filler = "The minister said the talks would resume next week. ".repeat(500);
    const dates = new BodyTextDates(body(`${filler} 3 May 2023 ${filler} Updated 4 May 2023 ${filler} 5 May 2023 ${filler}`), null, undefined);
    expect(dates.first("modified", () => true)?.date).toBe("2023-05-04");
    expect(dates.first("published", () => true)?.date).toBe("2023-05-03");
    expect(dates.first("published", (c) => c.date > "2023-05-03")?.date).toBe("2023-05-05");
    expect(new BodyTextDates(body(`${filler} Updated ${filler} 4 May 2023 ${filler}`), null, undefined).first("modified", () => true)).toBeNull();
  });

  it("reads the dates after the headline before those above it", () => {
    const { root, h1 } = withHeadline("Posted 3 May 2023 in News", "The minister spoke on 9 June 2023. Later, on 10 June 2023, talks resumed.");
    const dates = new BodyTextDates(root, h1, undefined);
    expect(dates.all().map((c) => c.date)).toEqual(["2023-06-09", "2023-06-10", "2023-05-03"]);
    expect(dates.first("published", () => true)?.date).toBe("2023-06-09");
    expect(dates.first("published", (c) => c.date < "2023-06-01")?.date).toBe("2023-05-03");
  });
});
