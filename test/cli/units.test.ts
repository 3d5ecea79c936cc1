import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCommand, workerCount } from "../../src/cli/args.js";
import { progressLine } from "../../src/cli/progress.js";
import { summaryLine } from "../../src/cli/summary.js";
import { listPages } from "../../src/cli/walk.js";
import { runTask } from "../../src/cli/task.js";
import { runOrdered } from "../../src/cli/ordered.js";

describe("readCommand", () => {
  it("reads the three commands", () => {
    expect(readCommand(["page.html", "-f", "markdown", "--url", "https://x.test/a"])).toMatchObject({
      kind: "page",
      input: "page.html",
      url: "https://x.test/a",
      settings: { output: "markdown", quotes: false },
    });
    expect(readCommand(["parse", "dir", "d.jsonl", "-w", "3", "-o", "o.jsonl", "-q"])).toMatchObject({
      kind: "batch",
      inputs: ["dir", "d.jsonl"],
      workers: 3,
      out: "o.jsonl",
      quiet: true,
    });
    expect(readCommand(["schema"])).toMatchObject({ kind: "schema", quotes: false });
    expect(readCommand(["-"])).toMatchObject({ kind: "page", input: "-" });
  });

  it("refuses bad values with one line", () => {
    for (const argv of [["--nope"], ["x", "--read-as", "pdf"], ["parse", "d", "-w", "1.5"], ["schema", "x"], ["parse", "d", "--url", "u"]]) {
      expect(() => readCommand(argv), argv.join(" ")).toThrow(/^[^\n]+$/);
    }
  });
});

describe("progressLine and summaryLine", () => {
  it("shows bar, rate, ETA and failures when the total is known", () => {
    const line = progressLine(50, 2, 10, { records: 200, bytes: null, bytesRead: 0 });
    expect(line).toBe("[#####---------------] 25% · 50/200 records · 5.0/s · ETA 00:30 · 2 failed");
  });
  it("uses bytes read for JSONL, and only counts when nothing is known", () => {
    expect(progressLine(10, 0, 2, { records: null, bytes: 1000, bytesRead: 500 })).toContain("50% · 10 records · 5.0/s · ETA 00:02");
    expect(progressLine(10, 0, 2, { records: null, bytes: null, bytesRead: 0 })).toBe("10 records · 5.0/s");
  });
  it("fits a narrow terminal", () => {
    expect(progressLine(1, 0, 1, { records: 9, bytes: null, bytesRead: 0 }, 30)).toHaveLength(29);
  });
  it("summarizes the failures by code", () => {
    expect(summaryLine({ records: 3, failed: 2, byCode: { "invalid-json": 1, "missing-html": 1 }, seconds: 2, workers: 2 })).toBe(
      "khabar: 3 records, 1 parsed, 2 failed (invalid-json 1, missing-html 1) in 2.00 s (1.5 records/s, 2 workers)",
    );
  });
});

describe("listPages", () => {
  it("walks nested folders without recursion, in code-unit order, pages only", () => {
    const root = mkdtempSync(join(tmpdir(), "khabar-walk-"));
    let dir = root;
    for (let i = 0; i < 300; i++) {
      dir = join(dir, "d");
      mkdirSync(dir);
    }
    writeFileSync(join(dir, "deep.html"), "<p>x</p>");
    for (const name of ["b.HTM", "a.txt", "B.html", "notes.md", "data.json"]) writeFileSync(join(root, name), "x");
    const found = listPages(root).map((path) => path.slice(root.length + 1));
    expect(found.slice(0, 3)).toEqual(["B.html", "a.txt", "b.HTM"]);
    expect(found).toHaveLength(4);
    expect(found[3]?.endsWith("deep.html")).toBe(true);
  });
});

describe("runTask", () => {
  const settings = { output: "json" as const, quotes: false };
  it("turns every bad record into a typed error line, never a throw", () => {
    const cases: [string, string][] = [
      ["", "invalid-json"],
      ["null", "invalid-record"],
      ['"html"', "invalid-record"],
      ['{"url": 5}', "missing-html"],
      ['{"html": ["<p>"]}', "invalid-html"],
      ['{"html": {"a": 1}}', "invalid-html"],
    ];
    for (const [line, code] of cases) {
      const outcome = runTask({ kind: "line", source: "t:1", line }, settings);
      expect(outcome.error, line).toBe(code);
      expect(JSON.parse(outcome.line)).toMatchObject({ source: "t:1", url: null, error: { code } });
    }
    const missing = runTask({ kind: "file", source: "gone.html", path: "/no/such/gone.html" }, settings);
    expect(missing.error).toBe("read-failed");
  });
  it("parses an empty html string as an article with a warning", () => {
    const outcome = runTask({ kind: "line", source: "t:2", line: '{"url": "https://x.test/a", "html": ""}' }, settings);
    expect(outcome.error).toBeNull();
    const record = JSON.parse(outcome.line);
    expect(record.url).toBe("https://x.test/a");
    expect(record.article.warnings.map((w: { code: string }) => w.code)).toContain("empty-input");
  });
});

describe("runOrdered", () => {
  it("emits in input order however tasks finish, with at most one task per thread running", async () => {
    let running = 0;
    let most = 0;
    const executor = {
      threads: 2,
      close: async () => {},
      run: async (task: { source: string }) => {
        running++;
        most = Math.max(most, running);
        // Later tasks finish sooner.
        await new Promise((done) => setTimeout(done, 40 - Number(task.source) * 3));
        running--;
        return { line: task.source, error: null };
      },
    };
    async function* tasks() {
      for (let i = 0; i < 12; i++) yield { kind: "line" as const, source: String(i), line: "" };
    }
    const seen: string[] = [];
    await runOrdered(tasks(), executor, 8, (outcome) => {
      seen.push(outcome.line);
    });
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(most).toBe(2);
  });
});

describe("workerCount", () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 3],
    [16, 15],
  ])("leaves a core to V8's own threads by default: %i cores give %i", (cores, threads) => {
    expect(workerCount(undefined, cores)).toBe(threads);
  });

  it("takes --workers as given, whatever the cores", () => {
    expect(workerCount("2", 2)).toBe(2);
    expect(workerCount("8", 1)).toBe(8);
  });
});
