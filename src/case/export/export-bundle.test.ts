import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { exportBundle, exportNeedsSolver } from './export-bundle.ts';
import { EXPORT_REGISTRY, type ExportRegistry } from './export-registry.ts';
import type { ExportContext, ExportTable } from './export-table.ts';

const STAMP = {
  caseId: 'skaun-melhus-midtre-gauldal',
  revision: 3,
  savedAt: '2026-03-01T09:30:00Z',
  exportedAt: '2026-12-04T12:00:00Z',
};

function fakeTable(id: ExportTable['id'], placeholder: boolean): ExportTable {
  return {
    id,
    sheetName: id,
    title: id,
    columns: [{ header: 'x', format: 'integer' }],
    rows: [[1]],
    notes: [],
    sources: placeholder ? [{ kind: 'placeholder', label: 'Rente', detail: '', usedIn: [] }] : [],
  };
}

describe('exportBundle', () => {
  const document = defaultCase();

  it('builds one table with the stamp and the case title', () => {
    const bundle = exportBundle(document, { table: 'baseline', language: 'nb', role: 'reader' }, STAMP);
    expect(bundle?.tables.map((t) => t.id)).toEqual(['baseline']);
    expect(bundle).toMatchObject({ ...STAMP, language: 'nb', usesPlaceholders: false });
    expect(bundle?.caseTitle).toBe(document.title.nb);
  });

  it('gives null for a table without a builder, and for a case with nothing to export', () => {
    const baselineOnly: ExportRegistry = { baseline: EXPORT_REGISTRY.baseline };
    const fairness = { table: 'fairness', language: 'nb', role: 'owner' } as const;
    expect(exportBundle(document, fairness, STAMP, undefined, baselineOnly)).toBeNull();
    const empty = { ...document, baseline: [] };
    expect(
      exportBundle(empty, { table: 'all', language: 'nb', role: 'owner' }, STAMP, undefined, baselineOnly),
    ).toBeNull();
  });

  it('leaves out of the whole case a table the analysis cannot compute, and says why', () => {
    const empty = { ...document, baseline: [] };
    const registry: ExportRegistry = {
      baseline: EXPORT_REGISTRY.baseline,
      'cash-flows': EXPORT_REGISTRY['cash-flows'],
      'model-matrix': EXPORT_REGISTRY['model-matrix'],
    };
    const bundle = exportBundle(
      empty,
      { table: 'all', language: 'nb', role: 'owner' },
      STAMP,
      undefined,
      registry,
    );
    expect(bundle?.tables.map((t) => t.id)).toEqual(['model-matrix']);
    expect(bundle?.omitted?.map((o) => o.id)).toEqual(['cash-flows']);
    expect(bundle?.omitted?.[0]?.reason.length).toBeGreaterThan(0);
    // Asked for alone, the table's error is the answer.
    expect(() =>
      exportBundle(empty, { table: 'cash-flows', language: 'nb', role: 'owner' }, STAMP),
    ).toThrow();
  });

  it('puts every table the case has in registry order in the whole-case bundle, and flags placeholders', () => {
    const seen: ExportContext[] = [];
    const registry: ExportRegistry = {
      switchboard: { build: () => fakeTable('switchboard', true), needsSolver: () => false },
      fairness: { build: () => null, needsSolver: () => true },
      baseline: {
        build: (_doc, context) => {
          seen.push(context);
          return fakeTable('baseline', false);
        },
        needsSolver: () => false,
      },
    };
    const request = { table: 'all', language: 'nn', role: 'reader', scenarioId: 's1' } as const;
    const bundle = exportBundle(document, request, STAMP, undefined, registry);
    expect(bundle?.tables.map((t) => t.id)).toEqual(['baseline', 'switchboard']);
    expect(bundle?.usesPlaceholders).toBe(true);
    expect(exportNeedsSolver(document, request, registry)).toBe(true);
    expect(exportNeedsSolver(document, { table: 'baseline' }, registry)).toBe(false);
    // Redacted before building: the reader's context names what was withheld.
    expect(seen[0]?.scenarioId).toBe('s1');
    expect(seen[0]?.withheld?.length).toBeGreaterThan(0);
  });

  it('withholds nothing for editors', () => {
    let withheld: readonly string[] | undefined;
    const registry: ExportRegistry = {
      baseline: {
        build: (_doc, context) => {
          withheld = context.withheld;
          return fakeTable('baseline', false);
        },
        needsSolver: () => false,
      },
    };
    exportBundle(document, { table: 'baseline', language: 'nb', role: 'editor' }, STAMP, undefined, registry);
    expect(withheld).toEqual([]);
  });
});
