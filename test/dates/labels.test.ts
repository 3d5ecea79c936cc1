import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForMatch, REMOVABLE_CLASS } from "../../src/language/normalize.js";
import { MODIFIED_LABELS } from "../../src/dates/data/page-words.js";
import { MAY_SAY_MODIFIED, possibleModifiedLabels, saysModified } from "../../src/dates/page/labels.js";

/** The label test as first written: the normalized text, then every key. */
const KEYS = MODIFIED_LABELS.map((w) => normalizeForMatch(w));
const reference = (text: string): boolean => KEYS.some((k) => normalizeForMatch(text).includes(k));

const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe("saysModified", () => {
  it.each([
    ["Updated 3 May 2023", true],
    ["UPDATED", true],
    ["Up\u200bdated", true],
    ["last   edited", true],
    ["Last\u00a0\u200fedited", true],
    ["آخر تحديث", true],
    ["اخـر تحديـث", true],
    ["تَحْدِيث", true],
    // "İ" lower-cases to "i" and a combining dot: no key holds that.
    ["MİS À JOUR", false],
    ["Mis à jour", true],
    ["Published 3 May", false],
    ["updat ed", false],
    ["", false],
  ])("%j → %s", (text, says) => {
    expect(saysModified(text)).toBe(says);
    expect(reference(text)).toBe(says);
  });

  it("removes in the pre-test every character that normalizing removes", () => {
    const removed = new RegExp(`^[${REMOVABLE_CLASS}]$`, "u");
    const missing = BMP.filter((c) => !/\s/u.test(c) && normalizeForMatch(`a${c}b`) === "ab" && !removed.test(c));
    expect(missing.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it("accepts in the pre-test every character that normalizes to a key's character", () => {
    // Each character of each key, replaced by every code unit that normalizes to something holding it.
    const wrong: string[] = [];
    const chars = new Set(KEYS.join("").replace(/ /gu, ""));
    const sources = new Map<string, string[]>([...chars].map((ch) => [ch, BMP.filter((c) => normalizeForMatch(c).includes(ch))]));
    for (const key of KEYS) {
      [...key].forEach((ch, i) => {
        for (const c of sources.get(ch) ?? []) {
          const text = `${key.slice(0, i)}${c}${key.slice(i + 1)}`;
          if (reference(text) && !MAY_SAY_MODIFIED.test(text)) wrong.push(text);
        }
      });
    }
    expect(wrong).toEqual([]);
  });

  it("equals the plain test on any text", () => {
    const piece = fc.oneof(
      fc.constantFrom(...MODIFIED_LABELS, ...MODIFIED_LABELS.map((w) => w.toUpperCase()), "up", "dated", "آخر", "تحد", "يث"),
      fc.constantFrom(" ", "  ", "\u00a0", "\u200b", "\u200f", "\u0640", "\u064e", "ـ", "ى", "ئ", "İ", "K", "ſ", "\ufeff", "\n"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((a) => a.join("")), (text) => {
        expect(saysModified(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the places of possible labels as the pre-test finds them, with or without removable characters", () => {
    const all = new RegExp(MAY_SAY_MODIFIED.source, "giu");
    const spans = (text: string) => [...text.matchAll(all)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const piece = fc.oneof(
      fc.constantFrom(...MODIFIED_LABELS, ...MODIFIED_LABELS.map((w) => w.toUpperCase()), "last", "edited", "تحد", "يث", "mis à"),
      fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u0640", "\u064e", "ى", "İ"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join("")), (text) => {
        expect(possibleModifiedLabels(text)).toEqual(spans(text));
      }),
      { numRuns: 3000 },
    );
    expect(possibleModifiedLabels("Posted 3 May · Last  edited 4 May")).toEqual([{ start: 15, end: 27 }]);
    expect(possibleModifiedLabels("آخر تحد\u0640يث")).toEqual([{ start: 4, end: 10 }]);
  });
});
