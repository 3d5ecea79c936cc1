import { describe, expect, it } from "vitest";
import { splitUnits } from "../../src/text/units.js";

describe("splitUnits", () => {
  // Each run of whitespace inside a line becomes one space, whatever it is made of; a line with single
  // spaces only is kept as it is.
  it.each([
    ["one two three", ["one two three"]],
    ["one  two", ["one two"]],
    ["one\ttwo \t three", ["one two three"]],
    ["one\u00a0\u00a0two", ["one two"]],
    ["one\u2003two", ["one two"]],
    ["قال الوزير\u00a0إن", ["قال الوزير إن"]],
    ["First line.\nSecond  line.\n\n\nThird.", ["First line.", "Second line.", "Third."]],
    ["\u00a0 lead and tail \u00a0", ["lead and tail"]],
  ])("%j", (text, units) => expect(splitUnits(text)).toEqual(units));

  it("joins a hard-wrapped block's lines with single spaces", () => {
    const text = "The minister said on Tuesday that the talks\nwould resume next week in   Baghdad, and that\nthe delegations had agreed\n\nA second paragraph that is also\nwrapped at a short width by the scraper\nand goes on";
    expect(splitUnits(text)).toEqual([
      "The minister said on Tuesday that the talks would resume next week in Baghdad, and that the delegations had agreed",
      "A second paragraph that is also wrapped at a short width by the scraper and goes on",
    ]);
  });
});
