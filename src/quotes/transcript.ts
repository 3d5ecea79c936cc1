import { rawText } from "./document.js";
import type { Ctx, Draft } from "./draft.js";
import { resolveMention } from "./speaker.js";
import type { Token } from "./tokens.js";
import { CONFIDENCE } from "./weights.js";

/** `\p{…}` regexes live here, not inside functions: the build turns such a literal into a `new RegExp` per call. */
const TWO_CAPITALS = /\p{Lu}{2}/u;

/**
 * Transcripts: a paragraph opening with an upper-case label and a colon ("WALLACE: …", "\"PENCE: …")
 * is that speaker's turn (in the first paragraph, a headline, a Title Case label too); following paragraphs opening with a quote mark and no label continue it.
 */
export function transcript(ctx: Ctx): boolean {
  const { doc, para } = ctx;
  const T = para.tokens;
  let k = 0;
  if (T[0] && T[0].t === "p" && /["“«]/.test(T[0].w)) k = 1;
  const from = k;
  // A headline may open with a Title Case label too ("Pence: Flowers Won’t Be at Debate").
  const headline = ctx.pi === 0;
  while (k < T.length && k - from < 3 && (T[k] as Token).t === "w" && (isUpperWord(rawText(doc, (T[k] as Token).s, (T[k] as Token).e)) || (headline && (T[k] as Token).cap))) k++;
  const colon = T[k];
  const end = T[T.length - 1];
  if (k > from && colon && colon.w === ":" && k + 1 < T.length && end) {
    const speaker = resolveMention(ctx, from, k, null);
    const d: Draft = { parts: [{ p: ctx.pi, s: (T[k + 1] as Token).s, e: endOf(T) }], kind: null, speaker, cue: { p: ctx.pi, s: colon.s, e: colon.e }, confidence: CONFIDENCE.transcript, rule: "en-transcript" };
    ctx.drafts.push(d);
    ctx.turn = d;
    return true;
  }
  const turn = ctx.turn;
  const q0 = para.quotes[0];
  const closedQuote = q0 !== undefined && q0.start === T[0]?.s && !q0.continues;
  if (turn && from === 1 && !closedQuote && end && T.length > 1 && ctx.pi - (turn.parts[turn.parts.length - 1]?.p ?? -9) === 1) {
    turn.parts.push({ p: ctx.pi, s: (T[1] as Token).s, e: endOf(T) });
    return true;
  }
  ctx.turn = null;
  return false;
}

function isUpperWord(raw: string): boolean {
  return raw.length > 1 && /^[\p{Lu}\p{N}.'’-]+$/u.test(raw) && TWO_CAPITALS.test(raw);
}

/** Where a turn's content ends: before a final full stop (kept after a dash: "and —."). */
function endOf(T: Token[]): number {
  const last = T[T.length - 1] as Token;
  const before = T[T.length - 2];
  if (last.w === "." && before && before.w !== "—" && before.w !== "-") return before.e;
  return last.e;
}
