// Run under valgrind by bench/instructions.ts: parses the listed pages PASSES times with the given build.
// usage: node --predictable bench/instructions-loop.mjs BUILD_ENTRY PAGES.json PASSES
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [entry, list, passes] = process.argv.slice(2);
const { parse } = await import(pathToFileURL(entry).href);
const pages = JSON.parse(readFileSync(list, "utf8")).map((file) => readFileSync(file, "utf8"));
for (let p = 0; p < Number(passes); p++) for (const html of pages) parse(html, { url: "https://example.com/a/b" });
