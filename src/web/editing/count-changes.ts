/**
 * How many fields differ between two drafts made of plain data (strings, numbers, booleans, arrays and
 * objects). An item added to or removed from a list counts once.
 * @module
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @example countChanges({ a: '1', b: ['x'] }, { a: '2', b: ['x', 'y'] }) // → 2
 */
export function countChanges(before: unknown, after: unknown): number {
  if (before === after) return 0;
  if (Array.isArray(before) && Array.isArray(after)) {
    let count = Math.abs(before.length - after.length);
    for (let i = 0; i < Math.min(before.length, after.length); i++)
      count += countChanges(before[i], after[i]);
    return count;
  }
  if (isObject(before) && isObject(after)) {
    let count = 0;
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      count += countChanges(before[key], after[key]);
    return count;
  }
  return 1;
}
