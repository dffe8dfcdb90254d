/**
 * jsonb cannot hold U+0000 or an unpaired surrogate, though JSON and the case schema allow both. Finding
 * them before the insert turns a database error (a 500) into a validation issue that names the field.
 * @module
 */
import { formatIssuePath } from '../case/issue-path.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path (`baseline[2].note`) of the first string or key jsonb cannot store, or `null` if none. */
export function findUnstorableText(value: unknown, path: PropertyKey[] = []): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? formatIssuePath(path) : null;
  if (typeof value !== 'object' || value === null) return null;
  const entries: [PropertyKey, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const keyPath = [...path, key];
    if (typeof key === 'string' && isUnstorable(key)) return formatIssuePath(keyPath);
    const found = findUnstorableText(item, keyPath);
    if (found !== null) return found;
  }
  return null;
}

function isUnstorable(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}
