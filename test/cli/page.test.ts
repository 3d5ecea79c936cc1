import { describe, expect, it } from "vitest";
import { articleJsonSchema } from "../../src/model/article.js";
import { OPTIONS } from "../../src/cli/args.js";
import { quoteJsonSchema } from "../../src/cli/quotes.js";
import { escapeMarkdown } from "../../src/cli/markdown.js";
import { AttributionSchema, QuoteSchema } from "../../src/quotes/index.js";
import { khabar, page, PAGES, SKIP_REASON } from "./helpers.js";

const ELAPH = `${PAGES}/ar/elaph-iraq-nato.txt`;
const REUTERS = `${PAGES}/en/en-reuters-parasite-sag.txt`;

describe.skipIf(SKIP_REASON !== null)(`khabar FILE ${SKIP_REASON ? `(skipped: ${SKIP_REASON})` : ""}`, () => {
  it("prints one page's Article as JSON, indented with --pretty", async () => {
    const compact = await khabar([ELAPH]);
    expect(compact.code).toBe(0);
    expect(compact.stdout.trimEnd().split("\n")).toHaveLength(1);
    const article = JSON.parse(compact.stdout);
    expect(article.dateline).toMatchObject({ raw: "إيلاف من لندن:", agency: "إيلاف", location: "لندن" });
    expect(article.captions.map((c: { credit: string }) => c.credit)).toEqual(["مكتبه", "مكتبه"]);
    const pretty = await khabar([ELAPH, "--pretty"]);
    expect(pretty.stdout).toMatch(/^\{\n {2}"headline": /);
    expect(JSON.parse(pretty.stdout)).toEqual(article);
  });

  it("reads the page from stdin with -, and --url sets its URL", async () => {
    const url = "https://elaph.com/Web/News/2023/01/1500000.html";
    const run = await khabar(["-", "--url", url], page("ar/elaph-iraq-nato.txt"));
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(article.url).toBe(url);
    expect(article.dateline.agency).toBe("إيلاف");
    const fromFile = JSON.parse((await khabar([ELAPH, "--url", url])).stdout);
    expect(article).toEqual(fromFile);
  });

  it("passes --charset to the decoder for a page that declares none", async () => {
    const encoded = "fixtures/input/elaph-iraq-nato.cp1256.txt";
    const hinted = await khabar([encoded, "--charset", "windows-1256"]);
    expect(hinted.code).toBe(0);
    expect(JSON.parse(hinted.stdout)).toEqual(JSON.parse((await khabar([ELAPH])).stdout));
    const unhinted = JSON.parse((await khabar([encoded])).stdout);
    expect(unhinted.text).not.toContain("العراق");
  });

  it("renders --format markdown: byline line, ## headings, paragraphs and *captions* in order", async () => {
    const json = JSON.parse((await khabar([REUTERS])).stdout);
    const run = await khabar([REUTERS, "--format", "markdown"]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    // The headline when the reader found one, then the line that opens with the byline read off the text.
    const head = json.headline ? `# ${escapeMarkdown(json.headline)}\n\n` : "";
    expect(md.startsWith(`${head}Jill Serjeant`)).toBe(true);
    expect(md.slice(head.length).split("\n")[0]).toMatch(/^Jill Serjeant( · [^\n]+)?$/u);
    let at = 0;
    for (const block of json.blocks as { type: string; text?: string; level?: number }[]) {
      const expected =
        block.type === "heading" ? `${"#".repeat(Math.max(block.level ?? 2, 2))} ${block.text}` : block.text ?? "";
      if (block.type !== "paragraph" && block.type !== "heading") continue;
      const found = md.indexOf(`\n\n${expected}\n`, at);
      expect(found, expected).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    const elaph = (await khabar([ELAPH, "-f", "markdown"])).stdout;
    expect(elaph.match(/^\*.+\* \(مكتبه\)$/gmu)).toHaveLength(2);
    // The dateline opens the byline · dateline · date line (no headline in this text).
    expect(elaph.split("\n")[0]).toMatch(/^إيلاف من لندن( · .+)?$/u);
  });

  it("renders --format text: the reading text, without captions", async () => {
    const json = JSON.parse((await khabar([ELAPH])).stdout);
    const run = await khabar([ELAPH, "--format", "text"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^إيلاف من لندن( · [^\n]+)?\n\n/u);
    expect(run.stdout.endsWith(`\n\n${json.text}\n`)).toBe(true);
    expect(run.stdout).not.toContain("(مكتبه)");
  });

  it("adds quotes and attributions with --quotes", async () => {
    const run = await khabar([ELAPH, "--quotes"]);
    expect(run.code).toBe(0);
    const { quotes, attributions, ...article } = JSON.parse(run.stdout);
    expect(article).toEqual(JSON.parse((await khabar([ELAPH])).stdout));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) QuoteSchema.parse(quote);
    for (const entry of attributions) AttributionSchema.parse(entry);
    // "وأكد المسؤول الأمني العراقي أن بلاده جادة بتعزيز العلاقة مع الناتو" (paragraph 4 of the text).
    expect(quotes.some((q: { text: string }) => q.text.includes("بلاده جادة بتعزيز العلاقة مع الناتو"))).toBe(true);
    const markdown = (await khabar([ELAPH, "--quotes", "-f", "markdown"])).stdout;
    expect(markdown).toMatch(/\n## Quotes\n\n- /);
    expect(markdown).toContain("بلاده جادة بتعزيز العلاقة مع الناتو");
  });

  it("prints the Quote schema with khabar schema --quotes", async () => {
    const run = await khabar(["schema", "--quotes"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema).toEqual(quoteJsonSchema());
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["text", "kind", "speaker", "cue", "parts"]));
    expect(Object.keys(schema.$defs.Attribution.properties)).toEqual(expect.arrayContaining(["speaker", "quotes"]));
  });

  it("prints the JSON Schema of Article with khabar schema", async () => {
    const run = await khabar(["schema"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema).toEqual(articleJsonSchema());
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties)).toContain("blocks");
  });

  it("lists every option with --help, with examples", async () => {
    const run = await khabar(["--help"]);
    expect(run.code).toBe(0);
    for (const name of Object.keys(OPTIONS)) expect(run.stdout).toContain(`--${name}`);
    expect(run.stdout).toContain("Examples:");
    expect(run.stdout).toContain("khabar parse");
  });

  it("gives a one-line error and exit 2 for unknown options, missing files and misuse", async () => {
    const cases: [string[], RegExp][] = [
      [["--nope", ELAPH], /--nope/],
      [["no-such-page.html"], /no such file: no-such-page\.html/],
      [[PAGES], /is a folder; use khabar parse/],
      [[ELAPH, REUTERS], /one page at a time/],
      [[ELAPH, "--format", "xml"], /--format must be one of json, markdown, text/],
      [[ELAPH, "--url", "not a url"], /--url is not a URL/],
      [[ELAPH, "--workers", "2"], /--workers cannot be used with one page/],
      [[], /give a page file/],
    ];
    for (const [args, message] of cases) {
      const run = await khabar(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^khabar: [^\n]+\n$/);
      expect(run.stderr).toMatch(message);
    }
  });
});
