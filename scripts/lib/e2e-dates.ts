/**
 * End-to-end on corpus/dates: parse() each page with its URL and score article.published's day
 * (../shared/corpus/README.md, "Scoring page dates"; rules in ./dates.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED, datesManifest } from "./corpus.js";
import { dateOutcome, type DateScore } from "./dates.js";
import type { ParseRunner } from "./timed-parse.js";

/** What the dates corpus gave. */
export interface DatesResult {
  pages: number;
  score: DateScore;
  /** Right / wrong answers by provenance.published. */
  bySource: Map<string, { right: number; wrong: number }>;
  failures: string[];
}

const CORPUS = "dates";

/** Runs the dates corpus through parse(). */
export function runDates(runner: ParseRunner): DatesResult {
  const root = join(SHARED, "corpus/dates");
  const manifest = datesManifest();
  const score: DateScore = { tp: 0, fp: 0, fn: 0 };
  const bySource = new Map<string, { right: number; wrong: number }>();
  const failures: string[] = [];
  for (const e of manifest) {
    const article = runner.run(CORPUS, e.id, readFileSync(join(root, e.file), "utf8"), { url: e.url });
    const got = article?.published ?? null;
    const outcome = dateOutcome(got, e.published);
    const source = article?.provenance.published ?? "-";
    if (outcome === "FN") {
      score.fn++;
      failures.push(`FN ${e.id}  want ${e.published}  (${e.url})`);
      continue;
    }
    const tally = bySource.get(source) ?? { right: 0, wrong: 0 };
    bySource.set(source, tally);
    if (outcome === "TP") {
      score.tp++;
      tally.right++;
    } else {
      score.fp++;
      tally.wrong++;
      failures.push(`FP ${e.id}  want ${e.published}  got ${got} from ${source}  (${e.url})`);
    }
  }
  return { pages: manifest.length, score, bySource, failures };
}
