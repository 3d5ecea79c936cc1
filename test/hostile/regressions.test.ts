/**
 * Every input the fuzzing broke khabar with, replayed (fixtures/hostile/regressions, one `.json` each
 * saying which property it broke and how it was found).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { looksLikeHtml } from "../../src/input/sniff.js";
import { checkDates, checkParse, checkQuotes, checkSafeParse } from "../fuzz/properties.js";
import { loadRegressions } from "../fuzz/regressions.js";
import { loadTargets, type Targets } from "../fuzz/targets.js";

let t: Targets;
beforeAll(async () => {
  t = await loadTargets();
});

const regressions = loadRegressions();

describe("saved hostile inputs", () => {
  it("there are saved inputs to replay", () => {
    expect(regressions.length).toBeGreaterThan(0);
  });

  for (const r of regressions) {
    // An open bug is expected to fail; when its owner fixes it this test fails: set its status to "fixed".
    const test = r.status === "open" ? it.fails : it;
    test(`${r.id}${r.status === "open" ? " (open bug)" : ""}: ${r.note.slice(0, 90)}`, () => {
      const options = r.options ?? undefined;
      if (r.check === "safeParse") checkSafeParse(t, r.input, options);
      else if (r.check === "quotes") checkQuotes(t, r.input);
      else if (r.check === "dates") checkDates(t, r.input, options);
      else checkParse(t, r.input, options, r.check === "parse-html");
    });
  }

  it("a javascript: or malformed options.url never reaches the Article", () => {
    for (const url of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "not a url", "//example.com/x"]) {
      expect((t.parse("Some text.", { url }) as { url: unknown }).url).toBeNull();
    }
    expect((t.parse("Some text.", { url: "https://example.com/a" }) as { url: unknown }).url).toBe("https://example.com/a");
  });

  it("HTML fragments are sniffed as HTML, plain text with a stray '<' is not", () => {
    for (const html of ["<nav class=x><p>محمد</p></nav>", "<style>p{}</style><div>x", "  <figure><img src=a.jpg></figure>", "<x-widget>x</x-widget>", "Text first\n<script>alert(1)</script>", "<a href=/x>link</a> text"]) {
      expect(looksLikeHtml(html)).toBe(true);
    }
    for (const text of ["a < b and c > d", "<<< Breaking >>>", "Price <5 dollars", "<Reuters> said", "وقال <المصدر> إن"]) {
      expect(looksLikeHtml(text)).toBe(false);
    }
  });
});
