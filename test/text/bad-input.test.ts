/**
 * Bad input to parse() and safeParse(): wrong types throw a KhabarError("invalid-input"); empty,
 * blank, binary and very large inputs give an Article with warnings and never throw.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse, safeParse } from "../../src/parse.js";
import { KhabarError, isKhabarError } from "../../src/errors.js";
import { ArticleSchema, type Article } from "../../src/model/article.js";

const SEED = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/text/elaph-iraq-nato.txt");

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function codes(article: Article): string[] {
  return article.warnings.map((w) => w.code);
}

function expectValid(article: Article): void {
  const result = ArticleSchema.safeParse(article);
  expect(result.success, JSON.stringify(result.error?.issues ?? [])).toBe(true);
}

describe("inputs of the wrong type", () => {
  const wrong: Array<[string, unknown]> = [
    ["a number", 42],
    ["NaN", Number.NaN],
    ["an object", { text: "LONDON (Reuters) - Hello." }],
    ["an array", ["a", "b"]],
    ["null", null],
    ["undefined", undefined],
    ["a boolean", true],
    ["a function", () => "text"],
  ];

  for (const [label, input] of wrong) {
    it(`parse(${label}) throws KhabarError with code invalid-input`, () => {
      let caught: unknown;
      try {
        parse(input as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(KhabarError);
      expect(isKhabarError(caught)).toBe(true);
      expect((caught as KhabarError).code).toBe("invalid-input");
      expect((caught as KhabarError).name).toBe("KhabarError");
    });

    it(`safeParse(${label}) returns { ok: false } with code invalid-input and does not throw`, () => {
      const result = safeParse(input as string);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(KhabarError);
        expect(result.error.code).toBe("invalid-input");
      }
    });
  }
});

describe("empty and blank input", () => {
  const blanks: Array<[string, string | Uint8Array]> = [
    ["the empty string", ""],
    ["spaces, tabs and newlines", "  \t\n\r\n   \n\t"],
    ["no-break and ideographic spaces", "\u00a0\u3000\u2003\n\u00a0"],
    ["a lone byte-order mark", "\ufeff"],
    ["empty bytes", new Uint8Array(0)],
    ["bytes of whitespace", new Uint8Array([0x20, 0x0a, 0x09, 0x0d, 0x0a])],
  ];
  for (const [label, input] of blanks) {
    it(`${label}: an empty Article with an empty-input warning`, () => {
      const article = parse(input);
      expectValid(article);
      expect(codes(article)).toContain("empty-input");
      expect(article.paragraphs).toEqual([]);
      expect(article.blocks).toEqual([]);
      expect(article.text).toBe("");
      expect(article.headline).toBeNull();
      expect(article.dateline).toBeNull();
      const safe = safeParse(input);
      expect(safe.ok).toBe(true);
    });
  }
});

describe("binary garbage", () => {
  it("random bytes as a Uint8Array: an Article with a binary-input warning", () => {
    const article = parse(randomBytes(64 * 1024, 0x5eed));
    expectValid(article);
    expect(codes(article)).toContain("binary-input");
  });

  it("random bytes as a string (one char per byte): an Article with a binary-input warning", () => {
    const bytes = randomBytes(64 * 1024, 0xbad5eed);
    let text = "";
    for (const b of bytes) text += String.fromCharCode(b);
    const article = parse(text);
    expectValid(article);
    expect(codes(article)).toContain("binary-input");
    for (const p of article.paragraphs) expect(p).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/u);
  });

  it("a PNG header and NUL padding: an Article with a binary-input warning", () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const article = parse(bytes);
    expectValid(article);
    expect(codes(article).some((c) => c === "binary-input" || c === "empty-input")).toBe(true);
  });

  it("safeParse never throws on random bytes of many sizes", () => {
    for (let size = 1; size <= 4096; size *= 4) {
      const result = safeParse(randomBytes(size, size * 7919));
      expect(result.ok).toBe(true);
      if (result.ok) expectValid(result.article);
    }
  });
});

describe("large input", () => {
  const FIVE_MB = 5 * 1024 * 1024;
  /** Generous: the box is shared by several engineers; a quadratic pass over 5 MB takes minutes. */

  it("5 MB of real article text (the seed repeated) parses to an Article", () => {
    const seed = readFileSync(SEED, "utf8");
    const text = seed.repeat(Math.ceil(FIVE_MB / Buffer.byteLength(seed, "utf8")));
    expect(Buffer.byteLength(text, "utf8")).toBeGreaterThanOrEqual(FIVE_MB);
    const article = parse(text);
    expectValid(article);
    expect(article.language).toBe("ar");
    expect(article.paragraphs.length).toBeGreaterThan(1000);
  });

  it("5 MB on a single line without any newline parses without throwing", () => {
    const words = "دعا العراق الثلاثاء حلف الناتو الى دعم قواته لحفظ أمن الحدود ";
    const text = words.repeat(Math.ceil(FIVE_MB / Buffer.byteLength(words, "utf8")));
    const result = safeParse(text);
    expect(result.ok).toBe(true);
    if (result.ok) expectValid(result.article);
  });

  it("5 MB of one repeated character with no spaces parses without throwing", () => {
    const result = safeParse("ا".repeat(FIVE_MB / 2));
    expect(result.ok).toBe(true);
    if (result.ok) expectValid(result.article);
  });

  it("5 MB of short lines (a million empty-ish units) parses without throwing", () => {
    const result = safeParse("Share\n(AFP)\n\n".repeat(FIVE_MB / 13));
    expect(result.ok).toBe(true);
    if (result.ok) expectValid(result.article);
  });
});

describe("bytes and encodings", () => {
  const seedText = readFileSync(SEED, "utf8");

  it("the seed as UTF-8 bytes reads the same as the seed as a string", () => {
    const fromBytes = parse(new Uint8Array(readFileSync(SEED)));
    const fromString = parse(seedText);
    expect(fromBytes.paragraphs).toEqual(fromString.paragraphs);
    expect(fromBytes.dateline).toEqual(fromString.dateline);
    expect(fromBytes.paragraphs[0]?.startsWith("دعا العراق الثلاثاء")).toBe(true);
  });

  it("the seed as UTF-8 bytes with a byte-order mark decodes without the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...readFileSync(SEED)]);
    const article = parse(bytes);
    expect(article.dateline?.agency).toBe("إيلاف");
    expect(article.paragraphs[0]?.startsWith("دعا العراق الثلاثاء")).toBe(true);
  });

  it("the seed as UTF-16LE bytes with a byte-order mark (Node's own encoder) decodes correctly", () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, "utf16le")]));
    const article = parse(bytes);
    expect(article.paragraphs).toEqual(parse(seedText).paragraphs);
  });

  // fixtures/input/elaph-iraq-nato.cp1256.txt is the seed re-encoded by GNU iconv (-t WINDOWS-1256).
  const CP1256 = join(dirname(SEED), "../input/elaph-iraq-nato.cp1256.txt");

  it("windows-1256 bytes of the seed decode with the caller's charset hint", () => {
    const bytes = new Uint8Array(readFileSync(CP1256));
    expect(bytes.length).toBeLessThan(Buffer.byteLength(seedText, "utf8"));
    expect(parse(bytes, { charset: "windows-1256" }).paragraphs).toEqual(parse(seedText).paragraphs);
  });

  it("windows-1256 bytes of an HTML page decode by its <meta charset>", () => {
    const head = Buffer.from('<html><head><meta charset="windows-1256"></head><body><p>', "latin1");
    const bytes = new Uint8Array(Buffer.concat([head, readFileSync(CP1256).subarray(0, 200), Buffer.from("</p></body></html>")]));
    const article = parse(bytes);
    expect(article.text).toContain("دعا العراق الثلاثاء");
  });
});
