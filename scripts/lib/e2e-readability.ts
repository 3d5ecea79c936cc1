/**
 * End-to-end on corpus/readability: parse() each source.html with Readability's test URL, then the
 * metadata fields against expected-metadata.json (rules of ./metadata-rules.ts) and the body's token F1
 * against the text of expected.html.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { READABILITY_URL, readabilityPages } from "./corpus.js";
import { judgeByline, langVerdict, publishedVerdict, titleVerdict, type ExpectedMetadata } from "./metadata-rules.js";
import { FieldTallies } from "./tally.js";
import { htmlText, tokenF1, tokens } from "./text.js";
import type { ParseRunner } from "./timed-parse.js";

/** What the readability corpus gave. */
export interface ReadabilityResult {
  pages: number;
  fields: FieldTallies;
  /** Body token F1 per page with an expected.html, lowest first. */
  bodyF1: Array<{ page: string; f1: number }>;
  meanF1: number;
}

const CORPUS = "readability";
const show = (e: unknown, o: unknown) => `expected ${JSON.stringify(e)} got ${JSON.stringify(o)}`;

/** Runs the readability corpus through parse(). */
export function runReadability(runner: ParseRunner): ReadabilityResult {
  const fields = new FieldTallies();
  const bodyF1: Array<{ page: string; f1: number }> = [];
  let pages = 0;
  for (const { name: page, dir } of readabilityPages()) {
    const html = readFileSync(join(dir, "source.html"), "utf8");
    const article = runner.run(CORPUS, page, html, { url: READABILITY_URL });
    pages++;
    const expPath = join(dir, "expected-metadata.json");
    const expected: ExpectedMetadata = existsSync(expPath) ? (JSON.parse(readFileSync(expPath, "utf8")) as ExpectedMetadata) : {};
    const siteName = article?.site.name ?? null;

    if (expected.title) {
      const ours = article?.headline ?? "";
      fields.score("title", page, titleVerdict(expected.title, ours, siteName, html), show(expected.title, ours));
    }
    if (expected.byline) {
      const names = article?.byline?.authors.map((a) => a.name) ?? [];
      fields.score("byline", page, judgeByline(page, expected.byline, names, siteName), show(expected.byline, names));
    }
    if (expected.publishedTime) {
      const ours = article?.published ?? null;
      const source = article?.provenance.published ?? "-";
      fields.score("published", page, publishedVerdict(expected.publishedTime, ours), `${show(expected.publishedTime, ours)} (${source})`);
    }
    if (expected.lang) {
      const ours = article?.language ?? null;
      fields.score("lang", page, langVerdict(expected.lang, ours), `${show(expected.lang, ours)} (${article?.provenance.language ?? "-"})`);
    }
    if (expected.dir) {
      const ours = article?.direction ?? null;
      fields.score("dir", page, ours === expected.dir ? "right" : "wrong", `${show(expected.dir, ours)} (${article?.provenance.direction ?? "-"})`);
    }

    const expHtml = join(dir, "expected.html");
    if (existsSync(expHtml)) {
      const gold = tokens(htmlText(readFileSync(expHtml, "utf8")));
      const f1 = tokenF1(tokens(article?.text ?? ""), gold);
      bodyF1.push({ page, f1 });
      if (article && article.text.trim() === "" && gold.length > 0) {
        runner.note(CORPUS, page, `empty article.text (expected ${gold.length} tokens); warnings: ${article.warnings.map((w) => w.code).join(", ") || "none"}`);
      }
    }
  }
  bodyF1.sort((a, b) => a.f1 - b.f1);
  const meanF1 = bodyF1.reduce((s, x) => s + x.f1, 0) / Math.max(bodyF1.length, 1);
  return { pages, fields, bodyF1, meanF1 };
}
