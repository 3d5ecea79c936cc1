import type { Element } from "domhandler";

/**
 * Values the stages keep on an element, under symbols of their own: its position in the content
 * stage's node list, and its class/id split (src/html/content). The parser gives every element both
 * slots, empty, as it creates it: properties added later, only to the elements a stage reaches and
 * in the order it reaches them, split the elements over several hidden classes, and every stage's
 * reads of `type`, `children`, `parent` then had too many shapes to cache (a slow, megamorphic
 * lookup per read).
 */
export const POSITION: unique symbol = Symbol("khabar.position");
export const CLASS_WORDS: unique symbol = Symbol("khabar.classWords");

/** Gives a freshly created element its two slots, empty (`undefined` means not set). */
export function addSlots(el: Element): void {
  const slots = el as Element & { [POSITION]?: number; [CLASS_WORDS]?: unknown };
  slots[POSITION] = undefined;
  slots[CLASS_WORDS] = undefined;
}
