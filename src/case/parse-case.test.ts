import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../common/errors.ts';
import { defaultCaseInput } from './default-case/default-case.ts';
import { parseCase } from './parse-case.ts';
import { CURRENT_SCHEMA_VERSION } from './schema/case-document.ts';

/** A fresh, mutable copy of the default case as plain JSON data, to break on purpose. */
function draft(): Record<string, unknown> & { baseline: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(defaultCaseInput)) as Record<string, unknown> & {
    baseline: Record<string, unknown>[];
  };
}

function issuesOf(raw: unknown, language: 'nb' | 'nn' | 'en' = 'nb'): FieldIssue[] {
  const result = parseCase(raw, language);
  return result.success ? [] : result.issues;
}

function rowAt(doc: ReturnType<typeof draft>, index: number): Record<string, unknown> {
  const row = doc.baseline[index];
  if (!row) throw new Error(`no baseline row ${index}`);
  return row;
}

describe('parseCase: issues name the field', () => {
  it('names baseline[2].fte for a negative FTE', () => {
    const doc = draft();
    rowAt(doc, 2)['fte'] = -1;
    expect(issuesOf(doc)).toEqual([
      { path: 'baseline[2].fte', code: 'too_small', message: expect.any(String) },
    ]);
  });

  it('names baseline[2].fte for an FTE given as text', () => {
    const doc = draft();
    rowAt(doc, 2)['fte'] = '5,0';
    expect(issuesOf(doc)).toEqual([
      { path: 'baseline[2].fte', code: 'invalid_type', message: expect.any(String) },
    ]);
  });

  it('accepts a missing figure as null, never requiring a 0', () => {
    const doc = draft();
    rowAt(doc, 2)['fte'] = null;
    expect(issuesOf(doc)).toEqual([]);
  });

  it('names baseline[0].areaId for an area that is not in the case', () => {
    const doc = draft();
    rowAt(doc, 0)['areaId'] = 'ukjent-omrade';
    expect(issuesOf(doc)).toEqual([
      {
        path: 'baseline[0].areaId',
        code: expect.any(String),
        message: 'Viser til noe som ikke finnes i saken',
      },
    ]);
  });

  // Known bug (reported): parseCase passes Zod's code `custom` through for Flokk's own checks, so the issue
  // says `code: 'custom'` with the translated message, not `unknown_reference` as `FieldIssue.code` and
  it('gives unknown references the code unknown_reference', () => {
    const doc = draft();
    rowAt(doc, 0)['areaId'] = 'ukjent-omrade';
    expect(issuesOf(doc)).toEqual([
      expect.objectContaining({ path: 'baseline[0].areaId', code: 'unknown_reference' }),
    ]);
  });

  it('refuses a second row for the same area, municipality and scope, naming the duplicate', () => {
    const doc = draft();
    doc.baseline.push(structuredClone(rowAt(doc, 1)));
    const duplicate = `baseline[${doc.baseline.length - 1}]`;
    expect(issuesOf(doc, 'en')).toEqual([
      {
        path: duplicate,
        code: expect.any(String),
        message: 'There is already a row for this area and municipality',
      },
    ]);
  });

  it('allows the same area and municipality once per scope (central and decentral)', () => {
    const doc = draft();
    doc.baseline.push({ ...structuredClone(rowAt(doc, 0)), scope: 'decentral' });
    expect(issuesOf(doc)).toEqual([]);
  });

  it('names the source reference that points to an unknown document', () => {
    const doc = draft();
    const grants = doc['grants'] as { source: { document: string } }[];
    const grant = grants[0];
    if (!grant) throw new Error('no grant');
    grant.source.document = 'finnes-ikke';
    expect(issuesOf(doc, 'en')).toEqual([
      {
        path: 'grants[0].source.document',
        code: expect.any(String),
        message: 'Refers to something that is not in the case',
      },
    ]);
  });

  it('words the messages in bokmål, nynorsk and English', () => {
    const doc = draft();
    rowAt(doc, 2)['fte'] = -1;
    rowAt(doc, 0)['areaId'] = 'ukjent-omrade';
    const byLanguage = (['nb', 'nn', 'en'] as const).map((language) => issuesOf(doc, language));
    for (const issues of byLanguage)
      expect(issues.map((i) => i.path)).toEqual(['baseline[2].fte', 'baseline[0].areaId']);
    const [nb, nn, en] = byLanguage.map((issues) => issues.map((i) => i.message));
    expect(nb).not.toEqual(nn);
    expect(nb).not.toEqual(en);
    expect(nn).not.toEqual(en);
    expect(nn?.[1]).toBe('Viser til noko som ikkje finst i saka');
    expect(en?.[1]).toBe('Refers to something that is not in the case');
  });
});

describe('parseCase: every load passes through the migration', () => {
  it('upgrades a draft without schemaVersion (version 0) to the current version', () => {
    const doc = draft();
    delete doc['schemaVersion'];
    const result = parseCase(doc);
    expect(result.success && result.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('does not modify the raw document while upgrading it', () => {
    const doc = draft();
    delete doc['schemaVersion'];
    parseCase(doc);
    expect('schemaVersion' in doc).toBe(false);
  });

  it('refuses a newer schemaVersion than this build knows, naming schemaVersion', () => {
    const doc = { ...draft(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(issuesOf(doc)).toEqual([
      { path: 'schemaVersion', code: 'unsupported_schema_version', message: expect.any(String) },
    ]);
  });

  it.each([['1'], [-1], [1.5]])('refuses the schemaVersion %j', (version) => {
    expect(issuesOf({ ...draft(), schemaVersion: version }).map((i) => i.path)).toEqual(['schemaVersion']);
  });

  it.each([[null], [[]], ['tekst'], [42]])('refuses %j as not an object', (raw) => {
    expect(issuesOf(raw, 'en')).toEqual([
      { path: '', code: 'not_an_object', message: 'The case must be a JSON or YAML object' },
    ]);
  });
});
