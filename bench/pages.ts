/**
 * The pages the speed benchmark runs over: every .html page in fixtures/ (any depth), then the
 * development corpus when it is there (../shared/corpus/readability/<name>/source.html and
 * ../shared/corpus/snippets/html/*.html). `--pages N` keeps N of them, chosen evenly across the list
 * so every source is represented.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(new URL("..", import.meta.url).pathname);
export const CORPUS = resolve(ROOT, "../shared/corpus");

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else if (/\.html?$/i.test(name)) out.push(p);
    }
  }
  return out.sort();
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
