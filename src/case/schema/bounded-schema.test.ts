/**
 * A structural guard (issue 11): every field of the case document, and of every API body, is bounded. Walks
 * the JSON Schema that Zod derives from the same schemas the boundaries validate with, and fails for any
 * string without a length limit (or a pattern, format or fixed set of values), any number without both a
 * lower and an upper bound, and any list without a maximum length. A new unbounded field fails here before it
 * can carry a 30 MB note or a cost of 9 007 199 254 740 991 kr into the database.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '../../server/routes/all-routes.ts';
import { CaseDocument } from './case-document.ts';

type JsonSchema = Record<string, unknown>;

/** Paths (`#/properties/baseline/items/properties/notes`) of unbounded strings, numbers and arrays. */
function unbounded(schema: unknown, path = '#', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return out;
  seen.add(schema);
  const node = schema as JsonSchema;
  const types = Array.isArray(node['type']) ? (node['type'] as string[]) : [node['type']];
  const fixed = 'enum' in node || 'const' in node;
  if (types.includes('string') && !fixed) {
    const bounded = 'maxLength' in node || 'pattern' in node || 'format' in node;
    if (!bounded) out.push(`${path} (text without a length limit)`);
  }
  if ((types.includes('number') || types.includes('integer')) && !fixed) {
    const low = 'minimum' in node || 'exclusiveMinimum' in node;
    const high = 'maximum' in node || 'exclusiveMaximum' in node;
    if (!low || !high) out.push(`${path} (number without ${low ? 'an upper' : 'a lower'} bound)`);
  }
  if (types.includes('array') && !('maxItems' in node) && !('prefixItems' in node && !('items' in node))) {
    out.push(`${path} (list without a maximum length)`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (value !== null && typeof value === 'object') {
      if (Array.isArray(value)) value.forEach((item, i) => unbounded(item, `${path}/${key}/${i}`, out, seen));
      else unbounded(value, `${path}/${key}`, out, seen);
    }
  }
  return out;
}

function jsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

describe('every input is bounded', () => {
  it('has no unbounded text, number or list in the case document', () => {
    expect(unbounded(jsonSchema(CaseDocument))).toEqual([]);
  });

  it('has no unbounded text, number or list in any API body', () => {
    const found = allRoutes.flatMap((route) =>
      route.body ? unbounded(jsonSchema(route.body)).map((p) => `${route.method} ${route.path} ${p}`) : [],
    );
    expect(found).toEqual([]);
  });

  it('finds an unbounded field (the guard itself can fail)', () => {
    const loose = z.object({ note: z.string(), cost: z.number().min(0), rows: z.array(z.string().max(5)) });
    expect(unbounded(jsonSchema(loose))).toEqual([
      '#/properties/note (text without a length limit)',
      '#/properties/cost (number without an upper bound)',
      '#/properties/rows (list without a maximum length)',
    ]);
  });
});
