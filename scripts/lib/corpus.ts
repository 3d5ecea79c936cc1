/**
 * Where the shared corpora are and what their index files hold (../shared/corpus, read-only).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The shared folder: $KHABAR_SHARED, else /work/shared. */
export const SHARED = process.env.KHABAR_SHARED ?? "/work/shared";

/** The URL Readability's test pages were taken with (its test harness uses this one). */
export const READABILITY_URL = "http://fakehost/test/page.html";

/** Page folders of corpus/readability that hold a source.html, sorted by name. */
export function readabilityPages(shared = SHARED): Array<{ name: string; dir: string }> {
  const root = join(shared, "corpus/readability");
  return readdirSync(root)
    .sort()
    .map((name) => ({ name, dir: join(root, name) }))
    .filter((p) => existsSync(join(p.dir, "source.html")));
}

/** One entry of corpus/snippets/snippets.json. */
export interface SnippetGold {
  url?: string;
  with: string[];
  without: string[];
  lang?: string;
}

/** corpus/snippets/snippets.json: the snippets each page's text must and must not hold. */
export function snippetsGold(shared = SHARED): Record<string, SnippetGold> {
  return JSON.parse(readFileSync(join(shared, "corpus/snippets/snippets.json"), "utf8")) as Record<string, SnippetGold>;
}

/** corpus/snippets/authors.json: the expected author string of some pages, by id (empty when absent). */
export function snippetsAuthors(shared = SHARED): Record<string, string> {
  const path = join(shared, "corpus/snippets/authors.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, string>) : {};
}

/** One entry of corpus/dates/manifest.json. */
export interface DatesEntry {
  id: string;
  file: string;
  url: string;
  published: string;
  lang?: string | null;
}

/** corpus/dates/manifest.json. */
export function datesManifest(shared = SHARED): DatesEntry[] {
  return JSON.parse(readFileSync(join(shared, "corpus/dates/manifest.json"), "utf8")) as DatesEntry[];
}
