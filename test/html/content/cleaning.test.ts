import { describe, expect, it } from "vitest";
import { allText, page, prose, read } from "./helpers.js";

const BODY = `<article><p>${prose("Alpha")}</p><p>${prose("Beta")}</p><p>${prose("Gamma")}</p></article>`;

describe("chrome is removed", () => {
  it.each([
    ["script", `<script>var x = "SCRIPTTEXT";</script>`],
    ["style", `<style>.a{content:"STYLETEXT"}</style>`],
    ["noscript text", `<noscript>Please enable JavaScript NOSCRIPTTEXT</noscript>`],
    ["aside", `<aside><p>${prose("ASIDETEXT")}</p></aside>`],
    ["form", `<form><label>Your email NEWSLETTERTEXT</label><input name="e"></form>`],
    ["hidden attribute", `<p hidden>${prose("HIDDENTEXT")}</p>`],
    ["aria-hidden", `<div aria-hidden="true"><p>${prose("ARIATEXT")}</p></div>`],
    ["display:none", `<div style="color:red; display: none"><p>${prose("NONETEXT")}</p></div>`],
    ["share bar class", `<div class="share-bar"><a href="#">Facebook</a> <span>SHARETEXT</span></div>`],
    ["newsletter box", `<div class="newsletter-signup"><p>Get our newsletter NEWSLETTERBOX every morning.</p></div>`],
    ["comments", `<div id="comments"><p>${prose("COMMENTTEXT")}</p></div>`],
    ["ad slot", `<div class="ad-slot">ADTEXT</div>`],
    ["cookie banner", `<div class="cookie-consent">We use cookies COOKIETEXT</div>`],
    ["run-together related class", `<div class="jp-relatedposts"><h3>Related</h3><p><a href="/x">RELATEDTEXT story</a></p></div>`],
    ["tags by head word", `<div class="article_details_tags"><b>TAGTEXT</b> <b>Other</b></div>`],
  ])("%s", (_name, chrome) => {
    const content = read(page(BODY.replace("</article>", `${chrome}</article>`)));
    const text = allText(content);
    expect(text).toContain("Alpha the council");
    expect(text).toContain("Gamma the council");
    expect(text).not.toMatch(/SCRIPTTEXT|STYLETEXT|NOSCRIPTTEXT|ASIDETEXT|NEWSLETTERTEXT|HIDDENTEXT|ARIATEXT|NONETEXT|SHARETEXT|NEWSLETTERBOX|COMMENTTEXT|ADTEXT|COOKIETEXT|RELATEDTEXT|TAGTEXT/);
  });

  it("keeps a body whose wrapper carries a state class (has-ads, with-sidebar)", () => {
    const html = page(`<section class="o-section o-section--has-ads"><div class="c-article-body">${BODY}</div></section>`);
    expect(allText(read(html))).toContain("Beta the council");
  });

  it("keeps long prose in a page-builder 'widget' box", () => {
    const html = page(`<div class="elementor-widget-wrap"><div class="elementor-widget-container"><p>${prose("Delta", 60)}</p><p>${prose("Epsilon", 60)}</p></div></div>`);
    expect(allText(read(html))).toContain("Epsilon the council");
  });

  it("keeps the <header> of an <article> (its standfirst), but not the page header", () => {
    const html = page(`<header class="site">SITEHEADER menu</header><article><header><p class="intro">${prose("Standfirst", 20)}</p></header>${BODY.replace(/<\/?article>/g, "")}</article>`);
    const text = allText(read(html));
    expect(text).toContain("Standfirst the council");
    expect(text).not.toContain("SITEHEADER");
  });

  it("drops Arabic read-also and comment labels with the links after them", () => {
    const html = page(`<div class="article-body"><p>${prose("Alpha")}</p><p>إقرأ أيضاً:</p><p><a href="/1">عنوان خبر آخر</a></p><p>${prose("Omega")}</p><h3>التعليقات</h3><p><a href="/u">مستخدم</a></p></div>`);
    const text = allText(read(html));
    expect(text).toContain("Omega the council");
    expect(text).not.toContain("إقرأ");
    expect(text).not.toContain("عنوان خبر آخر");
    expect(text).not.toContain("التعليقات");
  });

  it("does not change the caller's HTML string or options", () => {
    const html = page(BODY);
    const copy = `${html}`;
    const hints = { headline: "H", articleBody: null, bylineText: null, language: "en" };
    read(html, hints);
    expect(html).toBe(copy);
    expect(hints).toEqual({ headline: "H", articleBody: null, bylineText: null, language: "en" });
  });
});
