import { describe, expect, it } from "vitest";
import { extractAttributions, extractQuotes } from "../../src/quotes/index.js";

// Linear-time design checks: each must finish well inside vitest's timeout and never throw.
describe("bad input", () => {
  it("survives unbalanced quote marks", () => {
    const text = 'He said "this never closes. And «this neither. “Nor this, she said.\n\n»” Closing marks first " here.';
    expect(() => extractQuotes(text)).not.toThrow();
    for (const q of extractQuotes(text)) for (const p of q.parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("handles 100,000 quote marks in a row", () => {
    for (const mark of ['"', "“", "«", "”"]) {
      const text = `Smith said ${mark.repeat(100_000)} and left.`;
      expect(Array.isArray(extractQuotes(text))).toBe(true);
    }
    const pairs = '"a b c d" '.repeat(20_000);
    expect(extractQuotes(`${pairs}, she said.`).length).toBeGreaterThan(0);
  });

  it("handles a 5 MB paragraph", () => {
    const sentence = 'The minister said that the talks would resume, and “we will not give up on them,” she added. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const quotes = extractQuotes(text);
    expect(quotes.length).toBeGreaterThan(1000);
    const arabic = "وقال المتحدث باسم الوزارة إن المحادثات ستستأنف، مشيراً إلى أن «الحوار مستمر». ".repeat(12_000); // about 1 MB
    expect(extractQuotes(arabic).length).toBeGreaterThan(1000);
  });

  it("handles text with no spaces", () => {
    const text = "said".repeat(500_000) + "قال".repeat(300_000) + '"'.repeat(1000);
    expect(() => extractQuotes(text)).not.toThrow();
    expect(() => extractAttributions(text)).not.toThrow();
  });

  it("handles one sentence of 200,000 repeated words after each kind of cue", () => {
    // Quadratic scans here (a run of "and" before every possible cut) once took minutes.
    for (const opening of ["Trump endorsed ", "Trump said ", "Six in 10 seemed to ", "Asked whether ", "According to "]) {
      const text = opening + "and ".repeat(200_000) + "x.";
      expect(Array.isArray(extractQuotes(text))).toBe(true);
    }
  });

  it("returns empty results for empty or invalid input", () => {
    expect(extractQuotes("")).toEqual([]);
    expect(extractQuotes(null as unknown as string)).toEqual([]);
    expect(extractQuotes({} as never)).toEqual([]);
    expect(extractAttributions(42 as unknown as string)).toEqual([]);
  });
});
