import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonLines, khabar, mixedJsonl, PAGES, SKIP_REASON, tempFile } from "./helpers.js";

// Folder pages in code-unit order of their path; SOURCES.md in the same folder is not a page.
const FOLDER_ORDER = [
  `${PAGES}/ar/assabah-1.html`,
  `${PAGES}/ar/cnnarabic-1.htm`,
  `${PAGES}/ar/elaph-iraq-nato.txt`,
  `${PAGES}/en/ars-1.html`,
  `${PAGES}/en/en-reuters-parasite-sag.txt`,
  `${PAGES}/en/herald-sun-1.html`,
];

// A sentence of each page's body, read off the page (see fixtures/cli/pages/SOURCES.md).
const BODY_SENTENCE: Record<string, string> = {
  "ar/assabah-1.html": "مالذي يحدث في السودان؟",
  "ar/cnnarabic-1.htm": "أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد",
  "ar/elaph-iraq-nato.txt": "دعا العراق الثلاثاء حلف الناتو الى دعم قواته لحفظ أمن الحدود",
  "en/ars-1.html": "makes it easy for just about anyone to crash the server hosting the game",
  "en/en-reuters-parasite-sag.txt": "South Korean thriller “Parasite” was the upset winner",
  "en/herald-sun-1.html": "The roadshow featured the Prime Minister’s national security adviser",
};

describe.skipIf(SKIP_REASON !== null)(`khabar parse ${SKIP_REASON ? `(skipped: ${SKIP_REASON})` : ""}`, () => {
  it("parses every .html, .htm and .txt of a folder, recursively, in sorted order", async () => {
    const run = await khabar(["parse", PAGES, "--workers", "1"]);
    expect(run.code).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.source)).toEqual(FOLDER_ORDER);
    for (const record of records) {
      expect(record.error).toBeUndefined();
      const name = String(record.source).slice(PAGES.length + 1);
      expect(record.article.text).toContain(BODY_SENTENCE[name]);
      if (name.endsWith(".txt")) {
        // Plain texts are read as text (by extension), and their script tells the language.
        expect(record.article.source).toBe("text");
        const arabic = name.startsWith("ar/");
        expect(record.article.language).toBe(arabic ? "ar" : "en");
        expect(record.article.direction).toBe(arabic ? "rtl" : "ltr");
      }
    }
    const elaph = records[2]?.article;
    expect(elaph.dateline).toMatchObject({ raw: "إيلاف من لندن:", agency: "إيلاف", location: "لندن" });
    expect(records[4]?.article.byline.authors.map((a: { name: string }) => a.name)).toEqual(["Jill Serjeant"]);
    expect(run.stderr.trim()).toMatch(/^khabar: 6 records, 6 parsed, 0 failed in [\d.]+ s \([\d.]+ records\/s, 1 worker\)$/);
  });

  it("writes one line per JSONL record in order, bad records as typed errors, and exits 1", async () => {
    const path = tempFile("dump.jsonl", mixedJsonl());
    const run = await khabar(["parse", path, "--workers", "1"]);
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => [record.source, record.error?.code ?? "ok"])).toEqual([
      [`${path}:1`, "ok"],
      [`${path}:2`, "invalid-json"],
      [`${path}:3`, "missing-html"],
      [`${path}:4`, "invalid-html"],
      [`${path}:6`, "invalid-record"],
      [`${path}:7`, "missing-html"],
      [`${path}:8`, "ok"],
    ]);
    expect(records[0]?.url).toBe("https://arabic.cnn.com/2013/syria/11/9/syria.rebels");
    expect(records[0]?.article.url).toBe("https://arabic.cnn.com/2013/syria/11/9/syria.rebels");
    expect(records[0]?.article.text).toContain(BODY_SENTENCE["ar/cnnarabic-1.htm"]);
    expect(records[3]).toEqual({
      source: `${path}:4`,
      url: "https://example.com/number",
      error: { code: "invalid-html", message: "html must be a string, got a number" },
    });
    expect(records[1]?.url).toBeNull();
    expect(records[1]?.error.message).not.toBe("");
    expect(records[6]?.article.dateline.agency).toBe("إيلاف");
    expect(run.stderr).toContain("7 records, 2 parsed, 5 failed (invalid-json 1, missing-html 2, invalid-html 1, invalid-record 1)");
  });

  it("reads gzipped JSONL, and a gzip cut short is one read-failed record", async () => {
    const text = mixedJsonl();
    const plain = await khabar(["parse", tempFile("a.jsonl", text), "-w", "1", "-q"]);
    const gz = await khabar(["parse", tempFile("a.jsonl.gz", gzipSync(text)), "-w", "1", "-q"]);
    const strip = (out: string) => jsonLines(out).map(({ source, ...rest }) => rest);
    expect(strip(gz.stdout)).toEqual(strip(plain.stdout));
    const cut = gzipSync(text).subarray(0, 2000);
    const broken = await khabar(["parse", tempFile("b.jsonl.gz", cut), "-w", "1", "-q"]);
    expect(broken.code).toBe(1);
    expect(jsonLines(broken.stdout).at(-1)?.error.code).toBe("read-failed");
  });

  it("reads JSONL from stdin with -", async () => {
    const run = await khabar(["parse", "-", "-w", "1", "-q"], mixedJsonl());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.source)).toEqual(["stdin:1", "stdin:2", "stdin:3", "stdin:4", "stdin:6", "stdin:7", "stdin:8"]);
  });

  it("gives the same output on 2 worker threads as on 1", async () => {
    const dump = tempFile("dump.jsonl", mixedJsonl());
    const one = await khabar(["parse", PAGES, dump, "--workers", "1"]);
    const two = await khabar(["parse", PAGES, dump, "--workers", "2"]);
    expect(two.code).toBe(1);
    expect(jsonLines(two.stdout)).toHaveLength(13);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/13 records, 8 parsed, 5 failed .*, 2 workers\)/);
  });

  it("stops records that pass --timeout and goes on; a generous limit changes nothing", async () => {
    // 1 ms is less than a worker thread takes to start, so every record runs out of time.
    const cut = await khabar(["parse", PAGES, "--timeout", "0.001", "--workers", "1"]);
    expect(cut.code).toBe(1);
    const records = jsonLines(cut.stdout);
    expect(records.map((record) => record.source)).toEqual(FOLDER_ORDER);
    for (const record of records) expect(record.error.code).toBe("timeout");
    expect(cut.stderr).toContain("6 records, 0 parsed, 6 failed (timeout 6)");
    const limited = await khabar(["parse", PAGES, "--timeout", "120", "--workers", "2", "-q"]);
    const free = await khabar(["parse", PAGES, "--workers", "1", "-q"]);
    expect(limited.code).toBe(0);
    expect(limited.stdout).toBe(free.stdout);
  });

  it("writes to --out, renders --format markdown (with --quotes) per record, and is silent with --quiet", async () => {
    const out = tempFile("out.jsonl", "");
    const run = await khabar(["parse", `${PAGES}/ar`, "--format", "markdown", "--quotes", "--out", out, "--quiet"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const records = jsonLines(readFileSync(out, "utf8"));
    expect(records).toHaveLength(3);
    expect(Object.keys(records[2] ?? {})).toEqual(["source", "url", "markdown"]);
    expect(records[2]?.markdown).toMatch(/^\*.+\* \(مكتبه\)$/mu);
    const quotes = String(records[2]?.markdown).split("\n## Quotes\n\n")[1] ?? "";
    expect(quotes).toMatch(/^- /);
    expect(quotes).toContain("بلاده جادة بتعزيز العلاقة مع الناتو");
  });

  it("stops with exit 2 and one line before parsing when an input is missing or an option is wrong", async () => {
    for (const args of [
      ["parse", PAGES, "no/such/folder"],
      ["parse", PAGES, "--workers", "0"],
      ["parse", PAGES, "--pretty"],
      ["parse", PAGES, "--timeout", "0"],
      ["parse", PAGES, "--timeout", "soon"],
      ["parse"],
    ]) {
      const run = await khabar(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^khabar: [^\n]+\n$/);
    }
  });
});
