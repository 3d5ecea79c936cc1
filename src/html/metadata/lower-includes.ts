/**
 * `text.toLowerCase().includes(key)` for one `key` and many texts, lower-casing fewer of them.
 *
 * The lead image is looked for among the page's `<img>` addresses by its key (see image.ts), and
 * lower-casing every address was the costliest line of that search: attribute values are slices
 * of the page, and on a page stored two bytes per character (any page with Arabic text) V8
 * lower-cases them one character at a time in its runtime. Most addresses are not the picture,
 * and most keys hold digits or punctuation ("755923-000_hkg10175905"): the longest run of those
 * must appear in the address as it is, since lower-casing changes letters only. Testing that
 * first with `includes` turns down two addresses in three before any lower-casing.
 *
 * Why it is exact: no character lower-cases into an ASCII digit or punctuation mark but that
 * character itself, and each of them is one character for one, so a run of them in the
 * lower-cased text is the same run in the text. (Only U+0130 lower-cases to two characters, "i"
 * and a combining dot, neither of which is in such a run.) A key that is not lower-case ASCII is
 * tested the plain way. test/html/metadata/lower-includes.test.ts checks both ways agree.
 *
 * A case-insensitive regex built for the key was tried too: faster per address, but compiling
 * it for every page cost more than it saved.
 */

/** A key the pre-test applies to: ASCII, no upper-case letters. */
const LOWER_ASCII = /^[\0-@[-\x7f]*$/u;
/** Runs of characters that are not ASCII letters. */
const NOT_LETTERS = /[^a-z]+/gu;

/** A test of `text.toLowerCase().includes(key)` for one `key`, to run on many texts. */
export function lowerIncludes(key: string): (text: string) => boolean {
  let run = "";
  if (LOWER_ASCII.test(key)) for (const [found] of key.matchAll(NOT_LETTERS)) if (found.length > run.length) run = found;
  if (!run) return (text) => text.toLowerCase().includes(key);
  return (text) => text.includes(run) && text.toLowerCase().includes(key);
}
