import { describe, expect, it } from "vitest";
import { loadHtml } from "../../../src/html/load.js";
import { readMetadata } from "../../../src/html/metadata/index.js";

const read = (html: string, url: string | null = "https://news.example.com/2024/05/story.html") => readMetadata(loadHtml(html, url));
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const names = (m: ReturnType<typeof read>) => m.byline?.authors.map((a) => a.name) ?? [];

describe("authors", () => {
  it("reads JSON-LD authors as string, object and array, skipping organisations", () => {
    expect(names(read(`<head>${ld({ "@type": "NewsArticle", headline: "H", author: "Jane Doe and John Roe" })}</head>`))).toEqual(["Jane Doe", "John Roe"]);
    const m = read(`<head>${ld({ "@type": "NewsArticle", headline: "H", author: [{ "@type": "Person", name: "Jane Doe", url: "/people/jane", jobTitle: "Reporter" }, { "@type": "Organization", name: "Example News" }] })}</head>`);
    expect(m.byline?.authors).toEqual([{ name: "Jane Doe", url: "https://news.example.com/people/jane", role: "Reporter" }]);
    expect(m.provenance.byline).toBe("json-ld:author");
  });

  it("reads meta author, but not when it is the site or a handle or a URL", () => {
    expect(names(read('<head><meta name="author" content="By Jane Doe"></head>'))).toEqual(["Jane Doe"]);
    expect(read('<head><meta property="og:site_name" content="Example News"><meta name="author" content="Example News"></head>').byline).toBeNull();
    expect(read('<head><meta name="twitter:site" content="@LBCI"><meta itemprop="author" content="LBCI"></head>').byline).toBeNull();
    expect(read('<head><meta property="article:author" content="https://facebook.com/jane"></head>').byline).toBeNull();
  });

  it("reads a visible byline and hands its text to the content stage", () => {
    const m = read('<body><article><h1>Storm hits coast</h1><div class="byline">By <a rel="author" href="/staff/jane">Jane Doe</a></div><p>Text.</p></article></body>');
    expect(m.byline?.authors).toEqual([{ name: "Jane Doe", url: "https://news.example.com/staff/jane", role: null }]);
    expect(m.bylineText).toBe("By Jane Doe");
    expect(m.provenance.byline).toBe("byline-element");
  });

  it("prefers the byline after the headline to bylines of teasers and ignores related boxes", () => {
    const m = read(`<body><div class="author">Katie Couric</div><article><h1>Storm hits coast</h1>
      <span class="byline">By Jane Doe</span></article><aside class="related"><span class="byline">By Other Writer</span></aside></body>`);
    expect(names(m)).toEqual(["Jane Doe"]);
  });

  it("matches the metadata author to the visible byline for bylineText", () => {
    const m = read(`<head><meta name="author" content="Jane Doe"></head><body><h1>Storm</h1><p class="byline">Por Jane Doe | 24/01/2023</p></body>`);
    expect([names(m), m.bylineText]).toEqual([["Jane Doe"], "Por Jane Doe | 24/01/2023"]);
  });

  it("reads an Arabic byline with a city into the author and the byline location", () => {
    const m = read('<html lang="ar"><body><h1>عنوان الخبر هنا</h1><div class="author-name">كتب: حسام أبو العلا - القاهرة</div></body></html>');
    expect([names(m), m.bylineLocation]).toEqual([["حسام أبو العلا"], "القاهرة"]);
  });

  it("takes a byline line copied into the description", () => {
    expect(names(read('<head><meta name="description" content="حوار: آسيا العتروس"></head>'))).toEqual(["آسيا العتروس"]);
  });

  it("reads a dateline written into the author field", () => {
    const m = read('<head><meta name="author" content="(أبوظبي - البيان)"></head>');
    expect(m.dateline).toMatchObject({ location: "أبوظبي", agency: "البيان" });
    expect(m.byline).toBeNull();
  });
});

describe("site, section, tags, canonical, image", () => {
  it("reads OpenGraph and article: tags", () => {
    const m = read(`<head><meta property="og:site_name" content="Example News"><meta property="article:section" content="World">
      <meta property="article:tag" content="Floods"><meta property="article:tag" content="Example News"><meta property="article:tag" content="Weather">
      <link rel="canonical" href="/2024/05/story.html?amp=0"><meta property="og:image" content="/img/storm_1200x630.jpg"></head>
      <body><h1>Storm</h1><figure><img src="/img/storm_800x450.jpg"><figcaption>Waves hit the pier. <span class="credit">Photo: Jane Roe/AFP</span></figcaption></figure></body>`);
    expect(m.site).toEqual({ name: "Example News", url: "https://news.example.com/" });
    expect([m.section, m.tags, m.canonicalUrl]).toEqual(["World", ["Floods", "Weather"], "https://news.example.com/2024/05/story.html?amp=0"]);
    expect(m.image).toEqual({ url: "https://news.example.com/img/storm_1200x630.jpg", caption: "Waves hit the pier.", credit: "Jane Roe/AFP" });
  });

  it("reads JSON-LD publisher, section, keywords and image object", () => {
    const m = read(`<head>${ld({ "@type": "NewsArticle", headline: "H", articleSection: "Economy", keywords: "rates, banks", publisher: { "@type": "Organization", name: "Daily Example" }, image: { "@type": "ImageObject", url: "https://cdn.example.com/a.jpg", caption: "A bank", creditText: "Reuters" } })}</head>`);
    expect([m.site.name, m.section, m.tags]).toEqual(["Daily Example", "Economy", ["rates", "banks"]]);
    expect(m.image).toEqual({ url: "https://cdn.example.com/a.jpg", caption: "A bank", credit: "Reuters" });
  });

  it("never returns a javascript: or data: image", () => {
    expect(read('<head><meta property="og:image" content="javascript:alert(1)"><meta name="twitter:image" content="data:image/png;base64,AAAA"></head>').image).toBeNull();
  });

  it("takes the site name from a <title> suffix when nothing else names it", () => {
    const m = read("<head><title>Storm hits coast - Sputnik Arabic</title></head><body><h1>Storm hits coast</h1></body>", null);
    expect([m.headline, m.site.name, m.provenance.site]).toEqual(["Storm hits coast", "Sputnik Arabic", "title:suffix"]);
  });

  it("keeps a standfirst near the headline but never copies a bare meta description", () => {
    const deck = '<head><meta name="description" content="A summary for search engines."></head>';
    expect(read(`${deck}<body><h1>Storm</h1><p class="standfirst">Waves battered the coast overnight.</p><p>Body.</p></body>`).subheadline).toBe("Waves battered the coast overnight.");
    expect(read(`${deck}<body><h1>Storm</h1><p>A summary for search engines.</p></body>`).subheadline).toBeNull();
    expect(read(`<body><h1>Storm</h1><h2><a href="/other">Another story entirely here</a></h2></body>`).subheadline).toBeNull();
  });

  it("keeps published and modified apart, ISO only", () => {
    const m = read('<head><meta property="article:published_time" content="2023-01-24T10:00:00+0400"><meta property="article:modified_time" content="الثلاثاء 24 يناير"></head>');
    expect([m.published, m.modified, m.provenance.published]).toEqual(["2023-01-24T10:00:00+04:00", null, "meta:article:published_time"]);
  });
});

describe("bad input", () => {
  it.each([
    ["empty", ""],
    ["no body", "<title>Only a title</title>"],
    ["truncated", '<html><head><meta property="og:title" content="Cut'],
    ["frameset", '<html><frameset><frame src="a.html"></frameset></html>'],
    ["script only", "<script>document.write('x')</script>"],
  ])("%s gives metadata without throwing", (_n, html) => {
    const m = read(html);
    expect(Array.isArray(m.tags)).toBe(true);
  });

  it("survives 100,000 nested divs", () => {
    const html = `<html><head><title>Deep page</title></head><body>${"<div>".repeat(100_000)}<h1>Deep page</h1><span class="byline">By Jane Doe</span>${"</div>".repeat(100_000)}</body></html>`;
    const doc = loadHtml(html);
    const m = readMetadata(doc);
    expect(m.headline).toBe("Deep page");
  });

  it("reads a 5,000-paragraph page", () => {
    const para = "<p>" + "word ".repeat(200) + "</p>";
    const html = `<html><head><title>Big</title></head><body><h1>Big</h1>${para.repeat(5_000)}</body></html>`;
    const doc = loadHtml(html);
    expect(readMetadata(doc).headline).toBe("Big");
  });
});

describe("JSON-LD author strings", () => {
  it("decodes entities before splitting authors at \"&\" (as Página Siete writes \"Redacci&oacute;n\")", () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Titular","author":"Jos&eacute; P&eacute;rez &amp; Ana L&oacute;pez"}</script></head><body><h1>Titular</h1></body></html>`;
    const m = readMetadata(loadHtml(html));
    expect(m.byline?.authors.map((a) => a.name)).toEqual(["José Pérez", "Ana López"]);
  });
});

describe("site-wide keywords", () => {
  it("are not taken as the article's tags", () => {
    const html = `<html><head><meta name="keywords" content="news , lbci , أخبار"></head><body><h1>T</h1></body></html>`;
    expect(readMetadata(loadHtml(html)).tags).toEqual([]);
  });
  it("while an article's own keywords are", () => {
    const html = `<html><head><meta name="keywords" content="Tunisia, Bardo museum, attack"></head><body><h1>T</h1></body></html>`;
    expect(readMetadata(loadHtml(html)).tags).toEqual(["Tunisia", "Bardo museum", "attack"]);
  });
});
