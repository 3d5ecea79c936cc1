/** The real pages the mutation generators start from (the fixtures of other suites; see fixtures/hostile/README.md). */
import { readFileSync } from "node:fs";

const DIR = new URL("../../fixtures/", import.meta.url);

/** Pages and texts to mutate. */
export const SEED_PAGES = ["html/cnnarabic-1.html", "cli/pages/en/ars-1.html", "text/elaph-iraq-nato.txt"] as const;

/** Reads the seed pages. */
export function seedPages(): string[] {
  return SEED_PAGES.map((name) => readFileSync(new URL(name, DIR), "utf8"));
}
