import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QuoteSchema, extractAttributions, extractQuotes, type Quote } from "../../src/quotes/index.js";

// fixtures/quotes/en-sample.txt was written for these tests; each expectation is read off the text.
const text = readFileSync(new URL("../../fixtures/quotes/en-sample.txt", import.meta.url), "utf8");
const quotes = extractQuotes(text);

function containing(fragment: string): Quote | undefined {
  return quotes.find((q) => q.parts.some((p) => p.text.includes(fragment)));
}

describe("English quotes", () => {
  it("keeps offsets absolute in the string and validates", () => {
    for (const q of quotes) {
      QuoteSchema.parse(q);
      for (const p of q.parts) expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(text.slice(q.start, q.end).startsWith(q.parts[0]?.text ?? "?")).toBe(true);
    }
  });

  it("reads speaker, verb, that-clause", () => {
    const q = containing("the bill would pass the Senate");
    expect(q?.kind).toBe("indirect");
    expect(q?.text).toBe("that the bill would pass the Senate before the recess");
    expect(q?.speaker?.name).toBe("Senator Jane Whitfield");
    expect(q?.speaker?.resolved).toBe("Jane Whitfield");
    expect(q?.cue?.text).toBe("said");
    expect(q?.paragraph).toBe(0);
  });

  it("joins a quote split by its speech tag and resolves the surname", () => {
    const q = containing("We have the votes");
    expect(q?.kind).toBe("direct");
    expect(q?.parts.map((p) => p.text)).toEqual([
      "“We have the votes, and we will not wait any longer,”",
      "“The country cannot afford another delay.”",
    ]);
    expect(q?.speaker?.resolved).toBe("Jane Whitfield");
    expect(q?.cue?.text).toBe("told");
  });

  it("does not report a title of a work or a two-word phrase as a quote", () => {
    expect(containing("The Road Ahead")).toBeUndefined();
    expect(quotes.some((q) => q.kind === "direct" && q.text === "“a promise kept.”")).toBe(false);
  });

  it("resolves who and a pronoun to the name given earlier", () => {
    expect(containing("it would hurt rural hospitals")?.speaker).toMatchObject({ name: "who", resolved: "Tom Alvarez" });
    const after = containing("This is a disaster");
    expect(after?.speaker?.name).toBe("Alvarez, a Democrat");
    expect(after?.speaker?.resolved).toBe("Tom Alvarez");
  });

  it("reads according to X as a document source", () => {
    const q = containing("the bill would cost $40 billion");
    expect(q?.cue?.text).toBe("According to");
    expect(q?.speaker?.kind).toBe("document");
    const source = extractAttributions(text).flatMap((a) => a.sources)[0];
    expect(source).toMatchObject({ text: "According to a report", name: "a report", cue: "According to", kind: "document", paragraph: 4 });
    expect(text.slice(source?.start ?? 0, source?.end ?? 0)).toBe("According to a report");
  });

  it("splits content around a tag inside the sentence", () => {
    const q = containing("would fall hardest");
    expect(q?.parts.map((p) => p.text)).toEqual(["The cuts", "would fall hardest on small towns"]);
    expect(q?.speaker?.resolved).toBe("Tom Alvarez");
  });

  it("runs a quote over paragraphs when the first is left open", () => {
    const q = containing("I have read every page");
    expect(q?.parts).toHaveLength(2);
    expect(q?.paragraph).toBe(6);
    expect(q?.endParagraph).toBe(7);
    expect(q?.speaker?.name).toBe("he");
    expect(q?.speaker?.resolved).toBe("Tom Alvarez");
  });

  it("takes the name from an appositive after a role", () => {
    const q = containing("the senator would meet hospital groups");
    expect(q?.speaker?.name).toBe("Whitfield’s spokesman, Mark Dunn,");
    expect(q?.speaker?.resolved).toBe("Mark Dunn");
  });

  it("groups quotes by speaker", () => {
    const attributions = extractAttributions(text);
    const alvarez = attributions.find((a) => a.speaker === "Tom Alvarez");
    expect(alvarez?.quotes.length).toBe(4);
    expect(alvarez?.mentions).toEqual(expect.arrayContaining(["who", "Alvarez", "he"]));
    expect(attributions.find((a) => a.speaker === "Jane Whitfield")?.quotes.length).toBe(3);
  });

  it("reads transcripts and the tag before or after a quote", () => {
    const t = 'WALLACE: Will she be there?\n\n"PENCE: She will not.\n\n"And that is final.\n\n"I disagree," said the moderator, a veteran anchor. She said: “We will see about that tomorrow.”';
    const qs = extractQuotes(t);
    expect(qs[0]?.speaker?.name).toBe("WALLACE");
    expect(qs[1]?.speaker?.name).toBe("PENCE");
    expect(qs[1]?.parts.map((p) => p.text)).toEqual(["She will not", "And that is final"]);
    expect(qs[2]?.speaker?.name).toBe("the moderator, a veteran anchor");
    expect(qs[2]?.text).toBe('"I disagree,"');
    expect(qs[3]?.text).toBe("“We will see about that tomorrow.”");
    expect(qs[3]?.kind).toBe("direct");
  });

  it("reads single and angle quote marks", () => {
    const t = "‘We are ready for anything that comes,’ the minister said.\n\n«Nous sommes prêts à tout,» a-t-il ajouté.";
    const qs = extractQuotes(t, { lang: "en" });
    expect(qs[0]?.text).toBe("‘We are ready for anything that comes,’");
    expect(qs[0]?.speaker?.name).toBe("the minister");
    expect(qs[1]?.text).toBe("«Nous sommes prêts à tout,»");
  });
});

describe("options", () => {
  it("drops weaker quotes below minConfidence and takes lang over detection", () => {
    const t = "“We will win this fight in the end,” he said.\n\n“Nobody saw this coming at all.”";
    const all = extractQuotes(t);
    expect(all.map((q) => q.rule)).toEqual(["en-quote-speaker-verb", "direct-untagged"]);
    expect(extractQuotes(t, { minConfidence: 0.5 }).map((q) => q.rule)).toEqual(["en-quote-speaker-verb"]);
    expect(extractQuotes("وقال الوزير إن الحل قريب", { lang: "ar" })[0]?.cue?.text).toBe("قال");
  });
});
