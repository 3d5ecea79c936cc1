/** Image URLs, lazy loaders included: data-src and kin, srcset, <noscript> fallbacks, amp-img, <picture>. */
import { IMAGE_SRC_ATTRS, IMAGE_SRCSET_ATTRS } from "./data/selectors.js";
import { childrenOf, isElement, type AnyNode } from "./dom.js";

/** Resolves a raw href to an absolute http(s) URL or null. */
export type Resolve = (href: string | undefined | null) => string | null;

const IMAGE_TAGS: ReadonlySet<string> = new Set(["img", "amp-img", "source", "image"]);
/** The src attribute inside one <img …> tag's text (the tag is cut out first, so this runs once per tag). */
const SRC_ATTR = /\bsrc\s{0,3}=\s{0,3}["']([^"'<>]{1,2000})["']/i;

/** The src of the first <img> written as text inside <noscript> (when the parser kept it as text). Linear. */
function noscriptImageSrc(data: string): string | null {
  const lower = data.toLowerCase();
  for (let at = lower.indexOf("<img"); at >= 0; at = lower.indexOf("<img", at + 4)) {
    const end = lower.indexOf(">", at);
    const tag = data.slice(at, end < 0 ? Math.min(data.length, at + 4000) : end);
    const m = SRC_ATTR.exec(tag);
    if (m) return m[1] ?? null;
  }
  return null;
}
/** Placeholder images lazy loaders put in src: data: URIs, 1×1 gifs, "blank", "spacer", "placeholder". */
const PLACEHOLDER = /^data:|(?:^|[/_.-])(?:blank|spacer|pixel|placeholder|lazy|transparent|grey|gray)(?:[._-]|$)/i;

/** The last (widest) candidate of a srcset. */
function fromSrcset(srcset: string): string | null {
  const candidates = srcset.slice(0, 5000).split(/,\s+/);
  const last = candidates[candidates.length - 1]?.trim().split(/\s+/)[0];
  return last || null;
}

/** The real URL of one image element, or null. */
export function imageUrlOf(node: AnyNode, resolve: Resolve): string | null {
  if (!isElement(node)) return null;
  const a = node.attribs;
  for (const name of IMAGE_SRC_ATTRS) {
    const v = a[name]?.trim();
    if (v && !PLACEHOLDER.test(v)) {
      const url = resolve(v);
      if (url) return url;
    }
  }
  for (const name of IMAGE_SRCSET_ATTRS) {
    const v = a[name];
    if (v) {
      const url = resolve(fromSrcset(v));
      if (url) return url;
    }
  }
  if (node.name === "image") return resolve(a["href"] ?? a["xlink:href"]);
  return null;
}

/** Most nodes looked at when searching a figure for its image: a figure is small. */
const MAX_FIGURE_NODES = 400;

/** The first real image under `root` (img, amp-img, picture source, noscript fallback), or null. Iterative and bounded. */
export function findImage(root: AnyNode, resolve: Resolve): string | null {
  const stack: AnyNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_FIGURE_NODES) {
    const node = stack.pop() as AnyNode;
    if (node.type === "text") {
      const data = (node as { data: string }).data;
      const p = node.parent;
      if (p && isElement(p) && p.name === "noscript") {
        const src = noscriptImageSrc(data.slice(0, 10000));
        const url = src ? resolve(src) : null;
        if (url) return url;
      }
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name;
    if (IMAGE_TAGS.has(tag)) {
      const url = imageUrlOf(node, resolve);
      if (url) return url;
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return null;
}
