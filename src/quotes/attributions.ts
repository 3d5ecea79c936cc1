import type { Attribution, Quote, Source } from "./schema.js";

/** Groups quotes by resolved speaker and attaches each source phrase to the speaker it names. */
export function groupAttributions(quotes: Quote[], sources: Source[]): Attribution[] {
  const byName = new Map<string, Attribution>();
  const out: Attribution[] = [];
  const entry = (speaker: string | null, kind: Attribution["kind"]): Attribution => {
    const key = speaker ?? "\u0000";
    let a = byName.get(key);
    if (!a) {
      a = { speaker, kind, mentions: [], quotes: [], sources: [] };
      byName.set(key, a);
      out.push(a);
    }
    return a;
  };
  for (const q of quotes) {
    const a = entry(q.speaker ? q.speaker.resolved : null, q.speaker ? q.speaker.kind : null);
    a.quotes.push(q);
    if (q.speaker && !q.speaker.implicit && !a.mentions.includes(q.speaker.name)) a.mentions.push(q.speaker.name);
  }
  for (const s of sources) {
    const a = entry(s.resolved, s.kind);
    a.sources.push(s);
    if (!a.mentions.includes(s.name)) a.mentions.push(s.name);
  }
  return out;
}
