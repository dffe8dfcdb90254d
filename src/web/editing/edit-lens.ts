/**
 * Editing one part of an immutable draft: a component gets an `Edit` for its part and never sees the
 * rest. `focusKey` and `focusIndex` narrow an `Edit` to a field or a list item.
 * @module
 */

/**
 * Changes a value by a recipe. `field` names what changed (its document path), which is the undo step
 * consecutive changes to the same field share.
 */
export type Edit<T> = (field: string, recipe: (value: T) => T) => void;

/** @example focusKey(editArea, 'savingsShare') // → Edit<QuantityDraft> */
export function focusKey<T, K extends keyof T>(edit: Edit<T>, key: K): Edit<T[K]> {
  return (field, recipe) => edit(field, (value) => ({ ...value, [key]: recipe(value[key]) }));
}

/** @example focusIndex(editAreas, 0) // → Edit<AreaDraft> */
export function focusIndex<T>(edit: Edit<T[]>, index: number): Edit<T> {
  return (field, recipe) => edit(field, (list) => list.map((item, i) => (i === index ? recipe(item) : item)));
}

/** Sets a value outright. */
export function setTo<T>(value: T): (previous: T) => T {
  return () => value;
}
