import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { formatNok } from '../../i18n/format.ts';
import { CATALOGUES, translate } from '../i18n/all-catalogues.ts';
import type { Translate } from '../i18n/use-t.ts';
import { baselineFootnotes } from '../model/baseline-footnotes.ts';
import { formatFigureSource, formatFigureValue } from './format-figure-source.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);
const document = defaultCase();

describe('formatFigureSource', () => {
  it('words an own value with who entered it and the day, in Norwegian time', () => {
    // 23:30 UTC on 2 December is 00:30 on 3 December in Oslo.
    const own = { entered: { by: 'Kari Nordmann', at: '2026-12-02T23:30:00.000Z' } };
    expect(formatFigureSource(own, document.sources, t, 'nb')).toBe(
      'Egen verdi – lagt inn av Kari Nordmann 03.12.2026',
    );
    expect(formatFigureSource({ ...own, note: 'Ny avtale' }, document.sources, t, 'nb')).toBe(
      'Egen verdi – lagt inn av Kari Nordmann 03.12.2026: Ny avtale',
    );
  });

  it('words a document source as before, whatever it states', () => {
    const source = { document: 'saksframlegg-bik2030', locator: 'Tabell 1', statedValue: 5_200_000 };
    expect(formatFigureSource(source, document.sources, t, 'nb')).toMatch(/, Tabell 1$/);
    expect(formatFigureValue('labourCost', 5_200_000, t)).toBe(formatNok(5_200_000));
  });

  it('gives an own value its own footnote, and shares a document’s place across figures', () => {
    const rows = document.baseline.slice(0, 3).map((row, index) => ({ row, index }));
    const first = rows[0];
    if (!first) throw new Error('row missing');
    first.row = {
      ...first.row,
      sources: { ...first.row.sources, labourCost: { entered: { by: 'Kari', at: '2026-12-03T10:00:00Z' } } },
    };
    const { footnotes, numbersByRow } = baselineFootnotes(rows);
    expect(footnotes.map((f) => f.fields)).toEqual([['fte', 'labourCost', 'ages'], ['labourCost']]);
    expect(numbersByRow.get(0)).toEqual([1, 2]);
  });
});
