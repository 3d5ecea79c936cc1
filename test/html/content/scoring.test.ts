import { describe, expect, it } from "vitest";
import { allText, page, prose, read, texts } from "./helpers.js";

describe("finding the body", () => {
  it("prefers itemprop=articleBody over a longer related-stories list", () => {
    const related = Array.from({ length: 12 }, (_, i) => `<li><a href="/r${i}">Related headline number ${i} about the council plan</a></li>`).join("");
    const html = page(`<div itemprop="articleBody"><p>${prose("Alpha")}</p><p>${prose("Beta")}</p></div><div class="more"><ul>${related}</ul></div>`);
    const content = read(html);
    expect(content.provenance["body"]).toBe("itemprop:articlebody");
    expect(allText(content)).not.toContain("Related headline");
  });

  it("scores by text, commas and link density when there is no strong signal", () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/l${i}">Link ${i} text here</a>`).join(" ");
    const html = page(`<div class="col-a">${links}</div><div class="col-b"><p>${prose("Alpha")}</p><p>${prose("Beta")}</p><p>${prose("Gamma")}</p></div>`);
    const content = read(html);
    expect(content.provenance["body"]).toBe("score");
    expect(texts(content, "paragraph")).toHaveLength(3);
    expect(allText(content)).not.toContain("Link 3 text");
  });

  it("counts Arabic commas and words (no English-only thresholds)", () => {
    const ar = "قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن الحكومة ستواصل العمل على الخطة الجديدة، رغم اعتراضات السكان في المدينة";
    const links = Array.from({ length: 20 }, (_, i) => `<a href="/l${i}">رابط ${i}</a>`).join(" ");
    const html = page(`<div dir="rtl" class="x"><p>${ar}</p><p>${ar}</p><p>${ar}</p></div><div class="y">${links}</div>`);
    const content = read(html);
    expect(texts(content, "paragraph")).toEqual([ar, ar, ar]);
    expect(content.direction).toBe("rtl");
  });

  it("joins a body split into several text components (common ancestor)", () => {
    const html = page(`<main><div class="row"><div class="txt"><p>${prose("Alpha", 60)}</p></div></div><div class="row"><figure><img src="/a.jpg"><figcaption>A photo</figcaption></figure></div><div class="row"><div class="txt"><p>${prose("Beta", 60)}</p></div></div></main>`);
    const text = allText(read(html));
    expect(text).toContain("Alpha the council");
    expect(text).toContain("Beta the council");
  });

  it("takes the lead paragraph just before the body, not the author box after it", () => {
    const html = page(`<div class="story"><p class="lead">${prose("Lead", 10)}</p><div class="article-body"><p>${prose("Alpha", 60)}</p><p>${prose("Beta", 60)}</p></div><div class="bio"><p>Jane Doe writes about cities for us and is the author of three books.</p></div></div>`);
    const text = allText(read(html));
    expect(text.startsWith("Lead the council")).toBe(true);
    expect(text).not.toContain("Jane Doe");
  });

  it("uses JSON-LD articleBody to place the body when it matches the page", () => {
    // The declared body has no commas; the other column has many, so scoring alone would pick it.
    const a = "The mayor opened the new bridge on Monday morning before a crowd of several hundred people who had waited since dawn to cross it";
    const b = "Traffic will use the bridge from next week once the last safety checks are done and the old ferry service will then stop running";
    const other = "Weather, sport, markets, travel, food, music, film, books, games, science, health, money";
    const html = page(`<div class="x"><p>${a}</p><p>${b}</p></div><div class="y"><p>${other}</p><p>${other}</p></div>`);
    const content = read(html, { articleBody: `${a}\n${b}` });
    expect(content.provenance["body"]).toBe("json-ld:articleBody");
    expect(texts(content, "paragraph")).toEqual([a, b]);
  });

  it("falls back to the JSON-LD articleBody text when the page shows no body", () => {
    const html = `<html><body><div id="app"></div><script>render()</script></body></html>`;
    const content = read(html, { articleBody: `${prose("Alpha")}\n\n${prose("Beta")}` });
    expect(content.provenance["body"]).toBe("json-ld:articleBody-text");
    expect(texts(content, "paragraph")).toHaveLength(2);
  });

  it("reads an unclosed <a> wrapping the page as text, not as one big link", () => {
    const html = `<html><body><a name="top"><div class="wrap"><div class="story"><p>${prose("Alpha")}</p><p>${prose("Beta")}</p></div></div></body></html>`;
    expect(texts(read(html), "paragraph")).toHaveLength(2);
  });

  it.each([
    ["a home page of teasers", `<ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Story ${i} headline</a></li>`).join("")}</ul>`],
    ["an error page", `<h1>404</h1><p>Page not found.</p>`],
    ["a script-only page", `<div id="root"></div><script>window.__DATA__ = {}</script>`],
  ])("warns no-article-found on %s", (_name, body) => {
    const content = read(page(body));
    expect(content.warnings.map((w) => w.code)).toContain("no-article-found");
    expect(texts(content, "paragraph").length).toBeLessThanOrEqual(1);
  });
});
