/**
 * A forgiving JSON reader for the JSON-LD that real pages ship: HTML comment and CDATA wrappers,
 * JS comments, trailing commas, raw newlines and tabs inside strings, HTML-escaped quotes
 * (`&quot;`). Repairs are one linear pass; the result goes through `JSON.parse`, and then every
 * `__proto__`, `constructor` and `prototype` key is dropped, so nothing read can reach a prototype.
 */

/** Keys that are never kept: they could pollute prototypes when values are merged later. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Most characters of one JSON-LD block that are read (10 MB pages hold no larger metadata). */
export const MAX_JSON_CHARS = 2_000_000;

function reviver(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/**
 * Nesting depth up to which a parsed value is cleaned by {@link dropForbiddenKeys}. Deeper values
 * are parsed again with the reviver, as before: its walk recurses, and on JSON nested tens of
 * thousands deep it overflows the stack, which makes the block unreadable (JSON-LD nests a few
 * levels; only hostile pages come near this).
 */
const MAX_CLEANED_DEPTH = 1_000;

/**
 * Deletes the FORBIDDEN_KEYS from every object of a parsed value, iteratively. This is what a
 * `JSON.parse` reviver returning `undefined` for them did (`JSON.parse` makes `__proto__` an own
 * data property, never the prototype, so deleting it afterwards is the same), at half the cost: a
 * reviver is a call from the parser into JavaScript for every value read. False when the value
 * nests deeper than MAX_CLEANED_DEPTH (then it is left half cleaned, and must be parsed again).
 */
function dropForbiddenKeys(root: unknown): boolean {
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop() ?? 0;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_CLEANED_DEPTH) return false;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item !== "object" || item === null) continue;
        stack.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    const object = value as Record<string, unknown>;
    for (const key of FORBIDDEN_KEYS) if (Object.hasOwn(object, key)) delete object[key];
    for (const key in object) {
      const child = object[key];
      if (typeof child !== "object" || child === null) continue;
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return true;
}

/** Removes `<!--`/`-->`, `<![CDATA[`/`]]>` and `//<![CDATA[` wrappers around a script body. */
function unwrap(text: string): string {
  let t = text.trim();
  t = t.replace(/^(?:\/\/\s{0,4})?(?:<!--|<!\[CDATA\[)\s{0,4}/u, "").trim();
  t = t.replace(/\s{0,4}(?:\/\/\s{0,4})?(?:-->|\]\]>)$/u, "").trim();
  return t;
}

/**
 * One pass over the text: inside strings, raw control characters are escaped; outside strings,
 * `//` and `/* *\/` comments are dropped and a comma followed only by whitespace before `}` or `]`
 * is dropped.
 */
function repair(text: string): string {
  const out: string[] = [];
  let inString = false;
  let pendingComma = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (inString) {
      if (c === "\\") {
        out.push(c, text[i + 1] ?? "");
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      if (c === "\n") out.push("\\n");
      else if (c === "\r") out.push("\\r");
      else if (c === "\t") out.push("\\t");
      else if (c < " ") out.push(" ");
      else out.push(c);
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (c === " " || c === "\n" || c === "\r" || c === "\t") {
      out.push(c);
      i++;
      continue;
    }
    if (pendingComma) {
      if (c !== "}" && c !== "]") out.push(",");
      pendingComma = false;
    }
    if (c === ",") {
      pendingComma = true;
      i++;
      continue;
    }
    if (c === '"') inString = true;
    out.push(c);
    i++;
  }
  return out.join("");
}

function tryParse(text: string): unknown {
  try {
    const value = JSON.parse(text) as unknown;
    return dropForbiddenKeys(value) ? value : JSON.parse(text, reviver);
  } catch {
    return undefined;
  }
}

/** Decodes the few HTML entities seen around JSON-LD (`&quot;`, `&amp;`, `&#34;` …). */
function decodeEntities(text: string): string {
  return text
    .replace(/&quot;|&#0{0,3}34;|&#x0{0,3}22;/giu, '"')
    .replace(/&#0{0,3}39;|&apos;|&#x0{0,3}27;/giu, "'")
    .replace(/&lt;/giu, "<")
    .replace(/&gt;/giu, ">")
    .replace(/&amp;/giu, "&");
}

/**
 * Parses a JSON-LD script body, repairing what real pages get wrong. Returns `undefined` when it
 * cannot be read even after repair (the caller warns `invalid-metadata`). Never throws.
 */
export function parseLooseJson(source: string): unknown {
  if (typeof source !== "string") return undefined;
  const text = unwrap(source.length > MAX_JSON_CHARS ? source.slice(0, MAX_JSON_CHARS) : source);
  if (!text) return undefined;
  const direct = tryParse(text);
  if (direct !== undefined) return direct;
  const repaired = tryParse(repair(text));
  if (repaired !== undefined) return repaired;
  if (/&(?:quot|#0{0,3}34|#x0{0,3}22);/iu.test(text)) return tryParse(repair(decodeEntities(text)));
  return undefined;
}
