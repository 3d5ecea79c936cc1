import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyNode, Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { limitNesting } from "../../src/html/depth.js";
import { parseWithHtmlparser2, type ParsedDom } from "./htmlparser2-reference.js";
import { dumpTree } from "./tree-dump.js";
import { buildTree } from "../../src/html/tree-builder.js";
import { listFiles } from "../../scripts/lib/walk.js";
import { pickJoined, seededRandom } from "../random.js";

/**
 * The tree builder (src/html/tree-builder.ts) must build the tree htmlparser2 builds, node for node:
 * the reference is the htmlparser2 parse the library used before (`parseWithHtmlparser2` in
 * htmlparser2-reference.ts, itself checked against cheerio's `load` in parse-dom.test.ts). Trees are
 * compared as full dumps: every node's type, name, attributes in their order, data, child count, own
 * property keys (the elements' one hidden class) and start/end indices, with the parent and sibling
 * links checked, and the element list's order. Random pages come from two seeded generators: one of whole tokens (tags from the
 * parser's tables, attributes in every quoting, references, comments broken in every way …), one of
 * single characters and short runs, which walks the tokenizer's states more evenly; some of the
 * first are also cut at every position, for the end-of-input cases.
 */

/** The tree written out (tree-dump.ts), as one string. */
function dump(parsed: ParsedDom): string {
  return dumpTree(parsed).join("\n");
}

function expectSameTree(html: string): void {
  expect(dump(buildTree(html)), JSON.stringify(html)).toBe(dump(parseWithHtmlparser2(html)));
}

/** A short form of a tree for the cases whose shape is spelled out: `p(text:"a")`. */
function shape(parsed: ParsedDom): string {
  const show = (node: AnyNode): string => {
    const el = node as Element;
    if (node.type === "text" || node.type === "comment") return `${node.type}:${JSON.stringify((node as { data: string }).data)}`;
    if (node.type === "directive") return `pi:${JSON.stringify(el.name)}:${JSON.stringify((node as unknown as { data: string }).data)}`;
    const attribs = Object.keys(el.attribs).length > 0 ? JSON.stringify(el.attribs) : "";
    return `${el.name}${attribs}(${el.children.map(show).join(",")})`;
  };
  return parsed.root.children.map(show).join(",");
}

/** Constructs where htmlparser2 is easy to get wrong, grouped by the part of it they exercise. */
const EDGE_CASES: Record<string, string[]> = {
  text: ["", "plain text", "a < b", "a <3 b", "<<p>x", "a<", "<", "x<>y", "a&am<?p;", "a&am</>p;", "x&am<!p;", "&amp<", "a&<b", "a\u0000b<p\u0000>c", '<p dir="rtl">نص &laquo;عربي&raquo; &#1575;</p>'],
  attributes: [
    "<a b='1' c=\"2\" d=3 e>x</a>", "<a b=>", '<a b =  "x" >', "<a =x>", "<a ==x>", '<a b"c=d>', "<a x=1 x=2 X=3 x='4'>", "<a b=c/d>",
    '<a b="c"d="e">', "<img src=x/>", "<a __proto__=x constructor=y toString=z hasOwnProperty=w __proto__=v>", "<a 2=x 1=y b=z>",
    "<a b='&amp;&ampx=&#65;&#x41&notit;' c=&lt;d&gt;>", "<A HREF=X>", "<a İ=1 Kx=2>", "<DİV>x</dİv>", "<a\tb\nc\fd\re>", "<a/b/c>",
  ],
  "self-closing": [
    "<div/>x", "<br/>y", "<p / >x", "<p/x>y", "<svg><path/><rect/></svg>x", "<svg/><div/>x", "<math><mi><b/>x</mi></math><b/>y",
    "<svg><title/>x</svg>", "<svg><title></svg><div/>x", "</svg><svg><p/>x", "</title><svg><b/>x", "<svg><img/><br/>x</svg>",
    "<svg><foreignObject><p/>x</foreignObject><p/>y</svg>",
  ],
  "raw text": [
    "<script>a</b>&amp;<p>x</script>y", "<SCRIPT>x</ScRiPt >y", "<script>x</script/>y</script>z", "<script>x</scriptx></script>", "<script>a<</script>b",
    "<style>&amp;</style>", "<title>a&amp;b<b>c</b></title>", "<textarea>&amp;<b></textarea>", "<xmp><b>&amp;</xmp>", "<tmp><b>&amp;</xmp>x", "<xitle>a&amp;</title>b",
    "<xextarea>a</textarea>b", "<script/>&amp;<b>x</b></script>", "<style/>&amp;", "<title>a\u001c/title>b", "<script>a\u001c/script>b", "<script>\u001c/script>b",
    "<script>a<\u000fscript>b", "<script>x", "<script>x</scr", "<script>x</script", "<script>x</script ", "<svg><script>a<b>&amp;</script></svg>",
    "<title>a</title\fb>c", "<p><script>x</script>y</p>",
  ],
  "closing tags": [
    "</>", "a</>b", "a</ \n>b", "</ p>x", "</3>", "</!x>", "</p x='>'>y", "a</x>b", "</br>", "</BR >x", "</p>", "<div></p></div>", "</img>x",
    "<b><i></b>x", "<a>x</a/b>y", "a</", "a</  ", "a</3", "a</p", "a</p ", "<p>a</p  ", "<b>a</b\tc=d>e",
  ],
  "comments, declarations, instructions": [
    "<!-- a -->", "<!-->x", "<!--->x", "<!---->x", "<!--a--->", "<!--a--!>b-->", "<!--", "<!--x", "<!-", "<!-x>", "<!->a>", "<!>a>b", "<!",
    "<!doctype html>", '<!DOCTYPE html PUBLIC "x">', "<!DOCTYPE\u00a0x>", "<!doctype/x>", "<![CDATA[a<b]]>c", "<![CDATA[x", "<![CDATA[", "<![CDA",
    "<![cdata[x]]>", "<![x>", '<?xml version="1.0"?>', "<?", "<?x", "<?>", "<?A B>", "a<!--x-->b", "a<?x>b",
  ],
  "implied closes": [
    "<p>a<p>b", "<p>a<div>b", "<p>a<span>b<p>c", "<li>a<li>b", "<ul><li>a<ul><li>b</ul>c", "<table><tr><td>a<td>b<tr><td>c</table>",
    "<thead><td>x", "<select><option>a<option>b<optgroup>c</select>", "<dl><dt>a<dd>b<dt>c</dl>", "<head><link><script>x</script><body>y",
    "<h1>a<p>b<h2>c", "<input><button>x<textarea>y</textarea>", "<rt>a<rp>b", "<tbody><tfoot>x", "<p>a<hr>b", "<body><head><body>x",
  ],
  "end of input": ["<div", "<div x", "<div x=", '<div x="y', "<div x=y", "<br/", "<p>a<p/", "<p>a<div x/ ", "<s", "<sc", "<script", "<scripts", "<t", "<ti", "<tmp", "<xe", "<ta", "<p>a<svg", "<svg><p/"],
};

describe("buildTree against htmlparser2", () => {
  for (const [group, cases] of Object.entries(EDGE_CASES)) {
    it.each(cases)(`${group}: %j`, (html) => expectSameTree(html));
  }

  it.each<[string, string]>([
    // A declaration's first character is taken unseen: `<!>` runs on to the next `>`.
    ["<!>a>b", 'pi:"!>a":"!>a",text:"b"'],
    // `<tmp>` is read raw up to `</xmp`, which closes nothing; the text after it goes on in the same node.
    ["<tmp><b>x</xmp>y", 'tmp(text:"<b>xy")'],
    // Text pieces are decoded one by one, then joined: the reference split by `<?` is not decoded.
    ["a&am<?p;", 'text:"a&amp;"'],
    // A closing tag cut off by the end of the input after its name leaves its last character as text.
    ["<p>a</p  ", 'p(text:"a"),text:" "'],
    // `</p>` with no <p> open makes an empty one; `</br>` a <br>; `</img>` nothing.
    ["a</p>b</br>c</img>d", 'text:"a",p(),text:"b",br(),text:"cd"'],
    // `<svg/>` closes itself, but its context stays: the next `<div/>` closes itself too.
    ["<svg/><div/>x", 'svg(),div(),text:"x"'],
  ])("gives htmlparser2's odd tree for %j", (html, expected) => {
    expect(shape(buildTree(html))).toBe(expected);
    expect(shape(parseWithHtmlparser2(html))).toBe(expected);
  });

  it("tells trees apart that differ only in an attribute's order, a text node's split or an element's list", () => {
    const a = buildTree('<a x="1" y="2">t</a>');
    expect(dump(a)).not.toBe(dump(buildTree('<a y="2" x="1">t</a>')));
    expect(dump(buildTree("ab"))).not.toBe(dump(buildTree("a<!---->b")));
    expect(dump({ root: a.root, elements: [] })).not.toBe(dump(a));
  });

  it("keeps the first of same-named attributes past the ones it compares by scanning (16), `__proto__` and `constructor` too", () => {
    const names = Array.from({ length: 40 }, (_, i) => `a${i % 25}`);
    const html = `<p ${names.map((name, i) => `${i % 3 === 0 ? name.toUpperCase() : name}=${i}`).join(" ")} __proto__=x constructor=y a3=z constructor=w>t`;
    expectSameTree(html);
    expect(Object.keys((buildTree(html).root.children[0] as Element).attribs)).toHaveLength(26);
  });

  it("closes the innermost element of a closing tag's name, under deep nesting and stray closing tags", () => {
    const n = 3_000;
    expectSameTree(`${"<div><span>".repeat(n)}x${"</i></div>".repeat(n)}${"</span>".repeat(n)}y`);
    expectSameTree(`${"<b><p>".repeat(n)}x${"</b>".repeat(n / 2)}</p></b>${"</p>".repeat(n)}`);
  });
});

/** Tokens for random pages: tags from the parser's tables, attributes, references, markup broken every way. */
const TOKENS = [
  "<p>", "</p>", "<P class=a>", "<li>", "</li>", "<td>", "<tr>", "<th>", "<table>", "</table>", "<tbody>", "<thead>", "<tfoot>", "<option>",
  "<optgroup>", "<select>", "</select>", "<input>", "<button>", "<dd>", "<dt>", "<rt>", "<rp>", "<h1>", "<hr>", "<body>", "<head>", "<link>",
  "<div>", "</div>", "<span>", "</span>", "<b", "<B ", "</b>", "<a href='x&amp;y'>", "</a>", "<img src=x/>", "<br/>", "</br>", "</p >",
  "<svg>", "</svg>", "<math>", "</math>", "<path/>", "<mi>", "<foreignObject>", "</foreignObject>", "<desc>", "<svg/>",
  "<title>", "</title>", "<script>", "</script>", "</SCRIPT >", "</script/>", "<script/>", "<style>", "</style>", "<textarea>", "<TEXTAREA>",
  "</textarea>", "</textAREA>", "<xmp>", "</xmp>", "<tmp>", "<xitle>", "<s", "<sc", "<t", "<x",
  "&amp;", "&amp", "&#x41;", "&#65", "&notit;", "&ampx=", "&", "&lt;", "&#0;", "&#x110000;", "&copy2024",
  "<!-- c -->", "<!-->", "<!--->", "<!--", "-->", "<!--a-->", "<!---x-->", "<!---->", "<!doctype html>", "<!DOCTYPE x>", "<?x?>", "<?", "<!",
  "<![CDATA[x]]>", "<![CDA", "]]>", "</>", "</ x>", "</3>", "</", "<1", "< p>", "</ p>", "</p x='>'>",
  "<", ">", "/", "=", '"', "'", " ", "\n", "\t", "\f", "\u0000", "\u001c", "\u000f", "\u001c/title>", "\u001c/script>", "<\u000fscript>",
  "نص عربي", "text", "x=1", "y='2'", 'z="3"', " x=4", "w", "/>", "<a b c d>", "<a =x>", "<a ==x>", "<a b=>", "<a x=1 X=2 x='3'>",
  "İ", "<İ>", "<__proto__ __proto__=x constructor=y toString=z>", "<a 1=x 0=y>", "<meta", "charset=",
];

/** Characters and short runs that move the tokenizer between its states. */
const CHARACTERS = [
  "<", "<", "<", ">", ">", "/", "/", "!", "-", "-", "[", "]", "?", "=", '"', "'", " ", "\n", "\f", "&", ";", "#", "x", "a", "m", "p", "s", "c",
  "r", "i", "t", "l", "e", "y", "S", "T", "X", "\u001c", "\u000f", "CDATA[", "svg", "math", "title", "br", "p", "li", "td", "tr", "b", "script",
  "style", "textarea", "xmp", "amp", "\u00a0", "ب", "<!--", "-->", " x=1", " x", "\u001c/", "/title", "/script", "<a", "<title>", "<script>",
];

function randomPage(random: () => number, pieces: readonly string[], most: number): string {
  return pickJoined(random, pieces, 1 + Math.floor(random() * most));
}

describe("buildTree against htmlparser2 on random hostile HTML", () => {
  it("builds the same tree on 4,000 pages of random tokens, 80 of them cut at every position", () => {
    const random = seededRandom(20_260_601);
    for (let n = 0; n < 4_000; n++) {
      const html = randomPage(random, TOKENS, 30);
      expectSameTree(html);
      if (n % 50 === 0) for (let end = 0; end < html.length; end++) expectSameTree(html.slice(0, end));
    }
  });

  it("builds the same tree on 20,000 strings of random characters", () => {
    const random = seededRandom(20_260_602);
    for (let n = 0; n < 20_000; n++) expectSameTree(randomPage(random, CHARACTERS, 25));
  });
});

describe("buildTree against htmlparser2 on the fixture pages", () => {
  it("builds the same tree on every HTML fixture page (after the nesting guard, which leaves them as they are)", () => {
    const files = listFiles(join(import.meta.dirname, "../../fixtures"), (name) => /\.html?$/i.test(name));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = limitNesting(readFileSync(file, "utf8")).html;
      expect(dump(buildTree(html)), file).toBe(dump(parseWithHtmlparser2(html)));
    }
  });
});

describe("buildTree's elements by tag", () => {
  it("lists each tag's elements in document order, as grouping the element list does", () => {
    const files = listFiles(join(import.meta.dirname, "../../fixtures"), (name) => /\.html?$/i.test(name));
    for (const file of [...files.slice(0, 30), null]) {
      // (null: a page whose closing tags make elements of their own, `</p>` and `</br>`, and names in any case.)
      const built = buildTree(file ? readFileSync(file, "utf8") : "<DIV><p>a</P></p></br><Div>b</div></DIV><svg><Path/></svg>");
      // Each element as its position in the element list: the lists must hold the very elements.
      const position = new Map(built.elements.map((el, i) => [el, i]));
      const grouped = new Map<string, number[]>();
      built.elements.forEach((el, i) => grouped.set(el.name, [...(grouped.get(el.name) ?? []), i]));
      const byTag = [...built.byTag].map(([name, list]) => [name, list.map((el) => position.get(el))] as const);
      expect(byTag.sort(([a], [b]) => (a < b ? -1 : 1)), file ?? "inline page").toEqual([...grouped].sort(([a], [b]) => (a < b ? -1 : 1)));
    }
  });
});
