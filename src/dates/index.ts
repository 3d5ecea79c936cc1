/**
 * The date module: multilingual date reading (`parseNewsDate`, `findDates`), the page-date
 * strategy for HTML (`findPageDates`) and the dateline date resolver.
 */
export { parseNewsDate, findDates } from "./parse.js";
export { NewsDateSchema, type NewsDate, type DateOptions } from "./schema.js";
export { findPageDates, PLAUSIBLE } from "./page/page-dates.js";
export type { DateAnswer, PageDates } from "./page/types.js";
export { datelineDateResolver } from "./dateline-resolver.js";
export { hijriToGregorian } from "./hijri.js";
export { saysModified } from "./page/labels.js";
