/**
 * `npm run compare -- OTHER [NEW]`: parses every page and text of the development corpus (and the HTML
 * and text fixtures) with two builds, and lists the pages whose Article differs, field by field. OTHER
 * is a copy of dist/ made before a change; NEW is dist/ (default), another build folder, or
 * `src/index.ts` (the working tree, through tsx). A speed change should print "0 differ"; a change
 * meant to alter results shows exactly where it does. Every Article of NEW is also checked against
 * NEW's `ArticleSchema` (parse() itself does not check its output), and each one that fails is listed.
 *
 * Options: --show N (pages detailed, 10).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { SHARED } from "./lib/corpus.js";
import { listFiles } from "./lib/walk.js";

type Parse = (input: string | Uint8Array, options?: { url?: string; format?: "html" | "text" }) => Record<string, unknown>;
interface Build {
  parse: Parse;
  ArticleSchema: { safeParse: (value: unknown) => { success: boolean; error?: { message: string } } };
}

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const CORPUS = join(SHARED, "corpus");

/** `parse` and `ArticleSchema` from a build folder (its index.js) or from a TypeScript entry file. */
async function load(where: string): Promise<Build> {
  const file = where.endsWith(".ts") ? resolve(where) : resolve(where, "index.js");
  if (!existsSync(file)) throw new Error(`no ${file}: build first (npm run build) or copy dist/ before the change`);
  return (await import(pathToFileURL(file).href)) as Build;
}

function inputs(): { html: string[]; text: string[] } {
  const roots = [join(ROOT, "fixtures"), CORPUS].filter((d) => existsSync(d));
  const html = roots.flatMap((d) => listFiles(d, (n) => /\.html?$/i.test(n))).filter((f) => !f.includes("/hostile/"));
  const text = roots.flatMap((d) => listFiles(d, (n) => /\.txt$/i.test(n))).filter((f) => !f.includes("/hostile/"));
  return { html, text };
}

async function main(): Promise<void> {
  const showAt = process.argv.indexOf("--show");
  const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 10;
  const [other, current = join(ROOT, "dist")] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--show");
  if (!other) throw new Error("usage: npm run compare -- OTHER [NEW] [--show N]");
  const [mine, theirs] = [await load(current), await load(other)];
  const { html, text } = inputs();
  let differ = 0;
  let invalid = 0;
  const fields = new Map<string, number>();
  for (const [files, format] of [[html, "html"], [text, "text"]] as const) {
    for (const file of files) {
      const bytes = readFileSync(file);
      const options = { url: "https://example.com/page", format };
      const a = theirs.parse(bytes, options);
      const b = mine.parse(bytes, options);
      const checked = mine.ArticleSchema.safeParse(b);
      if (!checked.success) {
        invalid++;
        console.log(`${file}: not a valid Article: ${checked.error?.message ?? ""}`);
      }
      const changed = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      if (changed.length === 0) continue;
      differ++;
      for (const k of changed) fields.set(k, (fields.get(k) ?? 0) + 1);
      if (differ <= show) console.log(`${file.replace(`${CORPUS}/`, "corpus/").replace(`${ROOT}/`, "")}: ${changed.join(", ")}`);
    }
  }
  console.log(`${differ} differ of ${html.length} pages and ${text.length} texts${differ ? ` (fields: ${[...fields].map(([k, n]) => `${k} ${n}`).join(", ")})` : ""}`);
  console.log(`${invalid} of the new build's Articles fail ArticleSchema`);
  if (invalid > 0) process.exitCode = 1;
}

await main();
