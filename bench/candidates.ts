/**
 * The candidates of the speed benchmark. Each builds, in its own child process, a function that
 * extracts one page (given as a string). khabar is loaded from the build (dist/index.js), as users get
 * it; with `--src` from src/ through tsx.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./pages.js";

/** One page's work; the promise form is for article-extractor, which is async. */
export type Extract = (html: string, url: string) => unknown;

export interface Candidate {
  name: string;
  /** What exactly is timed, for the table's notes. */
  note: string;
  setup: (fromSrc: boolean) => Promise<Extract>;
}

/** Where khabar comes from: the build when it exists (the fair comparison), else src through tsx. */
export async function loadKhabar(fromSrc: boolean): Promise<{ mod: Record<string, unknown>; from: string }> {
  const dist = join(ROOT, "dist", "index.js");
  if (!fromSrc && existsSync(dist)) return { mod: (await import(pathToFileURL(dist).href)) as Record<string, unknown>, from: "dist/index.js" };
  return { mod: (await import(pathToFileURL(join(ROOT, "src", "index.ts")).href)) as Record<string, unknown>, from: "src (tsx)" };
}

export const CANDIDATES: Candidate[] = [
  {
    name: "khabar",
    note: "parse(html, { url }) → Article",
    async setup(fromSrc) {
      const { mod } = await loadKhabar(fromSrc);
      const parse = mod.parse as (html: string, options: { url: string }) => unknown;
      return (html, url) => parse(html, { url });
    },
  },
  {
    name: "floor: cheerio/slim load",
    note: "cheerio/slim load(html) only: no cheerio-based parser can be faster",
    async setup() {
      const { load } = await import("cheerio/slim");
      return (html) => load(html);
    },
  },
  {
    name: "Readability + jsdom",
    note: "new JSDOM(html, { url }) then new Readability(document).parse()",
    async setup() {
      // jsdom ships no types and @types/jsdom is not installed: typed here by hand.
      const spec = "jsdom";
      const { JSDOM, VirtualConsole } = (await import(spec)) as {
        JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => { window: { document: unknown; close(): void } };
        VirtualConsole: new () => unknown;
      };
      // A console that goes nowhere: jsdom would print every CSS parse error of the pages.
      const virtualConsole = new VirtualConsole();
      const { Readability } = await import("@mozilla/readability");
      return (html, url) => {
        const dom = new JSDOM(html, { url, virtualConsole });
        const out = new Readability(dom.window.document as never).parse();
        dom.window.close();
        return out;
      };
    },
  },
  {
    name: "Readability + linkedom",
    note: "linkedom parseHTML(html) then new Readability(document).parse()",
    async setup() {
      const { parseHTML } = await import("linkedom");
      const { Readability } = await import("@mozilla/readability");
      return (html) => new Readability(parseHTML(html).document as never).parse();
    },
  },
  {
    name: "article-extractor",
    note: "@extractus/article-extractor extractFromHtml(html, url), offline",
    async setup() {
      const { extractFromHtml } = await import("@extractus/article-extractor");
      return (html, url) => extractFromHtml(html, url);
    },
  },
];
