/**
 * Regex alternations of word lists, factored by common prefix ("date|datum|details" →
 * "d(?:at(?:e|um)|etails)"). The regex engine tries the alternatives of a group at every position of
 * the text; factored, a position that cannot start any word is left after one test per first
 * character instead of one per word (the class/id test of every element measured ~20% faster).
 * The pattern has no quantifier, so it stays linear.
 */

import { escapeRegExp } from "../../language/escape-regexp.js";

interface TrieNode {
  /** A word ends here. */
  end: boolean;
  next: Map<string, TrieNode>;
}

function emit(node: TrieNode): string {
  // For a test, a word that ends here decides: its longer continuations need not be tried.
  if (node.end) return "";
  const alternatives = [...node.next].map(([ch, child]) => escapeRegExp(ch) + emit(child));
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join("|")})`;
}

/**
 * A pattern that matches where any of `words` (literal text, at least one character each) starts,
 * as the plain alternation `words.join("|")` does for a test. Words are taken by code point.
 */
export function alternationPattern(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return [...root.next].map(([ch, child]) => escapeRegExp(ch) + emit(child)).join("|");
}
