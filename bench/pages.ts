/**
 * The pages the speed benchmark runs over: every .html page in fixtures/ (any depth), then the
 * development corpus when it is there (../shared/corpus/readability/<name>/source.html and
 * ../shared/corpus/snippets/html/*.html). `--pages N` keeps N of them, chosen evenly across the list
 * so every source is represented.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { listFiles } from "../scripts/lib/walk.js";

export const ROOT = resolve(new URL("..", import.meta.url).pathname);
export const CORPUS = resolve(ROOT, "../shared/corpus");

function htmlFiles(dir: string): string[] {
  return existsSync(dir) ? listFiles(dir, (name) => /\.html?$/i.test(name)) : [];
}

/** Where the pages came from, for the report. */
export interface PageSet {
  files: string[];
  counts: Record<string, number>;
}

/** The benchmark pages; `limit` keeps that many, evenly spaced. Hostile fixtures are left out (not pages). */
export function benchPages(limit: number | null): PageSet {
  const fixtures = htmlFiles(join(ROOT, "fixtures")).filter((f) => !f.includes("/fixtures/hostile/regressions/"));
  const readability = existsSync(join(CORPUS, "readability"))
    ? readdirSync(join(CORPUS, "readability")).sort().map((n) => join(CORPUS, "readability", n, "source.html")).filter((f) => existsSync(f))
    : [];
  const snippets = htmlFiles(join(CORPUS, "snippets", "html"));
  const all = [...fixtures, ...readability, ...snippets];
  let files = all;
  if (limit !== null && limit < all.length) {
    files = [];
    for (let i = 0; i < limit; i++) files.push(all[Math.floor((i * all.length) / limit)] as string);
  }
  const counts = {
    fixtures: files.filter((f) => fixtures.includes(f)).length,
    readability: files.filter((f) => readability.includes(f)).length,
    snippets: files.filter((f) => snippets.includes(f)).length,
  };
  return { files, counts };
}
