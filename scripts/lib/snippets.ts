/**
 * The snippets corpus scorer (../shared/tools/snippets/score.mjs), run on a predictions file.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** What score.mjs printed, and the numbers read from it (NaN when a number is missing). */
export interface SnippetsScore {
  output: string;
  precision: number;
  recall: number;
  f: number;
}

/** Reference scores on the snippets corpus, from issue 3. */
export const SNIPPETS_REFERENCE = { trafilatura: 0.913, readability: 0.872 } as const;

/** Runs `node <shared>/tools/snippets/score.mjs predPath` and reads precision, recall and F from its output. */
export function scoreSnippets(shared: string, predPath: string): SnippetsScore {
  const output = execFileSync("node", [join(shared, "tools/snippets/score.mjs"), predPath], { encoding: "utf8" }).trim();
  const num = (label: string) => {
    const m = new RegExp(`\\b${label} ([0-9.]+)`, "u").exec(output);
    return m ? Number(m[1]) : Number.NaN;
  };
  return { output, precision: num("precision"), recall: num("recall"), f: num("F") };
}
