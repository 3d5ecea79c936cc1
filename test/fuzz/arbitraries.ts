/**
 * Generators of hostile input for the property tests and `npm run fuzz`: arbitrary strings (any code
 * unit, lone surrogates included), arbitrary bytes (with and without charset hints), news-like text in
 * English and Arabic, generated HTML trees, and real pages mutated (truncated, tags deleted, entities
 * garbled, bytes spliced in).
 */
import fc from "fast-check";

/** Sizes of what is generated: small enough for thousands of cases a minute, big enough to nest. */
export const GEN = {
  maxStringLength: 400,
  maxBytes: 2_000,
  maxChildren: 5,
  maxDepth: 6,
  maxFragments: 60,
  maxMutations: 8,
} as const;

/** Pieces of news text in both first-class languages, with every quote mark and separator. */
const FRAGMENTS = [
  "قال", "وقالت", "وأكد", "أن", "الرئيس", "محمد", "بن سلمان", "إيلاف من لندن:", "بغداد", "(أ ف ب)", "(رويترز)",
  "«", "»", "“", "”", "\"", "'", "‘", "’", "„", "‹", "›", "،", "؛", "؟", ":", ".", ",", "—", "-", "–",
  "said", "told", "according to", "he said", "She said", "LONDON, Jan 24 (Reuters) -", "By John Smith", "Reuters",
  "Jan. 24, 2023", "24 كانون الثاني 2023", "١٤ يناير ٢٠٢٣", "11 شوال 1441هـ", "2023-01-24T15:05:00+04:00", "منذ ساعتين",
  "Tuesday", "الثلاثاء", "31 فبراير", "Feb 30, 2021", "99/99/9999", "12:75 PM", "0000-00-00",
  "Photo: AFP", "Getty Images", "اقرأ أيضا", "التعليقات", "Share", "Related", "Advertisement",
  "\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u200b", "\u200f", "\u202e", "\ufeff", "\u0640", "\ud800", "\udfff", "\u0000",
  "<", ">", "&", "&amp;", "&#x0;", "&#1234567;", "&nbsp", "<p>", "</p>", "<script>", "</div>",
  "a", "ال", "١٢٣", "123", "x".repeat(50), "و".repeat(30), ". ".repeat(10), "\"".repeat(9), "«".repeat(7),
];

/** News-like text: fragments joined, so that rules (datelines, verbs, quote marks) actually fire. */
export const newsText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), {
    maxLength: GEN.maxFragments,
  })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "\n"), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + (seps[i] ?? "")).join("")));

/** Any string: UTF-16 code units including lone surrogates, and full Unicode. */
export const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: GEN.maxStringLength }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: GEN.maxStringLength }),
  fc.string({ maxLength: GEN.maxStringLength }),
  newsText,
);

/** Prefixes that steer decoding: BOMs and charset declarations, some unknown or lying. */
const BYTE_PREFIXES: readonly number[][] = [
  [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff],
  ...["<meta charset=windows-1256>", "<meta charset=utf-16>", "<meta charset=x-nonsense>", "<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-6\">", "<?xml version=\"1.0\" encoding=\"shift_jis\"?>"].map((s) => [...Buffer.from(s, "latin1")]),
];

/** Arbitrary bytes, sometimes behind a BOM or a charset declaration. */
export const anyBytes = fc
  .tuple(fc.constantFrom(...BYTE_PREFIXES), fc.uint8Array({ maxLength: GEN.maxBytes }))
  .map(([prefix, body]) => {
    const out = new Uint8Array(prefix.length + body.length);
    out.set(prefix, 0);
    out.set(body, prefix.length);
    return out;
  });

/** A charset hint as a caller might pass it (`options.charset`). */
export const charsetHint = fc.option(fc.constantFrom("utf-8", "windows-1256", "iso-8859-1", "utf-16le", "nonsense", "", " UTF-8 "), { nil: undefined });

const TAGS = [
  "html", "head", "body", "div", "p", "span", "a", "article", "main", "section", "header", "footer", "nav", "aside",
  "h1", "h2", "h3", "h6", "figure", "figcaption", "img", "picture", "source", "blockquote", "q", "ul", "ol", "li",
  "table", "tr", "td", "br", "hr", "time", "meta", "link", "script", "style", "noscript", "template", "iframe",
  "svg", "math", "object", "embed", "form", "input", "textarea", "title", "base", "button", "font", "center", "x-custom",
];
const ATTR_NAMES = [
  "class", "id", "href", "src", "srcset", "data-src", "content", "property", "name", "itemprop", "itemtype", "rel",
  "datetime", "lang", "dir", "style", "onerror", "onload", "type", "charset", "http-equiv", "aria-hidden", "hidden", "role",
];
const ATTR_VALUES = [
  "", "article", "content", "comments", "related", "share", "byline", "author", "headline", "og:title", "og:url",
  "article:published_time", "canonical", "https://example.com/a", "/relative/path", "//cdn.example/x.jpg",
  "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)", "file:///etc/passwd", "http://[::1", "https://", "2023-01-24T15:05:00Z", "not a date", "rtl", "ar", "en",
  "application/ld+json", "alert(1)", "\"><script>alert(1)</script>", "x".repeat(300),
];
const ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#160;", "&#x627;", "&#0;", "&#x110000;", "&#xD800;", "&bogus;", "&", "&#", "&#x;", "&amp", "&laquo;", "&raquo;", "&rlm;"];

/** Text inside generated HTML: never a literal "<" so that any tag in the output is a leak. */
const htmlText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS.filter((f) => !/[<>&]/.test(f))) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES.filter((e) => !/lt|gt|#x?0*3[cC]|#60/.test(e))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/[<>&]/g, " ")) },
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTR_NAMES), fc.constantFrom(...ATTR_VALUES), fc.constantFrom("\"", "'", ""))
  .map(([name, value, q]) => (q === "" ? `${name}=${value.replace(/[\s"'<>=`]/g, "") || "x"}` : `${name}=${q}${value.replaceAll(q, "")}${q}`));

/** JSON-LD blocks: news metadata, prototype-pollution keys, broken JSON. */
const jsonLd = fc.constantFrom(
  `{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2023-01-24T10:00:00+03:00","author":{"@type":"Person","name":"A"},"url":"javascript:alert(1)","image":"data:image/png;base64,AAAA"}`,
  `{"__proto__":{"polluted":"yes"},"@type":"NewsArticle","headline":"P"}`,
  `{"constructor":{"prototype":{"polluted":"yes"}},"@type":"NewsArticle"}`,
  `{"@graph":[{"@type":"NewsArticle","prototype":{"polluted":1},"author":[{"name":{"__proto__":{"polluted":2}}}]}]}`,
  `[{"@type":"Article","headline":"x"},{"@type":"NewsArticle","datePublished":"not a date"}]`,
  `{"@type":"NewsArticle","headline":`, `<!--{"@type":"NewsArticle"}-->`, `]]>`, `{"a":${"[".repeat(300)}}`,
);

interface Node {
  tag: string;
  attrs: string[];
  children: (Node | string)[];
  close: boolean;
}

const { tree } = fc.letrec<{ tree: Node; child: Node | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(attribute, { maxLength: 4 }),
    children: fc.array(tie("child"), { maxLength: GEN.maxChildren }),
    close: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  }),
  child: fc.oneof({ depthSize: "small", maxDepth: GEN.maxDepth, withCrossShrink: true }, htmlText, htmlText, tie("tree")),
}));

/**
 * Elements whose content is text to the HTML parser (a "<td>" inside <title> is the title's text):
 * only text is generated in them, so a tag in the output always means markup leaked.
 */
const RAW_TEXT: ReadonlySet<string> = new Set(["title", "textarea", "script", "style", "noscript", "iframe", "template", "xmp", "noembed", "noframes"]);

function render(root: Node): string {
  // Iterative, so the renderer itself is not the thing that overflows.
  const out: string[] = [];
  const stack: (Node | string | { end: string })[] = [root];
  while (stack.length) {
    const item = stack.pop() as Node | string | { end: string };
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    if ("end" in item) {
      out.push(item.end);
      continue;
    }
    out.push(`<${item.tag}${item.attrs.map((a) => " " + a).join("")}>`);
    const raw = RAW_TEXT.has(item.tag);
    // An unclosed raw-text element makes the rest of the page its text: always closed here (the
    // mutated real pages and test/hostile/regressions cover the unclosed case).
    if (item.close || raw) stack.push({ end: `</${item.tag}>` });
    for (let i = item.children.length - 1; i >= 0; i--) {
      const child = item.children[i] as Node | string;
      if (!raw || typeof child === "string") stack.push(child);
    }
  }
  return out.join("");
}

/** A generated HTML page: a random tree, sometimes in a page shell with head metadata and JSON-LD. */
export const htmlPage = fc
  .tuple(tree, fc.boolean(), fc.option(jsonLd, { nil: null }), fc.array(attribute, { maxLength: 3 }))
  .map(([body, shell, ld, metaAttrs]) => {
    const inner = render(body);
    if (!shell) return inner;
    const head = `<meta ${metaAttrs.join(" ")}>` + (ld ? `<script type="application/ld+json">${ld}</script>` : "");
    return `<!doctype html><html lang="ar" dir="rtl"><head><title>T</title>${head}</head><body>${inner}</body></html>`;
  });

/** One mutation of a real page. */
type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "delete-tag"; at: number }
  | { kind: "garble-entity"; at: number; entity: string }
  | { kind: "splice"; at: number; text: string }
  | { kind: "duplicate"; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("delete-tag" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("garble-entity" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), entity: fc.constantFrom(...ENTITIES, "&#x", "&am", "&#99999999999;") }),
  fc.record({ kind: fc.constant("splice" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(anyString, htmlPage, fc.constantFrom("<!--", "<![CDATA[", "<script>", "</html>", "<svg><style>", "\"", "'", "<", "\u0000")) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 5_000 }) }),
) as fc.Arbitrary<Mutation>;

/** Applies mutations to `page` (positions are fractions of the current length). */
export function mutate(page: string, mutations: readonly Mutation[]): string {
  let s = page;
  for (const m of mutations) {
    const at = Math.min(s.length, Math.floor(m.at * s.length));
    switch (m.kind) {
      case "truncate":
        s = s.slice(0, at);
        break;
      case "delete-tag": {
        const open = s.indexOf("<", at);
        const close = open < 0 ? -1 : s.indexOf(">", open);
        if (open >= 0 && close >= 0) s = s.slice(0, open) + s.slice(close + 1);
        break;
      }
      case "garble-entity": {
        const amp = s.indexOf("&", at);
        const semi = amp < 0 ? -1 : s.indexOf(";", amp);
        s = amp >= 0 && semi >= 0 && semi - amp < 12 ? s.slice(0, amp) + m.entity + s.slice(semi + 1) : s.slice(0, at) + m.entity + s.slice(at);
        break;
      }
      case "splice":
        s = s.slice(0, at) + m.text + s.slice(at);
        break;
      case "duplicate":
        s = s.slice(0, at + m.length) + s.slice(at, at + m.length) + s.slice(at + m.length);
        break;
    }
  }
  return s;
}

/** Real pages (given as strings), mutated by 1–8 random mutations. */
export function mutatedPage(pages: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...pages), fc.array(mutation, { minLength: 1, maxLength: GEN.maxMutations }))
    .map(([page, ms]) => mutate(page, ms));
}

/** Values that are not a string or bytes, for the argument-type checks. */
export const notInput = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.object(), fc.array(fc.anything(), { maxLength: 3 }),
  fc.constant(Symbol("s")), fc.constant(() => "x"), fc.constant(new Date(0)), fc.constant(new Map()),
);

/** Options of parse(): mostly well-typed, sometimes wrong. */
export const parseOptions = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.record({ url: fc.constantFrom("https://example.com/2023/01/24/x", "javascript:alert(1)", "not a url", "data:text/html,x") }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ format: fc.constantFrom("html", "text") as fc.Arbitrary<"html" | "text">, language: fc.constantFrom("ar", "en", "zz", "") }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
);
