import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Element, Text, type ParentNode } from "domhandler";
import { describe, expect, it } from "vitest";
import { findPageDates } from "../../src/dates/page/page-dates.js";
import { DomPage } from "../../src/html/dom-page.js";
import { loadHtml } from "../../src/html/load.js";

interface Fixture {
  file: string;
  url: string | null;
  published: string | null;
  modified: string | null;
}

const DIR = join(import.meta.dirname, "../../fixtures/dates");
const FIXTURES = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Fixture[];
const day = (iso: string | undefined | null): string | null => (iso ? iso.slice(0, 10) : null);

function pageDates(html: string, url: string | null = null) {
  return findPageDates(loadHtml(html, url), { url });
}

describe("findPageDates on real pages (expected days read off the pages)", () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))("%s", (_, f) => {
    const html = readFileSync(join(DIR, f.file), "utf8");
    const result = pageDates(html, f.url);
    expect(day(result.published?.date)).toBe(f.published);
    expect(day(result.modified?.date)).toBe(f.modified);
  });
});

/** Every element under `root`, iteratively. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: ParentNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const c of n.children) if (c instanceof Element) { out.push(c); stack.push(c); }
  }
  return out;
}

const page = (head: string, body = ""): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("findPageDates strategy", () => {
  it("takes the body text's first plausible date and first labelled one, warning of each earlier date it turns down", () => {
    // No metadata, stamp or URL date: the body's first plausible date is the publication, its first
    // labelled one the update; the dates before 1990 met on the way are each turned down with a warning.
    const filler = "The minister said the talks would resume next week. ".repeat(200);
    const html = `<html><body><h1>Talks resume</h1><p>On 3 March 1985 the first talks began. ${filler} They failed on 5 June 1987. ${filler} The new round opened on 3 May 2023. ${filler} Updated 4 May 2023.</p></body></html>`;
    const result = pageDates(html);
    expect(result.published).toEqual({ date: "2023-05-03", source: "text:body" });
    expect(result.modified).toEqual({ date: "2023-05-04", source: "text:body" });
    expect(result.warnings.map((w) => w.detail)).toEqual(["1985-03-03", "1987-06-05"]);
  });

  it("prefers JSON-LD over meta, walks @graph, and keeps published and modified apart", () => {
    const ld = { "@context": "https://schema.org", "@graph": [
      { "@type": "Organization", name: "X", foundingDate: "1999-01-01" },
      { "@type": "WebPage", datePublished: "2023-01-20T08:00:00+03:00" },
      { "@type": "NewsArticle", datePublished: "2023-01-24T15:05:00+0400", dateModified: "2023-01-25T09:00:00+04:00" },
    ] };
    const r = pageDates(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="article:published_time" content="2023-01-23T10:00:00Z">`));
    expect(r.published).toEqual({ date: "2023-01-24T15:05:00+04:00", source: "json-ld:datePublished" });
    expect(r.modified).toEqual({ date: "2023-01-25T09:00:00+04:00", source: "json-ld:dateModified" });
  });

  it("reads malformed JSON-LD and warns", () => {
    const r = pageDates(page(`<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-05-01T10:00:00+02:00", "headline": "a "quoted" word",}</script>`));
    expect(r.published?.date).toBe("2022-05-01T10:00:00+02:00");
    expect(r.warnings.map((w) => w.code)).toContain("invalid-metadata");
  });

  it("tolerates trailing commas and CDATA in JSON-LD", () => {
    const r = pageDates(page(`<script type="application/ld+json">//<![CDATA[
      {"@type": ["NewsArticle"], "datePublished": "2021-03-04",}
    //]]></script>`));
    expect(r.published).toEqual({ date: "2021-03-04", source: "json-ld:datePublished" });
  });

  it("reads Arabic text in article:published_time instead of dropping it", () => {
    const r = pageDates(page(`<meta property="article:published_time" content="الثلاثاء ٢٤ كانون الثاني ٢٠٢٣ - ٠٣:٠٥ م">`));
    expect(r.published).toEqual({ date: "2023-01-24T15:05:00", source: "meta:article:published_time" });
  });

  it("keeps the page's own offset (never converts to UTC)", () => {
    const r = pageDates(page(`<meta property="article:published_time" content="2023-01-24T23:30:00-0500">`));
    expect(r.published?.date).toBe("2023-01-24T23:30:00-05:00");
  });

  it("takes <time datetime> in the article header before visible text and the URL", () => {
    const html = page("", `<div class="comments"><time datetime="2024-02-02">x</time></div><article><header><h1>A headline for the test</h1><time class="published" datetime="2023-01-24T10:00:00+01:00">24. Januar 2023</time></header><p>Text</p></article>`);
    const r = pageDates(html, "https://example.com/2022/12/31/story");
    expect(r.published).toEqual({ date: "2023-01-24T10:00:00+01:00", source: "time:header" });
  });

  it("reads a visible stamp near the headline, and an 'Updated' stamp as modified", () => {
    const html = page("", `<h1>Headline of the story here</h1><div class="byline">By A. Writer · Published March 6, 2023 · Updated March 7, 2023</div><p>Body.</p>`);
    const r = pageDates(html);
    expect(r.published).toEqual({ date: "2023-03-06", source: "text:near-headline" });
    expect(r.modified).toEqual({ date: "2023-03-07", source: "text:near-headline" });
  });

  it("reads labels in either order inside one stamp", () => {
    const html = page("", `<h1>Headline of the story here</h1><p class="article-meta">Aktualisiert: 04.05.2023, 10:00 Uhr | Erstellt: 03.05.2023, 08:15 Uhr</p>`);
    const r = pageDates(html);
    expect(r.published?.date).toBe("2023-05-03T08:15:00");
    expect(r.modified?.date).toBe("2023-05-04T10:00:00");
  });

  it("reads an Arabic stamp with a paired month and an 'آخر تحديث' label", () => {
    const html = page(`<html lang="ar">`, `<h1>عنوان الخبر في الصفحة</h1><div class="article-date">نشر في ١٢ آذار/مارس ٢٠٢٢ - آخر تحديث ١٣ آذار/مارس ٢٠٢٢</div>`);
    const r = pageDates(html);
    expect(r.published).toEqual({ date: "2022-03-12", source: "text:near-headline" });
    expect(r.modified).toEqual({ date: "2022-03-13", source: "text:near-headline" });
  });

  it("falls back to the URL path", () => {
    expect(pageDates(page("", "<p>No dates.</p>"), "https://example.com/news/2023/01/24/story.html").published).toEqual({ date: "2023-01-24", source: "url" });
    expect(pageDates(page("", "<p>No dates.</p>"), "https://example.com/news/20230124/story").published?.date).toBe("2023-01-24");
    expect(pageDates(page("", "<p>No dates.</p>"), "https://example.com/news/2023/01/").published).toBeNull();
  });

  it("rejects dates before 1990 with a warning", () => {
    const r = pageDates(page(`<meta property="article:published_time" content="1970-01-01T00:00:00Z">`), "https://example.com/2021/06/01/x");
    expect(r.published).toEqual({ date: "2021-06-01", source: "url" });
    expect(r.warnings.some((w) => w.code === "implausible-date")).toBe(true);
  });

  it("rejects a visible stamp later than every date of the page's metadata", () => {
    const html = page(`<meta name="date" content="2020-05-01">`, `<h1>Headline for this story</h1><div class="event-date">10 June 2031</div>`);
    const r = pageDates(html);
    expect(r.published).toEqual({ date: "2020-05-01", source: "meta:date" });
  });

  it("drops a modified date earlier than the published one, with a warning", () => {
    const r = pageDates(page(`<meta property="article:published_time" content="2023-01-24T10:00:00Z"><meta property="article:modified_time" content="2023-01-20T10:00:00Z">`));
    expect(r.modified).toBeNull();
    expect(r.warnings.some((w) => w.code === "implausible-date")).toBe(true);
  });

  it("trusts the URL's day over a UTC date one day off", () => {
    const r = pageDates(page(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T05:30:59Z"}</script>`), "https://www.example.com/2023/11/08/story/");
    expect(r.published).toEqual({ date: "2023-11-08", source: "url" });
  });

  it("gives nulls, not a throw, for pages without dates and for broken input", () => {
    expect(pageDates("").published).toBeNull();
    expect(pageDates("<html><body><div><div><p>nothing").published).toBeNull();
  });

  it("walks a DOM nested 100,000 levels deep without recursion", () => {
    // Built node by node: parsing such markup costs the parser time that is not ours to measure.
    let node: Element = new Element("div", {}, [new Text("Posted 24 January 2023")]);
    for (let i = 0; i < 100_000; i++) node = new Element("div", { class: i % 2 ? "wrap" : "meta" }, [node]);
    const body = new Element("body", {}, [node]);
    const doc = new Document([new Element("html", { lang: "en" }, [new Element("head", {}, []), body])]);
    for (const n of [doc, ...allElements(doc)]) for (const c of n.children) c.parent = n;
    const r = findPageDates({ dom: new DomPage(doc), baseUrl: null, url: null, depthLimited: false });
    expect(r.published?.date).toBe("2023-01-24");
  });

  it("does not rewalk a deep subtree for every 'meta' wrapper when no date is inside", () => {
    let node: Element = new Element("div", {}, [new Text("no date here")]);
    for (let i = 0; i < 50_000; i++) node = new Element("div", { class: "post-meta" }, [node]);
    const doc = new Document([new Element("html", {}, [new Element("body", {}, [node])])]);
    for (const n of [doc, ...allElements(doc)]) for (const c of n.children) c.parent = n;
    expect(findPageDates({ dom: new DomPage(doc), baseUrl: null, url: null, depthLimited: false }).published).toBeNull();
  });
});
