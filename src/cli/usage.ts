/** Exit codes of the khabar command. */
export const EXIT = {
  /** Every record parsed. */
  ok: 0,
  /** At least one record (or the one page) failed; the others were written. */
  failed: 1,
  /** Bad command line: unknown option, bad value, missing file. Nothing was parsed. */
  usage: 2,
} as const;

/** A command-line mistake: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
