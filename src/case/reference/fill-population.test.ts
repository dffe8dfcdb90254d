import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import {
  fillPopulation,
  populationFillComment,
  referencePopulationYears,
  SSB_07459_SOURCE,
} from './fill-population.ts';
import { shippedReferenceData, type ReferenceDataset } from './reference-data.ts';

const reference = shippedReferenceData();

describe('fillPopulation', () => {
  it('adds 1 January 2026 for the three municipalities, from table 07459, and leaves 2025 as it was', () => {
    const before = defaultCase();
    const { document, changes, missing } = fillPopulation(before, reference, [2026]);
    // The shipped figures (PROVENANCE.md spot check): Midtre Gauldal 6 088, Melhus 17 828, Skaun 8 574.
    expect(changes).toEqual([
      {
        municipalityNumber: '5027',
        name: 'Midtre Gauldal',
        referenceDate: '2026-01-01',
        before: null,
        after: 6088,
      },
      { municipalityNumber: '5028', name: 'Melhus', referenceDate: '2026-01-01', before: null, after: 17828 },
      { municipalityNumber: '5029', name: 'Skaun', referenceDate: '2026-01-01', before: null, after: 8574 },
    ]);
    expect(missing).toEqual([]);
    const skaun = document.participants.find((p) => p.municipalityNumber === '5029');
    expect(skaun?.population).toEqual([
      before.participants.find((p) => p.municipalityNumber === '5029')?.population[0],
      {
        value: 8574,
        referenceDate: '2026-01-01',
        source: { document: 'ssb-07459', locator: 'Tabell 07459: folkemengde 1. januar 2026' },
      },
    ]);
    // The default case already has the source: it is reused, not added twice.
    expect(document.sources.filter((s) => s.id === 'ssb-07459')).toHaveLength(1);
    expect(parseCase(document).success).toBe(true);
  });

  it('changes nothing when the figures for that date are the same (2025 in the default case)', () => {
    const before = defaultCase();
    const result = fillPopulation(before, reference, [2025]);
    expect(result.changes).toEqual([]);
    expect(result.document).toBe(before);
  });

  it('replaces a figure for the same date only when the value differs, and says what it was', () => {
    const before = defaultCase();
    const edited: CaseDocument = {
      ...before,
      participants: before.participants.map((p) =>
        p.municipalityNumber === '5028' ? { ...p, population: [{ ...p.population[0]!, value: 17000 }] } : p,
      ),
    };
    const { changes, document } = fillPopulation(edited, reference, [2025]);
    expect(changes).toEqual([
      {
        municipalityNumber: '5028',
        name: 'Melhus',
        referenceDate: '2025-01-01',
        before: 17000,
        after: 17812,
      },
    ]);
    expect(document.participants.find((p) => p.municipalityNumber === '5028')?.population).toHaveLength(1);
  });

  it('adds the SSB source to a case that has none, and lists what the reference data lacks', () => {
    const before = defaultCase();
    const withoutSource: CaseDocument = {
      ...before,
      sources: before.sources.filter((s) => s.id !== 'ssb-07459'),
      participants: before.participants.map((p) => ({ ...p, population: [] })),
    };
    const partial: ReferenceDataset = {
      ...reference,
      municipalities: reference.municipalities.map((m) =>
        m.number === '5027' ? { ...m, population: { 2024: 6140 } } : m,
      ),
    };
    const { document, changes, missing } = fillPopulation(withoutSource, partial, [2024, 2026]);
    expect(changes).toHaveLength(5);
    expect(missing).toEqual([{ municipalityNumber: '5027', name: 'Midtre Gauldal', year: 2026 }]);
    expect(document.sources.at(-1)).toEqual(SSB_07459_SOURCE);
    expect(parseCase(document).success).toBe(true);
  });

  it('lists the years the reference data has, newest first, and says which years in the comment', () => {
    expect(referencePopulationYears(defaultCase(), reference)).toEqual([2026, 2025, 2024]);
    expect(populationFillComment([2026, 2024], 'nb')).toBe(
      'Folketall 1. januar 2024, 2026 fra SSB (tabell 07459)',
    );
    expect(populationFillComment([2026], 'en')).toBe('Population on 1 January 2026 from SSB (table 07459)');
  });
});
