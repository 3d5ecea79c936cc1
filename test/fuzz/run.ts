/**
 * `npm run fuzz`: the hostile-input properties (test/fuzz/properties.ts) over 100,000+ generated cases.
 *
 * Usage: tsx test/fuzz/run.ts [--cases N] [--seed S]. The seed is random unless given, and printed, so a
 * failure reproduces with `--seed S`. Each failing input is saved in fixtures/hostile/regressions/
 * (replayed by test/hostile/regressions.test.ts). Exits 1 when a property failed.
 */
import fc from "fast-check";
import { anyBytes, anyString, charsetHint, htmlPage, mutatedPage, newsText, notInput, parseOptions } from "./arbitraries.js";
import { seedPages } from "./pages.js";
import { checkDates, checkParse, checkQuotes, checkSafeParse, checkWrongType } from "./properties.js";
import { saveRegression, type CheckName } from "./regressions.js";
import { loadTargets, type Targets } from "./targets.js";

function option(name: string): number | null {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : null;
}

/** A family of cases: its share of the total, its property, and how to save a failing input. */
interface Family {
  name: string;
  share: number;
  property: (t: Targets) => fc.IPropertyWithHooks<never[]> | fc.IProperty<never[]>;
  save: (example: unknown[], error: string) => { input: unknown; options: unknown; check: CheckName } | null;
}

const checkOf = (error: string): CheckName => (/^quote/.test(error) ? "quotes" : /^(date|parseNewsDate)/.test(error) ? "dates" : "parse");

/**
 * Shares of the cases. Mutated real pages cost ~30× a short string, so they get fewer cases; generated
 * HTML gets the most, since that is where parsers break.
 */
const FAMILIES: Family[] = [
  { name: "arbitrary strings", share: 0.25, property: (t) => fc.property(anyString, (s) => void checkParse(t, s)) as never, save: ([s]) => ({ input: s, options: null, check: "parse" }) },
  {
    name: "arbitrary bytes (+ charset hints)", share: 0.12,
    property: (t) => fc.property(anyBytes, charsetHint, (b, charset) => void checkParse(t, b, charset === undefined ? undefined : { charset })) as never,
    save: ([b, charset]) => ({ input: b, options: charset === undefined ? null : { charset }, check: "parse" }),
  },
  {
    name: "news-like text: parse, quotes, dates", share: 0.15,
    property: (t) => fc.property(newsText, (s) => {
      const article = checkParse(t, s);
      checkQuotes(t, s);
      if (article) checkQuotes(t, article);
      checkDates(t, s);
    }) as never,
    save: ([s], error) => ({ input: s, options: null, check: checkOf(error) }),
  },
  { name: "generated HTML trees", share: 0.3, property: (t) => fc.property(htmlPage, (h) => void checkParse(t, h, undefined, true)) as never, save: ([h]) => ({ input: h, options: null, check: "parse-html" }) },
  { name: "mutated real pages", share: 0.03, property: (t) => fc.property(mutatedPage(seedPages()), (p) => void checkParse(t, p, undefined, true)) as never, save: ([p]) => ({ input: p, options: null, check: "parse-html" }) },
  {
    name: "safeParse on anything", share: 0.1,
    property: (t) => fc.property(fc.oneof(anyString, anyBytes, notInput), parseOptions, (i, o) => void checkSafeParse(t, i, o)) as never,
    save: ([i, o]) => (typeof i === "string" || i instanceof Uint8Array ? { input: i, options: o ?? null, check: "safeParse" } : null),
  },
  { name: "wrong argument types", share: 0.05, property: (t) => fc.property(notInput, (v) => void checkWrongType(t, v)) as never, save: () => null },
];

/** A family stops after this many failures (they are usually the same bug found again). */
const MAX_FAILURES_PER_FAMILY = 3;

async function main(): Promise<void> {
  const total = option("cases") ?? 100_000;
  const seed = option("seed") ?? Math.floor(Math.random() * 2 ** 31);
  const t = await loadTargets();
  console.log(`fuzz: ${total} cases, seed ${seed}${t.missing.length ? `; not fuzzed: ${t.missing.join("; ")}` : ""}`);
  let ran = 0;
  let failures = 0;
  const started = performance.now();
  for (const [i, f] of FAMILIES.entries()) {
    const numRuns = Math.max(1, Math.round(total * f.share));
    const t0 = performance.now();
    let done = 0;
    let found = 0;
    // After a failure the family goes on with a fresh seed, so the count still reaches the total.
    for (let attempt = 0; done < numRuns && found < MAX_FAILURES_PER_FAMILY; attempt++) {
      const runSeed = seed + i + attempt * 1_000;
      const details = fc.check(f.property(t) as fc.IProperty<never[]>, { seed: runSeed, numRuns: numRuns - done, endOnFailure: true });
      done += details.failed ? details.numRuns : numRuns - done;
      if (!details.failed) break;
      found++;
      failures++;
      const error = String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance ?? "").replace(/^Caused by: /, "");
      console.log(`  FAIL  ${f.name}: case ${done} (seed ${runSeed}, path ${details.counterexamplePath}):\n        ${error.split("\n").slice(0, 6).join("\n        ")}`);
      const example = (details.counterexample ?? []) as unknown[];
      const saved = f.save(example, error);
      if (saved) {
        const id = saveRegression(saved.input, saved.options, saved.check, `npm run fuzz, seed ${runSeed}, path ${details.counterexamplePath}`, error.split("\n")[0]?.slice(0, 300) ?? "");
        console.log(`        input saved as fixtures/hostile/regressions/${id}.*`);
      } else {
        console.log(`        input: ${fc.stringify(example).slice(0, 500)}`);
      }
    }
    ran += done;
    console.log(`  ${found ? "done" : "ok  "}  ${f.name}: ${done} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s${found ? `, ${found} failure(s)` : ""}`);
  }
  console.log(`fuzz: ${ran} cases ran in ${((performance.now() - started) / 1000).toFixed(0)} s, ${failures} failure(s) (seed ${seed})`);
  if (failures > 0) process.exitCode = 1;
}

await main();
