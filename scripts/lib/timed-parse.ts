/**
 * The public parse() as the accuracy report calls it: timed, a throw caught and recorded per page.
 */
import { performance } from "node:perf_hooks";
import { parse } from "../../src/parse.js";
import type { Article } from "../../src/model/article.js";
import type { ParseOptions } from "../../src/options.js";

/** A page parse() threw on, or took long over. */
export interface Incident {
  corpus: string;
  page: string;
  what: string;
}

/** Time spent in parse(), per corpus, and what went wrong. */
export class ParseRunner {
  readonly ms = new Map<string, { total: number; pages: number; slowest: { page: string; ms: number } | null }>();
  readonly incidents: Incident[] = [];

  /** parse(html, options), or null (recorded) when it throws. */
  run(corpus: string, page: string, html: string, options: ParseOptions): Article | null {
    const started = performance.now();
    let article: Article | null = null;
    try {
      article = parse(html, options);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      this.incidents.push({ corpus, page, what: `parse() threw${typeof code === "string" ? ` ${code}` : ""}: ${String(error).slice(0, 300)}` });
    }
    const ms = performance.now() - started;
    let t = this.ms.get(corpus);
    if (!t) this.ms.set(corpus, (t = { total: 0, pages: 0, slowest: null }));
    t.total += ms;
    t.pages++;
    if (!t.slowest || ms > t.slowest.ms) t.slowest = { page, ms };
    return article;
  }

  /** Records something clearly wrong with an Article parse() did return. */
  note(corpus: string, page: string, what: string): void {
    this.incidents.push({ corpus, page, what });
  }

  /** "130 pages, parse() 12.3 ms/page (slowest: x 210 ms)". */
  timing(corpus: string): string {
    const t = this.ms.get(corpus);
    if (!t || t.pages === 0) return "no pages";
    const slow = t.slowest ? `; slowest ${t.slowest.page} ${t.slowest.ms.toFixed(0)} ms` : "";
    return `${t.pages} pages, parse() ${(t.total / 1000).toFixed(1)} s, ${(t.total / t.pages).toFixed(1)} ms/page${slow}`;
  }
}
