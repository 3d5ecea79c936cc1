import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** File names a folder input takes: HTML pages and plain-text articles. */
export const PAGE_EXTENSIONS = /\.(?:html?|txt)$/i;

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every page file (.html, .htm, .txt) under `root`, recursively, as paths joined onto `root`, in
 * code-unit order of their path. Walks with an explicit stack (folders can nest deeply), does not
 * follow symbolic links to folders (no cycles), and skips folders it cannot read.
 */
export function listPages(root: string): string[] {
  const found: string[] = [];
  const stack: string[] = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (PAGE_EXTENSIONS.test(entry.name) && (entry.isFile() || isFileLink(path))) found.push(path);
    }
  }
  return found.sort(byCodeUnits);
}

function isFileLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
