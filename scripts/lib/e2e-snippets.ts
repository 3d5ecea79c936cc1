/**
 * End-to-end on corpus/snippets: parse() each html/<id>.html (with the page's URL when snippets.json
 * gives one), write {"<id>": {"articleBody": article.text}} and score it with
 * ../shared/tools/snippets/score.mjs; authors against authors.json as the metadata script scores them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED, snippetsAuthors, snippetsGold } from "./corpus.js";
import { authorsMatch } from "./metadata-rules.js";
import { scoreSnippets, type SnippetsScore } from "./snippets.js";
import type { ParseRunner } from "./timed-parse.js";

/** What the snippets corpus gave. */
export interface SnippetsResult {
  pages: number;
  score: SnippetsScore;
  authors: { right: number; total: number; none: number; misses: string[] };
  /** Pages whose article.text is empty. */
  empty: string[];
}

const CORPUS = "snippets";

/** Runs the snippets corpus through parse(); predictions go to `outPath`. */
export function runSnippets(runner: ParseRunner, outPath: string): SnippetsResult {
  const dir = join(SHARED, "corpus/snippets/html");
  const gold = snippetsGold();
  const expectedAuthors = snippetsAuthors();
  const out: Record<string, { articleBody: string }> = {};
  const authors = { right: 0, total: 0, none: 0, misses: [] as string[] };
  const empty: string[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
  for (const file of files) {
    const id = file.slice(0, -".html".length);
    const url = gold[id]?.url;
    const article = runner.run(CORPUS, id, readFileSync(join(dir, file), "utf8"), url ? { url } : {});
    out[id] = { articleBody: article?.text ?? "" };
    if (article && article.text.trim() === "") {
      empty.push(id);
      runner.note(CORPUS, id, `empty article.text; warnings: ${article.warnings.map((w) => w.code).join(", ") || "none"}`);
    }
    const expected = expectedAuthors[id];
    if (expected === undefined) continue;
    authors.total++;
    const names = article?.byline?.authors.map((a) => a.name) ?? [];
    if (names.length === 0) authors.none++;
    if (authorsMatch(expected, names)) authors.right++;
    else authors.misses.push(`author  ${id.padEnd(48)} expected ${JSON.stringify(expected)} got ${JSON.stringify(names)} (${article?.provenance.byline ?? "-"})`);
  }
  writeFileSync(outPath, JSON.stringify(out));
  return { pages: files.length, score: scoreSnippets(SHARED, outPath), authors, empty };
}
