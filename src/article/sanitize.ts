import type { Block } from "../model/block.js";
import type { ArticleDraft } from "./assemble.js";

/**
 * The last line of defence before an Article leaves khabar: metadata text fields (headline, byline,
 * dateline, section, tags, site name, captions) hold no markup and URL fields hold only http(s) URLs,
 * whatever a reader let through (a `<title>` left open, an attribute holding `<script>`, a
 * `javascript:` link). Text that merely contains "<" ("a < b") is left alone: only tag-shaped runs are
 * removed. Body paragraphs, headings, blockquotes and lists are the page's displayed text (entities
 * decoded, elements already gone), so a code sample such as `<script src="x.js">` that the page shows is
 * kept as the reader sees it: escape text when rendering it as HTML.
 */

/** A tag, a comment or a doctype: "<p>", "</div >", "<img src=x onerror=…>", "<!-- … -->". Bounded, so linear. */
const TAG = /<(?:\/?[a-zA-Z][a-zA-Z0-9:-]{0,40}(?:\s[^<>]{0,2000})?\/?|!--[^]{0,4000}?--|![a-zA-Z][^<>]{0,200})>/g;

/** `text` without tag-shaped runs, whitespace tidied where a tag was taken out. */
export function stripMarkup(text: string): string {
  if (!text.includes("<")) return text;
  return text.replace(TAG, " ").replace(/[ \t]{2,}/g, " ").trim();
}

/** `url` when it is an absolute http(s) URL, else null. */
export function httpOnly(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function cleanText(text: string | null): string | null {
  if (text === null) return null;
  const cleaned = stripMarkup(text);
  return cleaned === "" ? null : cleaned;
}

function cleanBlock(block: Block): Block {
  if (block.type !== "caption") return block;
  return { ...block, text: stripMarkup(block.text), credit: cleanText(block.credit), imageUrl: httpOnly(block.imageUrl) };
}

/** Applies the guarantees above to every text and URL field of a draft (returns a new draft). */
export function sanitizeDraft(draft: ArticleDraft): ArticleDraft {
  const byline = draft.byline && {
    raw: stripMarkup(draft.byline.raw),
    authors: draft.byline.authors.flatMap((a) => {
      const name = cleanText(a.name);
      return name === null ? [] : [{ name, url: httpOnly(a.url), role: cleanText(a.role) }];
    }),
  };
  const dateline = draft.dateline && {
    ...draft.dateline,
    raw: stripMarkup(draft.dateline.raw) || draft.dateline.raw.replace(/[<>]/g, ""),
    location: cleanText(draft.dateline.location),
    agency: cleanText(draft.dateline.agency),
  };
  const imageUrl = draft.image ? httpOnly(draft.image.url) : null;
  return {
    ...draft,
    headline: cleanText(draft.headline),
    subheadline: cleanText(draft.subheadline),
    dateline: dateline && dateline.raw ? dateline : null,
    byline: byline && byline.authors.length ? byline : null,
    section: cleanText(draft.section),
    tags: draft.tags.map(stripMarkup).filter((t) => t !== ""),
    site: { name: cleanText(draft.site.name), url: httpOnly(draft.site.url) },
    url: httpOnly(draft.url),
    canonicalUrl: httpOnly(draft.canonicalUrl),
    image: draft.image && imageUrl ? { url: imageUrl, caption: cleanText(draft.image.caption), credit: cleanText(draft.image.credit) } : null,
    blocks: draft.blocks.map(cleanBlock),
  };
}
