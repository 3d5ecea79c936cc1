import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir` (recursively, without recursion) whose name `accept` takes, sorted. */
export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else if (accept(name)) out.push(p);
    }
  }
  return out.sort();
}
