import type { Element, Text } from "domhandler";
import { hasNonSpace } from "../language/spaces.js";

/**
 * Values kept on an element under symbols of their own: its position in the content stage's node
 * list and its class/id split (src/html/content), which the stages fill, and its class and id values,
 * which the parser fills. The parser gives every element all four slots as it creates it: properties
 * added later, only to the elements a stage reaches and in the order it reaches them, split the
 * elements over several hidden classes, and every stage's reads of `type`, `children`, `parent` then
 * had too many shapes to cache (a slow, megamorphic lookup per read).
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

/** An element with its slots. */
export type SlottedElement = Element & {
  [POSITION]?: number;
  [CLASS_WORDS]?: unknown;
  [CLASS_VALUE]?: string | null;
  [ID_VALUE]?: string | null;
};

/**
 * Gives a freshly created element its slots: the two stage slots empty (`undefined` means not set),
 * and its class and id values when the parser knows them.
 */
export function addSlots(el: Element, classValue?: string | null, idValue?: string | null): void {
  const slots = el as SlottedElement;
  slots[POSITION] = undefined;
  slots[CLASS_WORDS] = undefined;
  slots[CLASS_VALUE] = classValue;
  slots[ID_VALUE] = idValue;
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
