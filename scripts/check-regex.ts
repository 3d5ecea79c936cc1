/**
 * Checks every regular expression in src/ for super-linear backtracking (ReDoS).
 *
 * 1. Static: regex literals (`/…/flags`) and `new RegExp(…)` calls whose pattern is a string literal or a
 *    `String.raw` template without substitutions are read from the source with the TypeScript parser.
 * 2. Run time: patterns built from data tables (`new RegExp(String.raw`…${WORDS}…`)`) are captured by
 *    importing every src module with `RegExp` wrapped, so the detector sees the real pattern.
 * 3. Each pattern goes to redos-detector (a maintained detector). The detector is conservative: it
 *    flags patterns such as `[.!?]\s*$` that cannot blow up in V8. So every pattern it does not call
 *    safe is also *measured*: it runs over pumped inputs (a character or literal of the pattern repeated
 *    n and 4n times, then a character that makes the match fail) and the growth of the time is compared.
 *
 * Verdicts: `safe` (detector), `linear` (detector flags it, but no pumped input grows super-linearly),
 * `SUPER-LINEAR` (a pumped input grows ≥ MEASURE.superLinearRatio× when the input grows 4×).
 * Exits 1 when any pattern is SUPER-LINEAR. Usage: `tsx scripts/check-regex.ts [--verbose] [src]`.
 */
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { isSafePattern } from "redos-detector";
import { listFiles } from "./lib/walk.js";

interface Found {
  file: string;
  line: number;
  endLine: number;
  pattern: string | null;
  flags: string;
  source: string;
  dynamic: boolean;
}

/** redos-detector's limits: a score above maxScore means some input can be matched that many ways. */
const DETECTOR = { maxScore: 200, maxSteps: 50_000, timeout: 3_000 } as const;

/**
 * The measurement. Linear growth gives a ratio near 4 for 4× the input, quadratic near 16: 9 splits them
 * with room for timer noise on a busy machine. Times under `minMs` are too small to judge and count as linear.
 */
const MEASURE = { growth: 4, superLinearRatio: 9, minMs: 15, repeats: 3, timeoutMs: 10_000 } as const;

/** Characters worth pumping besides the literals of the pattern itself. */
const PUMP_CHARS = [" ", "\t", "\n", "\u00a0", "a", "A", "ب", "1", "٣", ".", ",", "،", "-", "—", ":", "(", ")", "<", ">", "\"", "'", "«", "@", "/", "|"];
/** Characters appended to make the match fail at the end. */
const FAIL_TAILS = ["\u0001", "x", "!"];

function listTs(dir: string): string[] {
  return listFiles(dir, (name) => name.endsWith(".ts") && !name.endsWith(".d.ts"));
}

function literalText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText ?? node.template.text;
  }
  return null;
}

function collectStatic(file: string): Found[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const rel = relative(process.cwd(), file);
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const node = stack.pop() as ts.Node;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const endLine = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf("/");
      found.push({ file: rel, line, endLine, pattern: lit.slice(1, end), flags: lit.slice(end + 1), source: lit, dynamic: false });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === "RegExp") {
      const [first, second] = node.arguments ?? [];
      const pattern = first ? literalText(first) : null;
      const flags = second ? literalText(second) ?? "" : "";
      found.push({ file: rel, line, endLine, pattern, flags, source: node.getText(sf).replace(/\s+/g, " ").slice(0, 100), dynamic: pattern === null });
    }
    node.forEachChild((child) => void stack.push(child));
  }
  return found;
}

/** Imports every module under `root` with RegExp wrapped, recording patterns built at module load. */
async function captureDynamic(files: string[], root: string): Promise<Map<string, { pattern: string; flags: string }[]>> {
  const Original = globalThis.RegExp;
  const byLine = new Map<string, { pattern: string; flags: string }[]>();
  const rootAbs = resolve(root);
  class Recording extends Original {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      const frame = (new Error().stack ?? "").split("\n").slice(2).find((l) => l.includes(rootAbs));
      const m = frame ? /\((?:file:\/\/)?([^()]{1,400}?):(\d{1,7}):\d{1,7}\)$|at (?:file:\/\/)?([^()\s]{1,400}?):(\d{1,7}):\d{1,7}$/.exec(frame.trim()) : null;
      if (!m) return;
      const key = `${relative(process.cwd(), (m[1] ?? m[3]) as string)}:${m[2] ?? m[4]}`;
      const list = byLine.get(key) ?? [];
      if (!list.some((x) => x.pattern === this.source && x.flags === this.flags)) list.push({ pattern: this.source, flags: this.flags });
      byLine.set(key, list);
    }
  }
  globalThis.RegExp = Recording as RegExpConstructor;
  try {
    for (const f of files) {
      // Entry points (the CLI) act on import; their regexes are still read statically.
      if (/process\.argv/.test(readFileSync(f, "utf8"))) continue;
      try {
        await import(pathToFileURL(resolve(f)).href);
      } catch (error) {
        console.log(`note: could not import ${f} (${String((error as Error).message).slice(0, 80)})`);
      }
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return byLine;
}

function detector(pattern: string, flags: string): { safe: boolean; note: string } {
  const unicode = flags.includes("u") || flags.includes("v");
  const config = { ...DETECTOR, dotAll: flags.includes("s"), multiLine: flags.includes("m") };
  try {
    // redos-detector refuses `i` with `u`; case folding does not change the backtracking structure much,
    // so such patterns are checked without `i` and then measured anyway.
    const r = isSafePattern(pattern, { ...config, unicode, caseInsensitive: flags.includes("i") && !unicode });
    const score = r.score.infinite ? "infinite" : String(r.score.value);
    return { safe: r.safe, note: `detector score ${score}${r.error ? ` (${r.error})` : ""}` };
  } catch (error) {
    return { safe: false, note: `detector cannot parse it (${String((error as Error).message).slice(0, 60)})` };
  }
}

/** Literal runs of the pattern (e.g. "<meta", "charset", "من") worth pumping. */
function literals(pattern: string): string[] {
  const out = new Set<string>();
  for (const m of pattern.replace(/\\[pPu]\{[^}]{0,40}\}|\\./g, " ").matchAll(/[^\\[\](){}|?*+^$.\s]{2,12}/gu)) out.add(m[0]);
  return [...out].slice(0, 12);
}

/**
 * The measuring code, run in a worker thread so a pattern that hangs can be stopped. Sizes grow 4× per
 * step from a small start (an exponential pattern hangs already at a few dozen characters); a step is
 * the last one once it takes over `stopMs`.
 */
const MEASURE_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { pattern, flags, pumps, tails, start, growth, steps, stopMs, minMs, repeats, superLinearRatio } = workerData;
const re = new RegExp(pattern, flags.replace(/[gy]/g, "") + "g");
const time = (s) => { let best = Infinity; for (let i = 0; i < repeats; i++) { const t = performance.now(); s.replace(re, ""); best = Math.min(best, performance.now() - t); if (best > stopMs) break; } return best; };
let worst = { ratio: 0, pump: "", ms: 0 };
run: for (const p of pumps) for (const unit of [p, p + " ", " " + p]) for (const tail of tails) {
  let prev = -1, size = start;
  for (let k = 0; k < steps; k++, size *= growth) {
    const reps = Math.max(1, Math.floor(size / unit.length));
    const t = time(unit.repeat(reps) + tail);
    if (prev >= 0 && t >= minMs) {
      const ratio = t / Math.max(prev, 0.05);
      if (ratio > worst.ratio) worst = { ratio, pump: JSON.stringify(unit + "…" + tail) + " ×" + reps, ms: t };
      if (ratio >= superLinearRatio) break run;
    }
    prev = t;
    if (t > stopMs) break;
  }
}
parentPort.postMessage(worst);
`;

/** Measures the growth of a pattern's time on pumped inputs; a run over `timeoutMs` counts as super-linear. */
function measure(pattern: string, flags: string): Promise<{ ratio: number; pump: string; ms: number }> {
  const workerData = {
    pattern, flags, pumps: [...PUMP_CHARS, ...literals(pattern)], tails: FAIL_TAILS,
    start: 32, growth: MEASURE.growth, steps: 5, stopMs: 200, minMs: MEASURE.minMs, repeats: MEASURE.repeats,
    superLinearRatio: MEASURE.superLinearRatio,
  };
  return new Promise((done) => {
    const worker = new Worker(MEASURE_WORKER, { eval: true, workerData });
    const timer = setTimeout(() => {
      void worker.terminate();
      done({ ratio: Infinity, pump: "(still running after " + MEASURE.timeoutMs / 1000 + " s)", ms: MEASURE.timeoutMs });
    }, MEASURE.timeoutMs);
    worker.once("message", (m: { ratio: number; pump: string; ms: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      done(m);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      done({ ratio: 0, pump: `(could not run: ${String(e.message).slice(0, 60)})`, ms: 0 });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const root = args.find((a) => !a.startsWith("--")) ?? "src";
  const files = listTs(root);
  const captured = await captureDynamic(files, root);
  const all: Found[] = [];
  for (const f of files.flatMap(collectStatic).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    if (!f.dynamic) {
      all.push(f);
      continue;
    }
    // The stack frame points at a line inside the `new RegExp(…)` expression.
    const hits: { pattern: string; flags: string }[] = [];
    for (let l = f.line; l <= f.endLine; l++) hits.push(...(captured.get(`${f.file}:${l}`) ?? []));
    if (hits.length === 0) all.push(f);
    for (const h of hits) all.push({ ...f, pattern: h.pattern, flags: h.flags });
  }

  const counts = { safe: 0, linear: 0, "SUPER-LINEAR": 0, unread: 0 };
  for (const f of all) {
    let verdict: keyof typeof counts;
    let note: string;
    if (f.pattern === null) {
      verdict = "unread";
      note = "built at run time and not seen at module load (inside a function, or the module failed to import): check by reading";
    } else {
      const d = detector(f.pattern, f.flags);
      if (d.safe) {
        verdict = "safe";
        note = d.note;
      } else {
        const m = await measure(f.pattern, f.flags);
        verdict = m.ratio >= MEASURE.superLinearRatio ? "SUPER-LINEAR" : "linear";
        note = `${d.note}; measured: ${m.ratio === 0 ? "too fast to time" : `×${m.ratio.toFixed(1)} for ×${MEASURE.growth} input (${m.ms.toFixed(0)} ms) pumping ${m.pump}`}`;
      }
    }
    counts[verdict]++;
    const shown = f.dynamic && f.pattern ? `/${f.pattern.slice(0, 100)}${f.pattern.length > 100 ? "…" : ""}/${f.flags} (built at load)` : f.source;
    if (verbose || verdict !== "safe") console.log(`${verdict.padEnd(12)} ${f.file}:${f.line}  ${shown}\n${" ".repeat(13)}${note}`);
  }
  console.log(
    `\n${all.length} regexes in ${root}/: ${counts.safe} safe by redos-detector, ${counts.linear} flagged but measured linear, ` +
      `${counts["SUPER-LINEAR"]} SUPER-LINEAR, ${counts.unread} built inside functions (not checked).`,
  );
  if (counts["SUPER-LINEAR"] > 0) process.exitCode = 1;
}

await main();
