/**
 * A string's code units and code points, read without a property lookup per character.
 *
 * Texts reach the hot loops in many string representations: slices of the page, pieces joined or
 * concatenated, flattened copies, one- and two-byte, internalized names. V8 caches a property
 * lookup by the receiver's representation, and past four of them `text.charCodeAt(i)` goes to its
 * global (megamorphic) cache at every character: in a loop over texts of mixed representations
 * that made word counting 3–4× slower.
 *
 * These are the built-in methods bound as functions (`charCodeAt.call` bound to the method), so a
 * call needs no lookup on the text, and the optimizing compiler, which sees the one bound function
 * at each call site, inlines the built-in as it does a monomorphic `text.charCodeAt(i)`. (A module
 * constant holding the method and called as `method.call(text, i)` is not enough: the bundler
 * makes module constants `var`, and the compiler then no longer knows the method and calls it.)
 *
 * For loops over the characters of texts that come from the page; a loop over one string of one
 * representation, such as the page's markup in the parser, does not need them.
 */

/** `text.charCodeAt(i)`: the UTF-16 code unit at `i` (NaN past the end). */
export const codeUnitAt: (text: string, i: number) => number = Function.prototype.call.bind(String.prototype.charCodeAt);

/** `text.codePointAt(i)`: the code point starting at `i` (undefined past the end). */
export const codePointAt: (text: string, i: number) => number | undefined = Function.prototype.call.bind(String.prototype.codePointAt);
