import { describe, expect, it } from 'vitest';
import type { FigureSource } from '../schema/baseline.ts';
import { importedSource, sourceCellText } from './source-cell.ts';

const entry = { by: 'Kari', at: '2026-03-01T10:00:00.000Z', fileName: 'bok.xlsx' };
const ids = new Set(['saksframlegg']);
const cited: FigureSource = { document: 'saksframlegg', locator: 'Tabell 3', statedValue: 6.4 };
const own = {
  entered: { by: 'Kari', at: '2026-03-01T10:00:00.000Z' },
  note: 'Importert fra regnearket «bok.xlsx»',
};

describe('a source cell', () => {
  it('is written «id: place», and «Egen verdi – who, date» for an own value', () => {
    expect(sourceCellText(cited, 'nb')).toBe('saksframlegg: Tabell 3');
    expect(sourceCellText({ entered: { by: 'Ola', at: '2026-02-01T08:00:00Z' } }, 'nn')).toBe(
      'Eigen verdi – Ola, 2026-02-01',
    );
    expect(sourceCellText(undefined, 'en')).toBe('');
  });

  it('keeps the source exactly when neither figure nor cell changed', () => {
    const read = importedSource(
      { cell: 'saksframlegg: Tabell 3', value: 6.4, before: { value: 6.4, source: cited } },
      ids,
      entry,
      'nb',
    );
    expect(read).toEqual({ ok: true, source: cited });
  });

  it('makes a changed figure with an unchanged source cell the importer’s own value', () => {
    const read = importedSource(
      { cell: 'saksframlegg: Tabell 3', value: 7, before: { value: 6.4, source: cited } },
      ids,
      entry,
      'nb',
    );
    expect(read).toEqual({ ok: true, source: own });
  });

  it('reads a new source cell as the new source, and refuses a source the case does not have', () => {
    expect(
      importedSource(
        { cell: 'saksframlegg: Tabell 4 (2025-12-31)', value: 7, before: { value: 6.4, source: cited } },
        ids,
        entry,
        'nb',
      ),
    ).toEqual({
      ok: true,
      source: { document: 'saksframlegg', locator: 'Tabell 4', date: '2025-12-31' },
    });
    expect(
      importedSource({ cell: 'referat: side 2', value: 7, before: undefined }, ids, entry, 'nb'),
    ).toEqual({ ok: false, code: 'unknown_source', value: 'referat' });
    expect(importedSource({ cell: 'Hva som helst!', value: 7, before: undefined }, ids, entry, 'nb')).toEqual(
      { ok: false, code: 'source_format', value: 'Hva som helst!' },
    );
  });

  it('drops the source of an emptied figure, and gives a new figure without source the own-value mark', () => {
    expect(
      importedSource(
        { cell: 'saksframlegg: Tabell 3', value: null, before: { value: 6.4, source: cited } },
        ids,
        entry,
        'nb',
      ),
    ).toEqual({ ok: true, source: undefined });
    expect(importedSource({ cell: undefined, value: 3, before: undefined }, ids, entry, 'nb')).toEqual({
      ok: true,
      source: own,
    });
    expect(importedSource({ cell: undefined, value: null, before: undefined }, ids, entry, 'nb')).toEqual({
      ok: true,
      source: undefined,
    });
  });
});
