/**
 * Codes of the errors khabar throws. Everything else a bad input can cause is a warning on the result.
 * - `invalid-input`: the input is not a string or bytes.
 * - `invalid-options`: an option has the wrong type or value.
 * - `internal`: a bug in khabar; please report it with the input.
 */
export type KhabarErrorCode = "invalid-input" | "invalid-options" | "internal";

/** The one error class khabar throws. `code` says which kind of failure it is. */
export class KhabarError extends Error {
  override readonly name = "KhabarError";
  readonly code: KhabarErrorCode;

  constructor(code: KhabarErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Type guard: true when `value` is a KhabarError (also across bundles, by name and code). */
export function isKhabarError(value: unknown): value is KhabarError {
  return (
    value instanceof KhabarError ||
    (value instanceof Error && value.name === "KhabarError" && typeof (value as { code?: unknown }).code === "string")
  );
}
