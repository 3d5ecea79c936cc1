import { z } from "zod";

/**
 * What a parse noticed but did not fail on. Each code is stable; `message` is for people.
 * - `empty-input`: nothing but whitespace was given.
 * - `binary-input`: the input looks like binary data, not text; what text could be read was kept.
 * - `decoding-fallback`: the declared charset was unknown or wrong; another was used.
 * - `chrome-dropped`: site chrome (comments, share, related links) was removed; `detail` says what.
 * - `no-article-found`: the page holds no article body (a home page, an error page, a script-only page).
 * - `invalid-metadata`: a metadata block (e.g. JSON-LD) could not be read and was skipped.
 * - `implausible-date`: a date was found but rejected (before 1990, or after the page's other dates).
 * - `truncated`: the input ends mid-document (unclosed markup, cut text).
 * - `input-limit`: the input exceeded a size or depth limit; the part beyond it was not read.
 */
export const WarningCodeSchema = z.enum([
  "empty-input",
  "binary-input",
  "decoding-fallback",
  "chrome-dropped",
  "no-article-found",
  "invalid-metadata",
  "implausible-date",
  "truncated",
  "input-limit",
]);

/** A warning on the result. */
export const WarningSchema = z.object({
  code: WarningCodeSchema,
  message: z.string(),
  /** The text or value concerned, when there is one. */
  detail: z.string().nullable(),
});

export type WarningCode = z.infer<typeof WarningCodeSchema>;
export type Warning = z.infer<typeof WarningSchema>;

/** Builds a warning. */
export function warning(code: WarningCode, message: string, detail: string | null = null): Warning {
  return { code, message, detail };
}
