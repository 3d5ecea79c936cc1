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

/** One sentence each, written for these tests: the quote the extractor should find in it. */
interface Case {
  text: string;
  speaker: string;
  cue: string;
  content: string;
}

function only(text: string): Quote | undefined {
  return extractQuotes(text, { lang: "en" })[0];
}

function expectCase(c: Case): void {
  const q = only(c.text);
  expect(q?.speaker?.name).toBe(c.speaker);
  expect(q?.cue?.text).toBe(c.cue);
  expect(q?.text).toBe(c.content);
}

describe("English patterns", () => {
  const longSubjects: Case[] = [
    { text: "A person close to the mayor’s office says the budget will be cut again.", speaker: "A person close to the mayor’s office", cue: "says", content: "the budget will be cut again" },
    { text: "Most residents of the northern districts say they feel forgotten by the council.", speaker: "Most residents of the northern districts", cue: "say", content: "they feel forgotten by the council" },
    { text: "Seven in 10 say the bridge should be rebuilt.", speaker: "Seven in 10", cue: "say", content: "the bridge should be rebuilt" },
  ];
  it.each(longSubjects)("reads a long subject from the sentence start: $speaker", expectCase);

  it("does not read a clause with its own verb as a subject", () => {
    expect(only("The senator visited the factory and says the jobs will stay.")?.speaker?.name).not.toBe("The senator visited the factory");
    expect(only("If the vote fails the mayor says the plan is dead.")?.speaker?.name).not.toBe("If the vote fails the mayor");
  });

  const according: Case[] = [
    { text: "According to early figures from the county clerk, turnout rose by a third.", speaker: "early figures from the county clerk", cue: "According to", content: "turnout rose by a third" },
    { text: "Turnout rose by a third, according to a survey by the state university.", speaker: "a survey by the state university", cue: "according to", content: "Turnout rose by a third" },
  ];
  it.each(according)("keeps the whole source after according to: $speaker", expectCase);

  it("joins the clause on both sides of a source inside the sentence", () => {
    const q = only("The plan, according to two officials at the state-run agency, would cut costs by half.");
    expect(q?.speaker?.name).toBe("two officials at the state-run agency");
    expect(q?.parts.map((p) => p.text)).toEqual(["The plan", "would cut costs by half"]);
  });

  it("ends the source at a dash between spaces", () => {
    const q = only("Most voters - about six in ten, according to a county survey - now back the levy.");
    expect(q?.speaker?.name).toBe("a county survey");
  });

  it("still names the attribution by its head phrase", () => {
    const sources = extractAttributions("Turnout rose by a third, according to a survey by the state university.").flatMap((a) => a.sources);
    expect(sources[0]?.name).toBe("a survey");
  });

  const appositives: Case[] = [
    { text: "Dana Ortiz, 34, a nurse from Toledo, said she would vote for the first time.", speaker: "Dana Ortiz, 34, a nurse from Toledo,", cue: "said", content: "she would vote for the first time" },
    { text: "Tom Reyes, 61, said the plant closing hurt the whole town.", speaker: "Tom Reyes, 61,", cue: "said", content: "the plant closing hurt the whole town" },
  ];
  it.each(appositives)("skips an age between commas: $speaker", expectCase);

  it("stops the speaker before a participle clause after it", () => {
    const qs = extractQuotes("“Give them more time,” said Governor Ann Lee, urging lawmakers to wait another week.");
    expect(qs[0]?.speaker?.name).toBe("Governor Ann Lee");
    expect(qs[1]?.cue?.text).toBe("urging");
    expect(qs[1]?.speaker?.resolved).toBe("Ann Lee");
  });

  const participles: Case[] = [
    { text: "The mayor took the question calmly, saying the budget would be balanced.", speaker: "The mayor", cue: "saying", content: "the budget would be balanced" },
    { text: "Carla Diaz changed her mind on stage – saying she now backs the tax.", speaker: "Carla Diaz", cue: "saying", content: "she now backs the tax" },
    { text: "Hanson went after his rival, calling him a coward.", speaker: "Hanson", cue: "calling", content: "him a coward" },
  ];
  it.each(participles)("gives a participle clause to the sentence subject: $cue", expectCase);

  it("ends the object of a content verb before a new cue", () => {
    const qs = extractQuotes("The senator sought to calm the crowd, saying nobody would be hurt.");
    expect(qs.map((q) => q.text)).toEqual(["to calm the crowd", "nobody would be hurt"]);
  });

  const listeners: Case[] = [
    { text: "The governor told reporters the deal was nearly done.", speaker: "The governor", cue: "told", content: "the deal was nearly done" },
    { text: "Ms. Park told supporters that the race was far from over.", speaker: "Ms. Park", cue: "told", content: "that the race was far from over" },
  ];
  it.each(listeners)("skips who was told: $content", expectCase);

  const verbs: Case[] = [
    { text: "Federal records show the firm paid no tax last year.", speaker: "Federal records", cue: "show", content: "the firm paid no tax last year" },
    { text: "The judge notes that the law leaves room for appeal.", speaker: "The judge", cue: "notes", content: "that the law leaves room for appeal" },
    { text: "The union welcomed the ruling on overtime pay.", speaker: "The union", cue: "welcomed", content: "the ruling on overtime pay" },
    { text: "The mayor calls for a new bridge over the river.", speaker: "The mayor", cue: "calls for", content: "a new bridge over the river" },
  ];
  it.each(verbs)("reads added verbs: $cue", expectCase);

  const questions: { text: string; content: string }[] = [
    { text: "Asked whether the levy would pass, the treasurer smiled.", content: "whether the levy would pass" },
    { text: "When asked about the closures, most parents said they were angry.", content: "about the closures" },
  ];
  it.each(questions)("reads a question put by no one named: $content", ({ text, content }) => {
    const q = extractQuotes(text, { lang: "en" }).find((x) => x.rule === "en-asked");
    expect(q?.text).toBe(content);
    expect(q?.cue?.text.toLowerCase()).toBe("asked");
    expect(q?.speaker).toBeNull();
  });

  it("does not take the question for the content of the answer's tag", () => {
    const qs = extractQuotes("Asked if the strike would end soon, the union leader said no.");
    expect(qs.map((q) => q.rule)).toEqual(["en-asked"]);
  });

  it("leaves asked with a named asker to the speech rules", () => {
    expect(extractQuotes("The judge asked whether the witness was sure.").some((q) => q.rule === "en-asked")).toBe(false);
  });

  const opinions: Case[] = [
    { text: "Most economists believe the tax would slow hiring.", speaker: "Most economists", cue: "believe", content: "the tax would slow hiring" },
    { text: "Many teachers feel the new rules go too far.", speaker: "Many teachers", cue: "feel", content: "the new rules go too far" },
  ];
  it.each(opinions)("reads an opinion verb without that: $cue", expectCase);

  const impressions: { text: string; cue: string; parts: string[] }[] = [
    { text: "By Friday, the coalition seemed to be falling apart.", cue: "seemed", parts: ["the coalition", "to be falling apart"] },
    { text: "The mayor is expected to sign the budget on Monday.", cue: "is expected", parts: ["The mayor", "to sign the budget on Monday"] },
  ];
  it.each(impressions)("reads an impression with no speaker: $cue", ({ text, cue, parts }) => {
    const q = extractQuotes(text, { lang: "en" })[0];
    expect(q?.rule).toBe("en-raising");
    expect(q?.cue?.text).toBe(cue);
    expect(q?.parts.map((p) => p.text)).toEqual(parts);
    expect(q?.speaker).toBeNull();
  });

  it("does not read it seems or a verb with no infinitive as an impression", () => {
    expect(extractQuotes("It seems to me the plan is fine.").some((q) => q.rule === "en-raising")).toBe(false);
    expect(extractQuotes("The mayor appeared tired after the long meeting.").some((q) => q.rule === "en-raising")).toBe(false);
  });
});
