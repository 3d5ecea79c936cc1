/**
 * Instructions per page of two builds of khabar, counted by valgrind: an A/B that this machine's
 * noise cannot blur. Timed A/B runs of two builds in one process differ by ±2% with no change at all
 * (a virtual machine whose speed drifts within a minute); the count of instructions `parse()` runs
 * over the same pages differed by 0.2% between two runs of one build. It is not time (cache misses,
 * branch misses and the cost of each instruction are not in it), so a change is still checked with
 * `npm run bench`; it tells whether a change does less work, to the nearest half percent.
 *
 * Each build parses the pages 3 and 6 times in a process of its own, V8 run `--predictable` (one
 * thread, and no decision taken by the clock: with only `--single-threaded`, two runs of one build
 * differed by up to 15%, when the collector or the compiler happened to run). The difference, over
 * three passes, leaves out start-up and the first passes' compiling.
 *
 * Usage: npm run bench:instructions -- OLD_DIST NEW_DIST [--pages N]   (valgrind must be installed;
 * a build is a folder holding index.js, as `npm run build` writes dist/). About 3 minutes for 34 pages.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { benchPages, ROOT } from "./pages.js";

const run = promisify(execFile);
/** Pages parsed by default, evenly spaced over the benchmark's list. */
const DEFAULT_PAGES = 34;
const FEW = 3;
const MANY = 6;

async function instructions(entry: string, list: string, passes: number): Promise<number> {
  const args = ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, "--predictable", join(ROOT, "bench", "instructions-loop.mjs"), entry, list, String(passes)];
  const { stderr } = await run("valgrind", args, { maxBuffer: 1 << 24 });
  const refs = /I\s+refs:\s+([\d,]+)/u.exec(stderr);
  if (!refs) throw new Error(`no instruction count from valgrind:\n${stderr.slice(-2000)}`);
  return Number((refs[1] as string).replaceAll(",", ""));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--pages");
  const count = at >= 0 ? Number(args[at + 1]) : DEFAULT_PAGES;
  const builds = args.filter((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1));
  if (builds.length !== 2 || !Number.isInteger(count) || count < 1) {
    console.error("usage: npm run bench:instructions -- OLD_DIST NEW_DIST [--pages N]");
    process.exit(2);
  }
  const pages = benchPages(count).files;
  const list = join(mkdtempSync(join(tmpdir(), "khabar-instructions-")), "pages.json");
  writeFileSync(list, JSON.stringify(pages));
  const perPage: number[] = [];
  for (const build of builds) {
    const entry = resolve(build, "index.js");
    // The two runs of a build go side by side (valgrind uses one core each).
    const [few, many] = await Promise.all([instructions(entry, list, FEW), instructions(entry, list, MANY)]);
    perPage.push((many - few) / ((MANY - FEW) * pages.length));
    console.error(`instructions: ${build} done`);
  }
  const [old, now] = perPage as [number, number];
  console.log(`| build | instructions per page (millions) |\n| --- | ---: |`);
  console.log(`| ${builds[0]} | ${(old / 1e6).toFixed(2)} |\n| ${builds[1]} | ${(now / 1e6).toFixed(2)} |`);
  console.log(`\nnew/old: ${(now / old).toFixed(3)} over ${pages.length} pages (valgrind ${MANY} passes minus ${FEW}).`);
}

await main();
