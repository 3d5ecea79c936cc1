import { foldChars } from "../language/normalize.js";

/**
 * `foldChars` for long texts: the same one-for-one fold (so offsets stay offsets into the original),
 * applied only to the runs of characters that change. A page of ASCII text is returned as is, and
 * a megabyte of Eastern Arabic digits is folded in one pass without string concatenation per character.
 */
const FOLDABLE = /[\u0660-\u0669\u06f0-\u06f9أإآٱىیئکؤ\u00a0\u2009\u202f\u2007]+/g;

const cache = new Map<string, string>();
function foldOne(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    f = foldChars(c);
    cache.set(c, f);
  }
  return f;
}

/** Characters per `String.fromCharCode` call when a long run is rebuilt. */
const CHUNK = 8192;

function foldRun(run: string): string {
  if (run.length === 1) return foldOne(run);
  const codes = new Array<number>(run.length);
  for (let i = 0; i < run.length; i++) codes[i] = foldOne(run[i]!).charCodeAt(0);
  let out = "";
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

/** Folds digits and letter forms one character for one (see `foldChars`). */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, foldRun);
}
