/**
 * Property tests on hostile input, a modest fixed-seed run for CI (`npm run fuzz` runs 100,000+).
 * What is checked is in test/fuzz/properties.ts.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { anyBytes, anyString, charsetHint, htmlPage, mutatedPage, newsText, notInput, parseOptions } from "../fuzz/arbitraries.js";
import { checkDates, checkParse, checkQuotes, checkSafeParse, checkWrongType } from "../fuzz/properties.js";
import { seedPages } from "../fuzz/pages.js";
import { loadTargets, type Targets } from "../fuzz/targets.js";

/** Fixed seed, so a CI failure reproduces; the runs add up to a few thousand cases. */
const SEED = 20_260_129;
const RUNS = { cheap: 600, html: 400, mutated: 120 } as const;

let t: Targets;
beforeAll(async () => {
  t = await loadTargets();
});

const run = (p: fc.IProperty<never> | fc.IProperty<unknown[]>, numRuns: number) =>
  fc.assert(p as fc.IProperty<unknown[]>, { seed: SEED, numRuns, endOnFailure: true });

describe("parse() and safeParse() on hostile input", () => {
  it("arbitrary strings: no throw, valid, deterministic, http(s) URLs only", () => {
    run(fc.property(anyString, (s) => void checkParse(t, s)), RUNS.cheap);
  });

  it("arbitrary bytes with charset hints", () => {
    run(fc.property(anyBytes, charsetHint, (b, charset) => void checkParse(t, b, charset === undefined ? undefined : { charset })), RUNS.cheap);
  });

  it("generated HTML trees: also no markup in any text field", () => {
    run(fc.property(htmlPage, (html) => void checkParse(t, html, undefined, true)), RUNS.html);
  });

  it("generated HTML given as bytes and forced formats", () => {
    run(
      fc.property(htmlPage, fc.constantFrom("html", "text"), (html, format) => {
        checkParse(t, new TextEncoder().encode(html));
        checkParse(t, html, { format });
      }),
      RUNS.html / 2,
    );
  });

  it("mutated real pages (truncated, tags deleted, entities garbled, spliced)", () => {
    run(fc.property(mutatedPage(seedPages()), (page) => void checkParse(t, page, undefined, true)), RUNS.mutated);
  });

  it("safeParse() never throws, whatever the input and options", () => {
    run(fc.property(fc.oneof(anyString, anyBytes, notInput), parseOptions, (input, options) => void checkSafeParse(t, input, options)), RUNS.cheap);
  });

  it("parse() on a non-string, non-bytes value throws KhabarError invalid-input", () => {
    run(fc.property(notInput, (v) => void checkWrongType(t, v)), 200);
  });
});

describe("extractors on hostile input", () => {
  it("extractQuotes / extractAttributions on strings and on parsed Articles", (ctx) => {
    if (!t.quotes) return ctx.skip();
    run(fc.property(fc.oneof(anyString, newsText), (s) => void checkQuotes(t, s)), RUNS.cheap);
    run(
      fc.property(fc.oneof(newsText, htmlPage), (s) => {
        const article = checkParse(t, s);
        if (article) checkQuotes(t, article);
      }),
      RUNS.html / 2,
    );
  });

  it("parseNewsDate on any text", (ctx) => {
    if (!t.dates) return ctx.skip();
    run(
      fc.property(fc.oneof(anyString, newsText), fc.option(fc.record({ lang: fc.constantFrom("en", "ar", "en-US", "de"), reference: fc.constantFrom("2023-01-24T10:00:00Z", "garbage", "") }, { requiredKeys: [] }), { nil: undefined }), (s, o) => void checkDates(t, s, o)),
      RUNS.cheap,
    );
    run(fc.property(notInput, (v) => void checkDates(t, v)), 100);
  });
});

describe("the harness itself", () => {
  it("notices a violation (the checks can fail)", () => {
    const broken: Targets = { ...t, parse: () => ({ headline: 1 }) };
    expect(() => checkParse(broken, "x")).toThrow(/does not validate/);
    const leaky: Targets = { ...t, parse: (i: unknown, o?: unknown) => ({ ...(t.parse(i, o) as object), url: "javascript:alert(1)" }), ArticleSchema: { safeParse: () => ({ success: true }) } as never };
    expect(() => checkParse(leaky, "x")).toThrow(/non-http URL/);
  });
});
