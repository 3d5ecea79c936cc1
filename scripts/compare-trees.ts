/**
 * `tsx scripts/compare-trees.ts`: parses every HTML page of the development corpus and the fixtures
 * with the tree builder (src/html/tree-builder.ts) and with the htmlparser2 parse it replaced
 * (`parseWithHtmlparser2`), and lists the pages whose trees differ. Compared as the tests compare
 * them (test/html/tree-dump.ts): every node's type, name, attributes with their order, data, child
 * count, own property keys, start and end indices, its parent and sibling links, and the order of
 * the element list; each page as written and after the nesting guard (as loadHtml parses it). The tree builder's change should print "0 differ".
 *
 * Options: --show N (pages named, 10).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { limitNesting } from "../src/html/depth.js";
import { parseWithHtmlparser2 } from "../test/html/htmlparser2-reference.js";
import { dumpTree as dump } from "../test/html/tree-dump.js";
import { buildTree } from "../src/html/tree-builder.js";
import { SHARED } from "./lib/corpus.js";
import { listFiles } from "./lib/walk.js";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

/** The first line where two dumps part, for the report. */
function firstDifference(a: string[], b: string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `line ${i}: ${a[i] ?? "(none)"} | htmlparser2: ${b[i] ?? "(none)"}`;
  return "";
}

function main(): void {
  const showAt = process.argv.indexOf("--show");
  const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 10;
  const roots = [join(SHARED, "corpus"), join(ROOT, "fixtures")].filter((d) => existsSync(d));
  const files = roots.flatMap((d) => listFiles(d, (n) => /\.html?$/i.test(n)));
  let differ = 0;
  let nodes = 0;
  for (const file of files) {
    const page = readFileSync(file, "utf8");
    const guarded = limitNesting(page).html;
    for (const html of guarded === page ? [page] : [page, guarded]) {
      const mine = dump(buildTree(html));
      const theirs = dump(parseWithHtmlparser2(html));
      nodes += mine.length;
      if (mine.length === theirs.length && mine.every((line, i) => line === theirs[i])) continue;
      differ++;
      if (differ <= show) console.log(`${file}${html === page ? "" : " (after the nesting guard)"}: ${firstDifference(mine, theirs)}`);
    }
  }
  console.log(`${files.length} pages, ${nodes} nodes, ${differ} differ`);
}

main();
