import { RELATIVE } from "./lexicon.js";
import type { RelativeUnit } from "./data/types.js";
import type { Token } from "./tokens.js";

/**
 * Relative forms: "2 hours ago", "منذ ساعتين", "قبل 3 ساعات", "vor 5 Minuten", "il y a 2 jours",
 * "hace una hora", "há 2 dias", "منذ ثلاث ساعات", "أمس", "أول أمس", "yesterday", and "today"/"اليوم"
 * when a time follows. Read only against a reference.
 */
export interface RelativeMatch {
  unit: RelativeUnit;
  count: number;
  end: number;
  /** "Today": a date only with a time after it. */
  needsTime?: boolean;
}

/** The longest count a relative form may give, per unit (beyond it, the text means something else). */
const MAX_COUNT: Readonly<Record<RelativeUnit, number>> = { minute: 600, hour: 96, day: 60, week: 12 };

function wordsAt(toks: Token[], i: number, words: readonly string[]): number | null {
  let j = i;
  for (const w of words) {
    if (toks[j]?.kind === "punct" && "-'’".includes(toks[j]!.text) && j > i && !toks[j]!.spaced) j++;
    if (toks[j]?.kind !== "word" || toks[j]!.key !== w) return null;
    j++;
  }
  return j;
}

/** "<count> <unit>" or "<unit>" (dual and singular forms count themselves). */
function countAndUnit(toks: Token[], i: number): RelativeMatch | null {
  let j = i;
  let count: number | null = null;
  const t = toks[j];
  if (t?.kind === "num" && t.text.length <= 3) {
    count = Number(t.text);
    j++;
  } else if (t?.kind === "word" && RELATIVE.one.has(t.key)) {
    count = 1;
    j++;
  } else if (t?.kind === "word" && RELATIVE.numbers.has(t.key)) {
    count = RELATIVE.numbers.get(t.key)!;
    j++;
  }
  const u = toks[j];
  const unit = u?.kind === "word" ? RELATIVE.units.get(u.key) : undefined;
  if (!unit) return null;
  const n = unit.count ?? count ?? 1;
  if (n < 1 || n > MAX_COUNT[unit.unit]) return null;
  return { unit: unit.unit, count: n, end: j + 1 };
}

/**
 * Reads a relative form starting at token `i`, or null. With `lang` ("de", "fr-FR"), one-word day
 * expressions of other languages are not read ("hier" is "here" in German).
 */
export function matchRelative(toks: Token[], i: number, lang?: string): RelativeMatch | null {
  const primary = lang?.slice(0, 2).toLowerCase();
  for (const back of RELATIVE.daysBack) {
    if (primary && back.lang !== primary) continue;
    const end = wordsAt(toks, i, back.words);
    if (end !== null) return back.days === 0 ? { unit: "day", count: 0, end, needsTime: true } : { unit: "day", count: back.days, end };
  }
  for (const before of RELATIVE.before) {
    const j = wordsAt(toks, i, before);
    if (j === null) continue;
    const m = countAndUnit(toks, j);
    if (m) return m;
  }
  const m = countAndUnit(toks, i);
  if (!m) return null;
  for (const after of RELATIVE.after) {
    const end = wordsAt(toks, m.end, after);
    if (end !== null) return { ...m, end };
  }
  return null;
}
