import { describe, expect, it } from "vitest";
import { looksLikeByline, readByline } from "../../src/article/byline.js";

const names = (raw: string, exclude: string[] = []) => readByline(raw, { exclude }).byline?.authors.map((a) => a.name) ?? [];

describe("readByline: English and other Latin-script bylines", () => {
  it.each([
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["BY: JOE WEE", ["JOE WEE"]],
    ["Stella Kim, Jennifer Jett", ["Stella Kim", "Jennifer Jett"]],
    ["by Lucas Nolan22 Dec 2016651", ["Lucas Nolan"]],
    ["By GILLIAN MOHNEY\n March 11, 2015 3:46 PM", ["GILLIAN MOHNEY"]],
    ["Written by Rob Ewaschuk\n Edited by Betsy Beyer", ["Rob Ewaschuk"]],
    ["Jane Doe | Updated 5:00 PM", ["Jane Doe"]],
    ["By Jane Doe @janedoe jane@example.com", ["Jane Doe"]],
    ["Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]],
    ["Par Sébastien Farcis", ["Sébastien Farcis"]],
    ["Martin Untersinger (avec Damien Leloup et Morgane Tual)", ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]],
    ["Von Anna Schmidt und Karl Weber", ["Anna Schmidt", "Karl Weber"]],
    ["Theresa May", ["Theresa May"]],
    ["Bruno (Henrique Zecchin) Rodrigues", ["Bruno (Henrique Zecchin) Rodrigues"]],
  ])("%j", (raw, expected) => expect(names(raw)).toEqual(expected));

  it("keeps a job title as the role", () => {
    const a = readByline("Jane Doe, Senior Correspondent").byline?.authors;
    expect(a).toEqual([{ name: "Jane Doe", url: null, role: "Senior Correspondent" }]);
    expect(readByline("By Brenda Goodman, MA\nWebMD Health News").byline?.authors).toEqual([{ name: "Brenda Goodman", url: null, role: "MA" }]);
  });

  it.each([
    ["a date only", "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"],
    ["an update stamp", "Last Updated: January 7, 2025"],
    ["an outlet", "BBC News"],
    ["an agency", "Reuters"],
    ["interface text", "Follow Author"],
    ["nothing", "   "],
  ])("names nobody for %s", (_n, raw) => expect(readByline(raw).byline).toBeNull());

  it("drops the site's own name, even when it splits into name-like pieces", () => {
    expect(names("Mac & i", ["Mac & i"])).toEqual([]);
    expect(names("Jane Doe, Example Daily", ["Example Daily"])).toEqual(["Jane Doe"]);
  });
});

describe("readByline: Arabic", () => {
  it.each([
    ["كتب: حسام أبو العلا", ["حسام أبو العلا"]],
    ["كتبت - سارة محمد", ["سارة محمد"]],
    ["بقلم: محمد علي", ["محمد علي"]],
    ["حوار: آسيا العتروس", ["آسيا العتروس"]],
    ["كتب أحمد وليد ومحمد حسن", ["أحمد وليد", "محمد حسن"]],
    ["كتب: محمد علي و سامي يوسف", ["محمد علي", "سامي يوسف"]],
    ["وليد جنبلاط", ["وليد جنبلاط"]],
  ])("%s", (raw, expected) => expect(names(raw)).toEqual(expected));

  it("splits a city appended to the byline", () => {
    const r = readByline("كتب: حسام أبو العلا - القاهرة");
    expect(r.byline?.authors.map((a) => a.name)).toEqual(["حسام أبو العلا"]);
    expect(r.location).toBe("القاهرة");
  });

  it("does not take an agency for a person or a city", () => {
    expect(readByline("وكالة الأنباء").byline).toBeNull();
    expect(readByline("رويترز").byline).toBeNull();
    const r = readByline("محمد علي - رويترز");
    expect(r.location).toBeNull();
    expect(r.byline?.authors.map((a) => a.name)).toEqual(["محمد علي"]);
  });

  it("cuts a glued Arabic date", () => {
    expect(names("كتب: محمد علي الخميس 24 أبريل 2020")).toEqual(["محمد علي"]);
  });
});

describe("looksLikeByline", () => {
  it.each([
    ["By Jane Doe", true], ["كتب: حسام أبو العلا", true], ["Par Sébastien Farcis", true],
    ["Byzantine art returns", false], ["By", false], ["The minister said on Monday", false], ["De acuerdo con el informe", false],
  ])("%s → %s", (line, expected) => expect(looksLikeByline(line)).toBe(expected));
});

describe("speed", () => {
  it("reads a megabyte of junk quickly", () => {
    readByline("By " + "a, ".repeat(400_000));
    readByline("كتب " + "و".repeat(1_000_000));
  });
});

describe("names written family name first", () => {
  it.each([
    ["Kooman, F.", ["F. Kooman"]],
    ["Jong, Michiel de", ["Michiel de Jong"]],
    ["Smith, Jones", ["Smith", "Jones"]],
  ])("%s", (raw, names) => expect(readByline(raw).byline?.authors.map((a) => a.name)).toEqual(names));
});
