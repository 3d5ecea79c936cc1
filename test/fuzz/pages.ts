/** The real pages the mutation generators start from (copies in fixtures/hostile, see its README). */
import { readFileSync } from "node:fs";

const DIR = new URL("../../fixtures/hostile/", import.meta.url);

/** Pages and texts to mutate. */
export const SEED_PAGES = ["cnnarabic-1.html", "ars-1.html", "elaph-iraq-nato.txt"] as const;

/** Reads the seed pages. */
export function seedPages(): string[] {
  return SEED_PAGES.map((name) => readFileSync(new URL(name, DIR), "utf8"));
}
