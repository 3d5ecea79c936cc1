import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { knownAgency } from "../../src/article/agency.js";
import { readDateline } from "../../src/article/dateline.js";
import { datelineDateResolver } from "../../src/dates/dateline-resolver.js";

type Row = [paragraph: string, raw: string, location: string | null, agency: string | null, date: string | null];

/** Datelines as wire and Arabic stories open; the resolver knows the year 2023. */
const ROWS: Row[] = [
  ["LONDON, Jan 24 (Reuters) - Britain said on Tuesday", "LONDON, Jan 24 (Reuters) -", "LONDON", "Reuters", "2023-01-24"],
  ["LONDON, Jan 24, 2022 (Reuters) - Britain said", "LONDON, Jan 24, 2022 (Reuters) -", "LONDON", "Reuters", "2022-01-24"],
  ["NEW YORK, March 6 (AP) — The city", "NEW YORK, March 6 (AP) —", "NEW YORK", "AP", "2023-03-06"],
  ["BERLIN, 24 Jan (dpa) - Die Regierung", "BERLIN, 24 Jan (dpa) -", "BERLIN", "dpa", "2023-01-24"],
  ["PARIS (AFP) - France said", "PARIS (AFP) -", "PARIS", "AFP", null],
  ["GAZA CITY, Gaza Strip (AP) — Israel said", "GAZA CITY, Gaza Strip (AP) —", "GAZA CITY, Gaza Strip", "AP", null],
  ["WASHINGTON — The Senate voted", "WASHINGTON —", "WASHINGTON", null, null],
  ["(CNN) — The storm", "(CNN) —", null, "CNN", null],
  ["TOKYO (Kyodo) - Japan's government", "TOKYO (Kyodo) -", "TOKYO", "Kyodo", null],
  ["القاهرة (رويترز) - قال مسؤول", "القاهرة (رويترز) -", "القاهرة", "رويترز", null],
  ["القاهرة، 24 يناير (رويترز) - قال مسؤول", "القاهرة، 24 يناير (رويترز) -", "القاهرة", "رويترز", "2023-01-24"],
  ["بيروت، ٣ آب ٢٠٢٠ (أ ف ب) - قال", "بيروت، ٣ آب ٢٠٢٠ (أ ف ب) -", "بيروت", "أ ف ب", "2020-08-03"],
  ["دمشق، سوريا (CNN) -- قال المرصد السوري", "دمشق، سوريا (CNN) --", "دمشق، سوريا", "CNN", null],
  ["(أبوظبي - البيان) أعلنت الهيئة", "(أبوظبي - البيان)", "أبوظبي", "البيان", null],
  ["الرياض - واس: أعلنت وزارة", "الرياض - واس:", "الرياض", "واس", null],
  ["عمان - بترا: قال وزير", "عمان - بترا:", "عمان", "بترا", null],
  ["بغداد - إيلاف: أعلن", "بغداد - إيلاف:", "بغداد", "إيلاف", null],
  ["الجزائر (واج) - أعلن", "الجزائر (واج) -", "الجزائر", "واج", null],
  ["الرباط (و م ع) - أعلن", "الرباط (و م ع) -", "الرباط", "و م ع", null],
  ["الدوحة (قنا) - أعلن", "الدوحة (قنا) -", "الدوحة", "قنا", null],
  ["أبوظبي (وام) - أعلن", "أبوظبي (وام) -", "أبوظبي", "وام", null],
  ["القاهرة (أ ش أ) - أعلن", "القاهرة (أ ش أ) -", "القاهرة", "أ ش أ", null],
  ["بيروت (أ.ف.ب) - أعلن", "بيروت (أ.ف.ب) -", "بيروت", "أ.ف.ب", null],
  ["تونس (وات) - أعلن", "تونس (وات) -", "تونس", "وات", null],
  ["الكويت (كونا) - أعلن", "الكويت (كونا) -", "الكويت", "كونا", null],
  ["إيلاف من لندن: قال الأمين العام", "إيلاف من لندن:", "لندن", "إيلاف", null],
];

describe("readDateline", () => {
  const resolve = datelineDateResolver(2023);
  it.each(ROWS)("%s", (paragraph, raw, location, agency, date) => {
    const m = readDateline(paragraph, resolve);
    expect(m).not.toBeNull();
    expect(m!.dateline).toEqual({ raw, location, agency, date });
    expect(paragraph.startsWith(raw)).toBe(true);
  });

  it("never invents a year: without a reference year, 'Jan 24' has no date", () => {
    expect(readDateline("LONDON, Jan 24 (Reuters) - Britain said", datelineDateResolver())!.dateline.date).toBeNull();
    expect(readDateline("LONDON, Jan 24, 2022 (Reuters) - Britain said", datelineDateResolver())!.dateline.date).toBe("2022-01-24");
    expect(readDateline("LONDON, Jan 24 (Reuters) - Britain said")!.dateline.date).toBeNull();
  });

  it("leaves ordinary sentences alone", () => {
    expect(readDateline("The minister said: we will act.")).toBeNull();
    expect(readDateline("وقال الوزير: سنعمل على ذلك")).toBeNull();
  });

  it("keeps the seed's dateline (fixtures/text/elaph-iraq-nato.txt)", () => {
    const text = readFileSync(join(import.meta.dirname, "../../fixtures/text/elaph-iraq-nato.txt"), "utf8");
    const paragraph = text.split(/\n\s*\n/u).map((p) => p.trim()).find((p) => p.startsWith("إيلاف من"));
    expect(paragraph).toBeDefined();
    const m = readDateline(paragraph!, datelineDateResolver());
    expect(m?.dateline).toMatchObject({ raw: "إيلاف من لندن:", agency: "إيلاف", location: "لندن" });
  });
});

describe("agency table", () => {
  it.each([
    ["أ ف ب", "AFP"], ["ا ف ب", "AFP"], ["أ.ف.ب", "AFP"], ["فرانس برس", "AFP"], ["رويترز", "Reuters"], ["أ ب", "AP"],
    ["د ب أ", "dpa"], ["أ ش أ", "MENA"], ["أ.ش.أ", "MENA"], ["واس", "SPA"], ["وام", "WAM"], ["قنا", "QNA"], ["كونا", "KUNA"],
    ["بنا", "BNA"], ["العمانية", "ONA"], ["بترا", "Petra"], ["سانا", "SANA"], ["واج", "APS"], ["و م ع", "MAP"], ["و.م.ع", "MAP"],
    ["لاماب", "MAP"], ["وات", "TAP"], ["الأناضول", "Anadolu"], ["إرنا", "IRNA"], ["شينخوا", "Xinhua"], ["سبوتنيك", "Sputnik"],
    ["الوكالة الوطنية للإعلام", "NNA"], ["Reuters", "Reuters"], ["AP", "AP"], ["CNN", "CNN"], ["Kyodo", "Kyodo"], ["TASS", "TASS"],
  ])("%s → %s", (alias, name) => {
    expect(knownAgency(alias)).toBe(name);
  });
});
