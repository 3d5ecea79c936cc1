import { collapseSpaces } from "../language/spaces.js";

/** A short description of a value's type, for error messages ("a number", "an array", "null"). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

/** The message of a thrown value, on one line. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return collapseSpaces(message).trim() || "unknown error";
}
