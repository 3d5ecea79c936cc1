/**
 * Table-driven test of the plain-text reader: every fixtures/text/<name>.txt that has a
 * <name>.expected.json is parsed and checked field by field against what a person read in the text.
 *
 * An expectation the reader does not meet yet is listed in the file's `knownFailures` with the
 * reason; that one check then runs as `it.fails`, so it turns red (and must be unlisted) the day
 * the reader gets it right. Every other field must pass.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { ArticleSchema, type Article } from "../../src/model/article.js";

/** What a fixture's .expected.json says; see fixtures/text/SOURCES.md for where each text came from. */
interface Expected {
  headline: string | null;
  dateline: { location: string | null; agency: string | null } | null;
  /** Author names as written, or null when the text names none. */
  byline: string[] | null;
  /** Number of body paragraphs. */
  paragraphs: number;
  headings: string[];
  sections: Array<{ heading: string | null; paragraphs: number }>;
  captions: Array<{ text: string; credit: string | null }>;
  /** The first body paragraph exactly, without its dateline. */
  firstParagraph: string;
  lastParagraph: string;
  language: string;
  direction: "ltr" | "rtl";
  /** Text (chrome, captions, bylines) that must be in no paragraph, heading or `text`. */
  absent: string[];
  /** Whether a chrome-dropped warning is due; null when the text leaves it open. */
  chromeDropped: boolean | null;
  /** Check name → why the reader fails it today (input line and what it does). */
  knownFailures?: Record<string, string>;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/text");
const SUFFIX = ".expected.json";
const SEED = "elaph-iraq-nato";

const names = readdirSync(DIR)
  .filter((f) => f.endsWith(SUFFIX))
  .map((f) => f.slice(0, -SUFFIX.length))
  .sort();

const CHECKS = [
  "schema",
  "headline",
  "dateline",
  "byline",
  "paragraphs",
  "headings",
  "sections",
  "captions",
  "firstParagraph",
  "lastParagraph",
  "language",
  "direction",
  "absent",
  "chromeDropped",
] as const;
type Check = (typeof CHECKS)[number];

function runCheck(check: Check, article: Article, exp: Expected): void {
  switch (check) {
    case "schema": {
      const result = ArticleSchema.safeParse(article);
      expect(result.success, JSON.stringify(result.error?.issues ?? [])).toBe(true);
      expect(article.source).toBe("text");
      return;
    }
    case "headline":
      return void expect(article.headline).toBe(exp.headline);
    case "dateline":
      if (exp.dateline === null) return void expect(article.dateline).toBeNull();
      return void expect({ location: article.dateline?.location, agency: article.dateline?.agency }).toEqual(exp.dateline);
    case "byline":
      if (exp.byline === null) return void expect(article.byline).toBeNull();
      return void expect(article.byline?.authors.map((a) => a.name)).toEqual(exp.byline);
    case "paragraphs":
      return void expect(article.paragraphs).toHaveLength(exp.paragraphs);
    case "headings":
      return void expect(article.blocks.flatMap((b) => (b.type === "heading" ? [b.text] : []))).toEqual(exp.headings);
    case "sections":
      return void expect(article.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.length }))).toEqual(exp.sections);
    case "captions":
      return void expect(article.captions.map((c) => ({ text: c.text, credit: c.credit }))).toEqual(exp.captions);
    case "firstParagraph":
      return void expect(article.paragraphs[0]).toBe(exp.firstParagraph);
    case "lastParagraph":
      return void expect(article.paragraphs.at(-1)).toBe(exp.lastParagraph);
    case "language":
      return void expect(article.language).toBe(exp.language);
    case "direction":
      return void expect(article.direction).toBe(exp.direction);
    case "absent": {
      const body = [...article.paragraphs, ...article.blocks.flatMap((b) => (b.type === "heading" ? [b.text] : [])), article.text];
      const found = exp.absent.filter((s) => body.some((piece) => piece.includes(s)));
      return void expect(found, "chrome or non-body text left in the body").toEqual([]);
    }
    case "chromeDropped": {
      const dropped = article.warnings.some((w) => w.code === "chrome-dropped");
      return void expect(dropped).toBe(exp.chromeDropped);
    }
  }
}

describe("plain-text fixtures", () => {
  it("has at least 8 fixtures besides the seed, each with a text and an expectation", () => {
    const texts = readdirSync(DIR).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4));
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(texts.filter((t) => t !== SEED && !names.includes(t))).toEqual([]);
    const sources = readFileSync(join(DIR, "SOURCES.md"), "utf8");
    for (const name of names) expect(sources, `${name} is not in SOURCES.md`).toContain(`${name}.txt`);
  });

  for (const name of names) {
    describe(name, () => {
      const exp = JSON.parse(readFileSync(join(DIR, name + SUFFIX), "utf8")) as Expected;
      const known = exp.knownFailures ?? {};
      let cached: Article | undefined;
      const article = (): Article => (cached ??= parse(readFileSync(join(DIR, `${name}.txt`), "utf8")));

      it("names only real checks in knownFailures", () => {
        expect(Object.keys(known).filter((k) => !(CHECKS as readonly string[]).includes(k))).toEqual([]);
      });
      for (const check of CHECKS) {
        // Nothing to assert: no chrome listed, or the text leaves the warning open.
        if (check === "absent" && exp.absent.length === 0) continue;
        if (check === "chromeDropped" && exp.chromeDropped === null) continue;
        const reason = known[check];
        if (reason) it.fails(`${check} (known failure: ${reason})`, () => runCheck(check, article(), exp));
        else it(check, () => runCheck(check, article(), exp));
      }
    });
  }
});
