import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../random.js";
import { loadHtml } from "../../../src/html/load.js";
import { allElements, matches } from "../../../src/html/query.js";
import { BYLINE_SELECTORS, SECTION_LINK_SELECTORS, STANDFIRST_SELECTORS } from "../../../src/html/metadata/data/selectors.js";
import { sectionLinkTest } from "../../../src/html/metadata/section.js";
import { mayBeByline, metadataScan } from "../../../src/html/metadata/scan.js";
import { isStandfirst } from "../../../src/html/metadata/standfirst.js";

/**
 * `mayBeByline` is only a pre-test: it may let through elements the byline selectors reject, but
 * never reject one they match (that element's byline would be lost). Likewise `isStandfirst` must
 * agree with STANDFIRST_SELECTORS though it asks the selector only of hinted elements. Checked on
 * generated elements (the selectors' words in every attribute, case and position) and on every
 * element of the fixture pages.
 */
const BYLINE = BYLINE_SELECTORS.join(",");
const STANDFIRST = STANDFIRST_SELECTORS.join(",");
const FIXTURES = join(import.meta.dirname, "../../../fixtures/html");

const TAGS = ["div", "span", "a", "p", "address", "li", "h2", "meta"];
const ATTRS = ["class", "id", "rel", "itemprop", "data-component", "data-testid", "href", "title", "name"];
const WORDS = [
  "author", "Author", "AUTHORS", "post-author", "author-name", "entry_author", "author_box", "authorname", "byline", "ByLine",
  "article-byline", "writer", "Writer-box", "kateb", "verfasser", "autor", "Autor-box", "x-autor", "fn", "FN", "main",
  "nav", "aut", "auth", "by", "/author/", "/authors/x", "/autor/", "/autoren/", "/auteur/", "/reporters/", "/journalist/",
  "/journaliste/", "/kuttab/", "/Author/", "/news/", "https://x.com/author/jane", "reporter", "journal", "",
  "standfirst", "StandFirst", "subtitle", "subheadline", "sub-headline", "Sub-Headline", "dek", "DECK", "summary", "excerpt",
  "intro", "Lead", "chapo", "perex", "teaser", "description", "sub", "head", "de", "k",
  "/category/", "/categories/", "/section/", "/sections/x", "/rubrique/", "/ressort/", "/Category/", "category", "/sectionz/",
];

function generated(count: number): string {
  const next = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const tag = pick(TAGS);
    const attrs: string[] = [];
    for (let k = Math.floor(next() * 3); k >= 0; k--) {
      const value = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS)).join(pick([" ", "", "-"]));
      attrs.push(`${pick(ATTRS)}="${value}"`);
    }
    out.push(`<${tag} ${attrs.join(" ")}><span class="fn">x</span></${tag}>`);
  }
  return `<body><div class="author">${out.join("")}</div></body>`;
}

/** Byline elements the pre-test, or the page scan that applies it, would lose. */
function misses(html: string): string[] {
  const dom = loadHtml(html).dom;
  const scanned = new Set(metadataScan(dom).bylines);
  return allElements(dom)
    .filter((el) => matches(el, BYLINE) && !(mayBeByline(el) && scanned.has(el)))
    .map((el) => `<${el.name} ${JSON.stringify(el.attribs)}>`);
}

/** Elements on which `isStandfirst` and the standfirst selectors disagree. */
function standfirstDisagreements(html: string): string[] {
  return allElements(loadHtml(html).dom)
    .filter((el) => matches(el, STANDFIRST) !== isStandfirst(el))
    .map((el) => `<${el.name} ${JSON.stringify(el.attribs)}>`);
}

describe("isStandfirst", () => {
  it("agrees with the standfirst selectors on generated elements and fixture pages", () => {
    const html = generated(3_000);
    expect(allElements(loadHtml(html).dom).filter((el) => matches(el, STANDFIRST)).length).toBeGreaterThan(500);
    expect(standfirstDisagreements(html)).toEqual([]);
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html"))) {
      expect([file, standfirstDisagreements(readFileSync(join(FIXTURES, file), "utf8"))]).toEqual([file, []]);
    }
  });
});

const SECTION_LINK = SECTION_LINK_SELECTORS.join(",");

/** Elements on which `sectionLinkTest` and the section-link selectors disagree. */
function sectionDisagreements(html: string): string[] {
  const dom = loadHtml(html).dom;
  const test = sectionLinkTest(dom);
  return allElements(dom)
    .filter((el) => matches(el, SECTION_LINK) !== test(el))
    .map((el) => `<${el.name} ${JSON.stringify(el.attribs)}>`);
}

describe("sectionLinkTest", () => {
  it("agrees with the section-link selectors, with and without a breadcrumb box on the page", () => {
    const html = generated(3_000);
    const links = (h: string) => allElements(loadHtml(h).dom).filter((el) => matches(el, SECTION_LINK)).length;
    // Every word as a link's path, and as its rel, besides the random elements.
    const table = WORDS.map((w) => `<a href="https://x.com${w.startsWith("/") ? w : `/${w}/`}story">x</a><a rel="${w}">y</a>`).join("");
    const plain = html.replace("</body>", `${table}</body>`);
    expect(links(plain)).toBeGreaterThan(15);
    expect(sectionDisagreements(plain)).toEqual([]);
    const crumbs = html.replace('<div class="author">', '<div class="author"><nav class="Site-BreadCrumbs"><a href="/">Home</a></nav>');
    expect(sectionDisagreements(crumbs)).toEqual([]);
    const inside = html.replace('<div class="author">', '<div class="author Site-BreadCrumbs">');
    expect(links(inside)).toBeGreaterThan(300);
    expect(sectionDisagreements(inside)).toEqual([]);
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html"))) {
      expect([file, sectionDisagreements(readFileSync(join(FIXTURES, file), "utf8"))]).toEqual([file, []]);
    }
  });
});

describe("mayBeByline", () => {
  it("lets through every generated element the byline selectors match", () => {
    const html = generated(3_000);
    const matched = allElements(loadHtml(html).dom).filter((el) => matches(el, BYLINE)).length;
    expect(matched).toBeGreaterThan(500);
    expect(misses(html)).toEqual([]);
  });

  it("lets through every byline element of the fixture pages", () => {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".html"))) {
      expect([file, misses(readFileSync(join(FIXTURES, file), "utf8"))]).toEqual([file, []]);
    }
  });

  it("rejects elements without a byline word", () => {
    const [el] = allElements(loadHtml('<div class="main" id="story"><a href="/news/1">x</a></div>').dom);
    expect(el && mayBeByline(el)).toBe(false);
    const link = allElements(loadHtml('<a href="/news/author-of-the-year">x</a>').dom)[0];
    expect(link && mayBeByline(link)).toBe(false);
  });
});
