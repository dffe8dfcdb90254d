/**
 * What changed between two revisions of a case document, as a list of leaf fields with their old and new
 * values. Arrays are compared position by position, which matches how the baseline is edited (in place).
 * @module
 */
import { formatIssuePath } from './issue-path.ts';

export interface FieldChange {
  /** Field path, e.g. `baseline[2].fte`. */
  path: string;
  before: unknown;
  after: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function walk(
  before: unknown,
  after: unknown,
  path: (string | number)[],
  out: FieldChange[],
  limit: number,
): void {
  if (out.length >= limit) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], [...path, i], out, limit);
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) walk(before[key], after[key], [...path, key], out, limit);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path: formatIssuePath(path), before: before ?? null, after: after ?? null });
  }
}

/**
 * Lists changed leaf fields from `before` to `after`, at most `limit` of them.
 * @example diffDocuments({ a: [1, 2] }, { a: [1, 3] }) // → [{ path: 'a[1]', before: 2, after: 3 }]
 */
export function diffDocuments(before: unknown, after: unknown, limit = 200): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, [], out, limit);
  return out;
}
