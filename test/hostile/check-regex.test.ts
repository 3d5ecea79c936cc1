/**
 * scripts/check-regex.ts can fail: it flags a quadratic trim and a nested quantifier built from a word
 * table, and passes linear patterns. (CI runs it over src/ itself.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function check(source: string): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "khabar-regex-"));
  try {
    writeFileSync(join(dir, "sample.ts"), source);
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/check-regex.ts"), dir], { cwd: ROOT, encoding: "utf8", timeout: 55_000 });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("scripts/check-regex.ts", () => {
  it("flags super-linear patterns, literal and built from data, with file:line", () => {
    const r = check('export const TRAIL = /[ \\t]+$/u;\nconst W = ["a", "b"];\nexport const DYN = new RegExp(String.raw`(?:\\s*(?:${W.join("|")}))+\\s*x$`, "u");\n');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/SUPER-LINEAR\s+\S*sample\.ts:1/);
    expect(r.out).toMatch(/SUPER-LINEAR\s+\S*sample\.ts:3/);
  });

  it("passes linear patterns", () => {
    const r = check('export const A = /^abc$/u;\nexport const B = /[.!?]\\s*$/u;\nexport const C = new RegExp(String.raw`^(?:un|deux)\\b`, "u");\n');
    expect(r.out).not.toMatch(/^SUPER-LINEAR/m);
    expect(r.out).toMatch(/3 regexes/);
    expect(r.status).toBe(0);
  });
});
