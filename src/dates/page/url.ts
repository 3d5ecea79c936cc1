import { isExists } from "date-fns/isExists";

/**
 * The date in a URL path: "/2023/01/24/", "/2023-01-24-title", "/20230124/", "_2023_01_24".
 * Year-and-month alone ("/2023/01/") is not a day and gives nothing.
 */
const PATTERNS: readonly RegExp[] = [
  /(?:^|[/_-])((?:19|20)[0-9]{2})[/_-]([0-9]{1,2})[/_-]([0-9]{1,2})(?=$|[/_.-])/u,
  // "/2013/middle_east/8/3/": one section name between the year and the month.
  /\/((?:19|20)[0-9]{2})\/[\p{L}_-]{1,40}\/([0-9]{1,2})\/([0-9]{1,2})(?=\/)/u,
  /(?:^|[/_-])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])([0-2][0-9]|3[01])(?=$|[/_.-])/u,
  /(?:^|[/_-])([0-9]{1,2})[/_-]([0-9]{1,2})[/_-]((?:19|20)[0-9]{2})(?=$|[/_.-])/u,
];

/** The day in `url`'s path as "YYYY-MM-DD", or null. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  if (path.length > 2000) path = path.slice(0, 2000);
  for (const [i, re] of PATTERNS.entries()) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = i === 3 ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isExists(y, mo - 1, d)) return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}
