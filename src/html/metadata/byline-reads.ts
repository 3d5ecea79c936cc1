import { readByline, type BylineRead } from "../../article/byline.js";
import { PageCache } from "../../language/page-cache.js";
import { sameNames } from "../../language/list-cache.js";

/**
 * `readByline` for the metadata stage, remembering what it read on the page. A third of the
 * stage's calls repeat one (a byline box and the link inside it show the same name; the lenient
 * pass over the byline elements reads again what the strict pass read). Callers change the
 * people they get (adding a profile URL), so each answer is a fresh copy of the one kept.
 */

/** A byline read, with the excluded names (the list itself) it was read against. */
interface KnownRead {
  exclude: readonly string[];
  names: readonly string[];
  read: BylineRead;
}

/** Texts remembered per page: a page reads a few dozen at most. */
const READS = new PageCache<string, KnownRead[]>(10_000);

function copyRead(read: BylineRead): BylineRead {
  const byline = read.byline ? { raw: read.byline.raw, authors: read.byline.authors.map((p) => ({ ...p })) } : null;
  return { byline, location: read.location };
}

/** Whether `known` was read against `exclude` as it is now (the same list, not changed since). */
function sameExclude(known: KnownRead, exclude: readonly string[]): boolean {
  return known.exclude === exclude && sameNames(known.names, exclude);
}

/** `readByline(raw, { exclude })`, answered from this page's earlier reads when it repeats one. */
export function readBylineOnPage(raw: string, exclude: readonly string[]): BylineRead {
  const known = READS.get(raw);
  const hit = known?.find((k) => sameExclude(k, exclude));
  if (hit) return copyRead(hit.read);
  const read = readByline(raw, { exclude });
  const entry = { exclude, names: [...exclude], read: copyRead(read) };
  if (known) known.push(entry);
  else READS.set(raw, [entry]);
  return read;
}
