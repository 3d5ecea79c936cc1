/**
 * Inputs that once broke a property, kept in fixtures/hostile/regressions/ as `<id>.<html|txt|bin>`
 * with `<id>.json` = { options?, check: "parse" | "parse-html" | "safeParse" | "quotes" | "dates", found, note }.
 * The fuzz runner writes new ones there; test/hostile/regressions.test.ts replays them all.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

export const REGRESSION_DIR = fileURLToPath(new URL("../../fixtures/hostile/regressions/", import.meta.url));

/** Which property a saved input broke. */
export type CheckName = "parse" | "parse-html" | "safeParse" | "quotes" | "dates";

export interface Regression {
  id: string;
  input: string | Uint8Array;
  options: unknown;
  check: CheckName;
  found: string;
  note: string;
  /** "open": the bug is in a stage owned elsewhere and not fixed yet; replayed as an expected failure. */
  status?: "open" | "fixed";
}

/** Every saved regression input. */
export function loadRegressions(): Regression[] {
  if (!existsSync(REGRESSION_DIR)) return [];
  const out: Regression[] = [];
  for (const name of readdirSync(REGRESSION_DIR).sort()) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -5);
    const meta = JSON.parse(readFileSync(REGRESSION_DIR + name, "utf8")) as Omit<Regression, "id" | "input">;
    const file = readdirSync(REGRESSION_DIR).find((f) => f.startsWith(id + ".") && !f.endsWith(".json"));
    if (!file) continue;
    const bytes = readFileSync(REGRESSION_DIR + file);
    const text = (meta as { inputJson?: string }).inputJson ?? bytes.toString("utf8");
    out.push({ ...meta, id, input: file.endsWith(".bin") ? new Uint8Array(bytes) : text });
  }
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Saves a failing input (named by its hash, so the same failure is saved once); returns the id. */
export function saveRegression(input: unknown, options: unknown, check: CheckName, found: string, note: string): string {
  mkdirSync(REGRESSION_DIR, { recursive: true });
  const bytes = input instanceof Uint8Array ? input : Buffer.from(String(input), "utf8");
  const id = `${check}-${createHash("sha1").update(bytes).update(JSON.stringify(options ?? null)).digest("hex").slice(0, 10)}`;
  // Already saved (the same input failing again): keep the file and its hand-written note.
  if (existsSync(`${REGRESSION_DIR}${id}.json`)) return id;
  const ext = input instanceof Uint8Array ? "bin" : check === "parse-html" ? "html" : "txt";
  writeFileSync(`${REGRESSION_DIR}${id}.${ext}`, bytes);
  // A string with lone surrogates cannot round-trip through UTF-8: keep it JSON-escaped too.
  const inputJson = typeof input === "string" && LONE_SURROGATE.test(input) ? input : undefined;
  writeFileSync(`${REGRESSION_DIR}${id}.json`, JSON.stringify({ options: options ?? null, check, found, note, inputJson }, null, 2) + "\n");
  return id;
}
