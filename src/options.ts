import { KhabarError } from "./errors.js";

/** Options of `parse()` and `safeParse()`. */
export interface ParseOptions {
  /** The page's URL: resolves relative links and lets a date in the URL path count. */
  url?: string;
  /** A charset hint for byte input (as an HTTP Content-Type header would give), used when the page declares none. */
  charset?: string;
  /** Force the reader instead of sniffing: `html` or `text`. */
  format?: "html" | "text";
  /** The language when known (BCP 47); otherwise read from the page or the text. */
  language?: string;
}

const KEYS: ReadonlySet<string> = new Set(["url", "charset", "format", "language"]);

/** Checks the options a caller passed, throwing `invalid-options` on a wrong type. */
export function checkOptions(options: unknown): ParseOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new KhabarError("invalid-options", `options must be an object, got ${describe(options)}`);
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) throw new KhabarError("invalid-options", `unknown option "${key}"`);
    const value = record[key];
    if (value !== undefined && typeof value !== "string") {
      throw new KhabarError("invalid-options", `option "${key}" must be a string, got ${describe(value)}`);
    }
  }
  if (record.format !== undefined && record.format !== "html" && record.format !== "text") {
    throw new KhabarError("invalid-options", `option "format" must be "html" or "text"`);
  }
  return record as ParseOptions;
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
