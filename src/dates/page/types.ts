import type { Warning } from "../../model/warning.js";

/** A page date and where it was found ("json-ld:datePublished", "meta:article:published_time", "url" …). */
export interface DateAnswer {
  date: string;
  source: string;
}

/** What {@link findPageDates} returns. */
export interface PageDates {
  published: DateAnswer | null;
  modified: DateAnswer | null;
  warnings: Warning[];
}

/** A candidate from one strategy, before plausibility checks. */
export interface Candidate {
  date: string;
  source: string;
  kind: "published" | "modified";
}
