import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../scripts/lib/walk.js";

/**
 * What src/ imports at run time must be listed under package.json's dependencies: tsup leaves those
 * as imports and inlines any other package into the build, a second copy of code users already
 * install (domhandler was inlined so, beside htmlparser2's own copy).
 */

const ROOT = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const sources = listFiles(join(ROOT, "src"), (name) => name.endsWith(".ts")).map((file) => ({ file, text: readFileSync(file, "utf8") }));

/** The package a bare specifier names ("entities/decode" → "entities", "@scope/x/y" → "@scope/x"). */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] as string);
}

/** Bare specifiers of the value imports of `text` (type-only imports leave nothing at run time). */
function runtimeImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?\sfrom\s+"([^"]+)";/gmu)) {
    const specifier = m[2] as string;
    if (m[1] || specifier.startsWith(".") || specifier.startsWith("node:")) continue;
    out.push(specifier);
  }
  return out;
}

describe("runtime imports", () => {
  it("finds the imports it checks", () => {
    expect(runtimeImports('import { z } from "zod";\nimport type { X } from "y";\nimport { a } from "./a.js";')).toEqual(["zod"]);
  });

  it("imports only packages listed under dependencies", () => {
    const missing: string[] = [];
    for (const { file, text } of sources)
      for (const specifier of runtimeImports(text)) if (!(packageOf(specifier) in pkg.dependencies)) missing.push(`${file}: ${specifier}`);
    expect(missing).toEqual([]);
  });

  it("keeps no WeakMap: a module-level WeakMap keyed by a page keeps every page's tree alive into V8's old generation (src/html/dom-page.ts)", () => {
    const found = sources.filter(({ text }) => /new WeakMap\b/u.test(text)).map(({ file }) => file);
    expect(found).toEqual([]);
  });
});
