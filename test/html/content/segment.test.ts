import { describe, expect, it } from "vitest";
import { page, prose, read, texts } from "./helpers.js";

function body(inner: string): string {
  return page(`<div class="article-body"><p>${prose("Alpha")}</p>${inner}<p>${prose("Omega")}</p></div>`);
}

describe("segmenting into blocks", () => {
  it("splits <br><br> text and bare text in divs into paragraphs", () => {
    const content = read(body(`<div>First bare line of text in a div, with a comma<br><br>Second line after two breaks, also text<br>same paragraph after one break<br>and one more line.<br>A new paragraph after a sentence and one break.</div>`));
    const ps = texts(content, "paragraph");
    expect(ps).toContain("First bare line of text in a div, with a comma");
    expect(ps).toContain("Second line after two breaks, also text same paragraph after one break and one more line.");
    expect(ps).toContain("A new paragraph after a sentence and one break.");
  });

  it("skips empty paragraphs (&nbsp;, <br>)", () => {
    const content = read(body(`<p>&nbsp;</p><p><br></p><p> \u00a0 </p>`));
    expect(texts(content, "paragraph")).toHaveLength(2);
  });

  it("collapses whitespace, decodes entities and drops markup", () => {
    const content = read(body(`<p>Tom &amp; Jerry   said \n <em>“hello”</em>&nbsp;to&#160;<a href="/x">everyone</a> here.</p>`));
    expect(texts(content, "paragraph")).toContain("Tom & Jerry said “hello” to everyone here.");
  });

  it("reads h2–h4 and bold-only short lines as headings", () => {
    const content = read(body(`<h2>The background</h2><p><strong>What happens next</strong></p><h4>Small heading</h4>`));
    const hs = content.blocks.filter((b) => b.type === "heading");
    expect(hs).toEqual([
      { type: "heading", text: "The background", level: 2 },
      { type: "heading", text: "What happens next", level: 3 },
      { type: "heading", text: "Small heading", level: 4 },
    ]);
  });

  it("keeps a bold sentence as a paragraph", () => {
    const content = read(body(`<p><b>This whole sentence is bold and ends with a full stop.</b></p>`));
    expect(texts(content, "paragraph")).toContain("This whole sentence is bold and ends with a full stop.");
  });

  it("reads figure/figcaption as a caption with the credit split off and a lazy image", () => {
    const content = read(body(`<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg"><figcaption>وزير الخارجية خلال المؤتمر (رويترز)</figcaption></figure>`));
    const caps = content.blocks.filter((b) => b.type === "caption");
    expect(caps).toEqual([{ type: "caption", text: "وزير الخارجية خلال المؤتمر", credit: "رويترز", imageUrl: "https://example.com/img/a.jpg" }]);
  });

  it("reads a credit span inside the caption as the credit", () => {
    const content = read(body(`<figure><img srcset="/s.jpg 300w, /l.jpg 1200w"><figcaption>Crowds in the square <span class="credit">Jane Roe/AP</span></figcaption></figure>`));
    expect(content.blocks.find((b) => b.type === "caption")).toEqual({ type: "caption", text: "Crowds in the square", credit: "Jane Roe/AP", imageUrl: "https://example.com/l.jpg" });
  });

  it("finds images in <noscript> fallbacks and amp-img", () => {
    const a = read(body(`<figure><noscript><img src="/ns.jpg"></noscript><figcaption>One</figcaption></figure>`));
    expect(a.blocks.find((b) => b.type === "caption")).toMatchObject({ imageUrl: "https://example.com/ns.jpg" });
    const b = read(body(`<figure><amp-img src="/amp.jpg"></amp-img><figcaption>Two</figcaption></figure>`));
    expect(b.blocks.find((x) => x.type === "caption")).toMatchObject({ imageUrl: "https://example.com/amp.jpg" });
  });

  it("reads a caption-classed element and a short line under an image as captions", () => {
    const a = read(body(`<div class="wp-caption"><img src="/w.jpg"><p class="wp-caption-text">The harbour at dawn</p></div>`));
    expect(a.blocks.find((b) => b.type === "caption")).toMatchObject({ text: "The harbour at dawn", imageUrl: "https://example.com/w.jpg" });
    const b = read(body(`<div class="article_image"><img src="/r.jpg"><div class="red">اصابات بفيروس كورونا في امريكا</div></div>`));
    expect(b.blocks.find((x) => x.type === "caption")).toMatchObject({ text: "اصابات بفيروس كورونا في امريكا" });
  });

  it("reads a lead image before the first paragraph", () => {
    const html = page(`<div class="article-body"><figure><img src="/lead.jpg"><figcaption>Lead photo (AFP)</figcaption></figure><p>${prose("Alpha")}</p><p>${prose("Beta")}</p></div>`);
    expect(read(html).image).toEqual({ url: "https://example.com/lead.jpg", caption: "Lead photo", credit: "AFP" });
  });

  it("reads blockquotes and lists; drops link-only lists", () => {
    const links = `<ul><li><a href="/1">One story</a></li><li><a href="/2">Two story</a></li></ul>`;
    const content = read(body(`<blockquote><p>We will not give up, she said.</p></blockquote><ol><li>First point</li><li>Second point</li></ol>${links}`));
    expect(content.blocks).toContainEqual({ type: "blockquote", text: "We will not give up, she said." });
    expect(content.blocks).toContainEqual({ type: "list", items: ["First point", "Second point"], ordered: true });
    expect(JSON.stringify(content.blocks)).not.toContain("One story");
  });

  it("drops the headline repeated at the top and the byline text", () => {
    const html = page(`<div class="article-body"><h1>Council approves plan</h1><p>By Jane Doe</p><p>${prose("Alpha")}</p><p>${prose("Beta")}</p></div>`);
    const content = read(html, { headline: "Council approves plan", bylineText: "By Jane Doe" });
    expect(texts(content)).toEqual([prose("Alpha"), prose("Beta")]);
  });

  it("drops a date stamp before the first paragraph", () => {
    const content = read(page(`<div class="article-body"><p>الأربعاء، ٢٨ آب/اغسطس ٢٠١٣، آخر تحديث 14:00</p><p>${prose("Alpha")}</p><p>${prose("Beta")}</p></div>`));
    expect(texts(content)[0]).toBe(prose("Alpha"));
  });
});
