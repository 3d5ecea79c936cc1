import type { Element, Text } from "domhandler";
import { hasNonSpace } from "../language/spaces.js";

/**
 * Values kept on an element under symbols of their own: its position in the content stage's node
 * list and its class/id split (src/html/content), which the stages fill, and its class and id values
 * and attribute bits, which the parser fills. The parser gives every element all five slots as it
 * creates it: properties added later, only to the elements a stage reaches and in the order it
 * reaches them, split the elements over several hidden classes, and every stage's reads of `type`,
 * `children`, `parent` then had too many shapes to cache (a slow, megamorphic lookup per read).
 */
export const POSITION: unique symbol = Symbol("khabar.position");
export const CLASS_WORDS: unique symbol = Symbol("khabar.classWords");

/**
 * The element's `class` and `id` values as the parser read them (null when it has none), or undefined
 * when the element was not made by the tree builder (then read `attribs`). Nearly every stage asks for
 * the class or id of most elements; attribute objects come in as many shapes as pages have attribute
 * orders, so reading them there is a slow (megamorphic) lookup or a walk of the names, and a slot is
 * a plain field of the one element shape.
 */
export const CLASS_VALUE: unique symbol = Symbol("khabar.class");
export const ID_VALUE: unique symbol = Symbol("khabar.id");

/**
 * Which of the attributes the stages look for on every element the element has, one bit each
 * ({@link ATTRIBUTE_BIT}), or undefined when the element was not made by the tree builder. The
 * content stage's hidden/named test and body markers, the metadata stage's page scan and the date
 * stage's page index each walked every element's attribute names with `for…in`, which on a page's
 * many attribute-object shapes is a slow walk; the parser knows the names as it reads them.
 */
export const ATTRIBUTE_BITS: unique symbol = Symbol("khabar.attributeBits");

/** The attributes {@link ATTRIBUTE_BITS} records. */
export const ATTRIBUTE_BIT = {
  class: 1 << 0,
  id: 1 << 1,
  role: 1 << 2,
  hidden: 1 << 3,
  "aria-hidden": 1 << 4,
  style: 1 << 5,
  content: 1 << 6,
  itemprop: 1 << 7,
  datetime: 1 << 8,
  rel: 1 << 9,
  href: 1 << 10,
  "data-component": 1 << 11,
  "data-testid": 1 << 12,
  property: 1 << 13,
} as const;

const BIT_OF: ReadonlyMap<string, number> = new Map(Object.entries(ATTRIBUTE_BIT));

/** The {@link ATTRIBUTE_BIT} of a lower-cased attribute name, 0 for the names not recorded. */
export function attributeBit(name: string): number {
  return BIT_OF.get(name) ?? 0;
}

/** An element with its slots. */
export type SlottedElement = Element & {
  [POSITION]?: number;
  [CLASS_WORDS]?: unknown;
  [CLASS_VALUE]?: string | null;
  [ID_VALUE]?: string | null;
  [ATTRIBUTE_BITS]?: number;
};

/**
 * Gives a freshly created element its slots: the two stage slots empty (`undefined` means not set),
 * and its class and id values and attribute bits when the parser knows them.
 */
export function addSlots(el: Element, classValue?: string | null, idValue?: string | null, attributeBits?: number): void {
  const slots = el as SlottedElement;
  slots[POSITION] = undefined;
  slots[CLASS_WORDS] = undefined;
  slots[CLASS_VALUE] = classValue;
  slots[ID_VALUE] = idValue;
  slots[ATTRIBUTE_BITS] = attributeBits;
}

/** The element's {@link ATTRIBUTE_BIT}s, from its slot when the parser filled it, else from its attribute names. */
export function attributeBits(el: Element): number {
  const bits = (el as SlottedElement)[ATTRIBUTE_BITS];
  if (bits !== undefined) return bits;
  let found = 0;
  for (const name in el.attribs) found |= attributeBit(name);
  return found;
}

/** The element's class attribute (undefined when it has none), from its slot when the parser filled it. */
export function classOf(el: Element): string | undefined {
  const v = (el as SlottedElement)[CLASS_VALUE];
  return v === undefined ? el.attribs["class"] : (v ?? undefined);
}

/** The element's id attribute (undefined when it has none), from its slot when the parser filled it. */
export function idOf(el: Element): string | undefined {
  const v = (el as SlottedElement)[ID_VALUE];
  return v === undefined ? el.attribs["id"] : (v ?? undefined);
}

/**
 * Whether `test` holds for the element's class or for its id, each tested alone (not joined into
 * one string), both read from the slots the parser fills.
 */
export function classOrIdHas(el: Element, test: (value: string) => boolean): boolean {
  const cls = classOf(el);
  if (cls !== undefined && test(cls)) return true;
  const id = idOf(el);
  return id !== undefined && test(id);
}

/**
 * Whether a text node holds only whitespace: set by the parser on every text node it makes. Three of
 * four text nodes of a page are indentation between tags, and the content and date stages each asked
 * of every text node; the parser reads the characters from the page once, where the stages read them
 * from a slice of it.
 */
export const BLANK: unique symbol = Symbol("khabar.blank");

/** A text node with its slot. */
export type SlottedText = Text & { [BLANK]?: boolean };

/** Whether the text node holds only whitespace, from its slot when the parser set it. */
export function isBlankText(node: Text): boolean {
  const blank = (node as SlottedText)[BLANK];
  return blank === undefined ? !hasNonSpace(node.data) : blank;
}
