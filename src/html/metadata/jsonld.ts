import type { DomPage } from "../dom-page.js";
import { warning, type Warning } from "../../model/warning.js";
import { parseLooseJson } from "./loose-json.js";
import { rawTextOf } from "./text.js";
import { select } from "../query.js";
import { ARTICLE_TYPES, PAGE_TYPES } from "./data/schema-types.js";

/** A JSON-LD object as read: plain keys to values (never a prototype key; see loose-json). */
export type LdNode = Record<string, unknown>;

/** What the JSON-LD of a page says, flattened. */
export interface JsonLd {
  /** Every object found (graphs and arrays flattened, nested objects included). */
  nodes: LdNode[];
  /** Objects with an `@id`, for resolving references. */
  byId: Map<string, LdNode>;
  /** The article object (NewsArticle, Article, BlogPosting …), or a WebPage when there is none. */
  article: LdNode | null;
  warnings: Warning[];
}

/** Most JSON-LD objects looked at on one page; a page with more is not worth reading further. */
const MAX_NODES = 5_000;
/** Most script blocks read. */
const MAX_BLOCKS = 50;

function isObject(v: unknown): v is LdNode {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The `@type` values of a node, lower-cased, without a schema.org prefix. */
export function typesOf(node: LdNode): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === "string")
    .map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//iu, "").toLowerCase());
}

/** Flattens `@graph`, arrays and nested objects into a list, iteratively. */
function flatten(root: unknown, into: LdNode[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0 && into.length < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObject(v)) continue;
    into.push(v);
    for (const key of Object.keys(v)) {
      const child = v[key];
      if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
}

/** Resolves `{"@id": "…"}` (with nothing else) to the full object of that id, when the page has one. */
export function resolveRef(ld: JsonLd, value: unknown): unknown {
  if (isObject(value) && typeof value["@id"] === "string" && Object.keys(value).length <= 2) {
    return ld.byId.get(value["@id"]) ?? value;
  }
  return value;
}

function rank(node: LdNode): number {
  const types = typesOf(node);
  let best = 0;
  for (const t of types) {
    const i = ARTICLE_TYPES.indexOf(t);
    if (i >= 0) best = Math.max(best, 100 - i);
    else if (PAGE_TYPES.includes(t)) best = Math.max(best, 10);
  }
  // An article with a headline is worth more than a stub that only names its type.
  if (best > 0 && (typeof node.headline === "string" || typeof node.name === "string")) best += 1_000;
  return best;
}

/**
 * Reads every `<script type="application/ld+json">` block. Unreadable blocks are skipped with an
 * `invalid-metadata` warning; never throws.
 */
export function readJsonLd(dom: DomPage): JsonLd {
  const nodes: LdNode[] = [];
  const warnings: Warning[] = [];
  const scripts = select(dom, 'script[type="application/ld+json" i]', "script").slice(0, MAX_BLOCKS);
  for (const script of scripts) {
    const body = rawTextOf(script);
    if (!body.trim()) continue;
    const parsed = parseLooseJson(body);
    if (parsed === undefined) {
      warnings.push(warning("invalid-metadata", "A JSON-LD block could not be read and was skipped.", body.trim().slice(0, 120)));
      continue;
    }
    flatten(parsed, nodes);
  }
  const byId = new Map<string, LdNode>();
  for (const node of nodes) {
    const id = node["@id"];
    // The fullest object wins when an id appears several times (a reference and its definition).
    if (typeof id === "string" && Object.keys(node).length > Object.keys(byId.get(id) ?? {}).length) byId.set(id, node);
  }
  let article: LdNode | null = null;
  let best = 0;
  for (const node of nodes) {
    const r = rank(node);
    if (r > best) {
      best = r;
      article = node;
    }
  }
  return { nodes, byId, article, warnings };
}

/** The first node of one of `types` (lower-case names), or null. */
export function findByType(ld: JsonLd, types: readonly string[]): LdNode | null {
  for (const node of ld.nodes) if (typesOf(node).some((t) => types.includes(t))) return node;
  return null;
}
