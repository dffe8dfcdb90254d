import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { analyseModelChoice } from '../../model-choice/analyse-model-choice.ts';
import { modelMatrixTable } from './model-matrix-table.ts';

const document = defaultCase();

describe('modelMatrixTable', () => {
  const table = modelMatrixTable(document, { language: 'nb', role: 'reader' });
  const matrix = analyseModelChoice(document).matrix;

  it('has a row per model and a column per service area, named, as the model-choice page', () => {
    if (!table) throw new Error('no table');
    expect(table.rows.map((r) => r[0])).toEqual(matrix.models.map((m) => m.name.nb));
    expect(table.columns.map((c) => c.header)).toEqual([
      'Modell',
      ...matrix.areas.map((a) => a.name.nb),
      'Anskaffelse',
      'Ansatte (virksomhetsoverdragelse)',
    ]);
  });

  it('words each verdict as the page does, flagging unconfirmed facts', () => {
    if (!table) throw new Error('no table');
    const words = {
      lawful: 'Lovlig',
      conditional: 'Lovlig med vilkår',
      notSuited: 'Ikke egnet',
      notLawful: 'Ikke lovlig',
    };
    matrix.models.forEach((model, i) =>
      model.cells.forEach((cell, j) => {
        const expected = words[cell.verdict] + (cell.unconfirmed ? ' (ikke bekreftet)' : '');
        expect(table.rows[i]?.[j + 1]).toBe(expected);
      }),
    );
    // By hand from the seeds: a political council produces no services, so it suits no area.
    const council = table.rows.find((r) => r[0] === 'Interkommunalt politisk råd');
    expect(council?.slice(1, matrix.areas.length + 1).every((c) => c === 'Ikke egnet')).toBe(true);
    // The switchboard makes no decisions under a sector act: an administrative host may run it without conditions.
    const host = table.rows.find((r) => r[0] === 'Administrativt vertskommunesamarbeid');
    expect(host?.[1 + matrix.areas.findIndex((a) => a.id === 'sentralbord')]).toBe('Lovlig');
  });

  it('cites the statutes it rests on, and speaks English when asked', () => {
    expect(table?.sources.map((s) => s.label)).toContain('arbeidsmiljøloven § 16-1');
    expect(table?.sources.every((s) => s.kind === 'source')).toBe(true);
    const en = modelMatrixTable(document, { language: 'en', role: 'reader' });
    expect(en?.columns[0]?.header).toBe('Model');
    expect(en?.columns.at(-2)?.header).toBe('Procurement');
  });
});
