import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { shippedReferenceData, type ReferenceDataset } from '../../reference/reference-data.ts';
import { benchmarkTable } from './benchmark-table.ts';

const [MUNICIPALITY, GROUP, INDICATOR, YEAR, COMPARED, VALUE, TABLE] = [0, 1, 2, 3, 4, 5, 6];

describe('benchmarkTable', () => {
  const document = defaultCase();
  const table = benchmarkTable(document, { language: 'nb', role: 'reader' });
  if (!table) throw new Error('no table');
  const ADMINISTRATION = 'Administrasjon i alt (funksjon 120, 121, 130)';

  it('gives each municipality its own figures per year in kr per innbygger, from SSB table 12362', () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kommune',
      'KOSTRA-gruppe',
      'Indikator',
      'År',
      'Sammenlignet med',
      'Netto driftsutgifter (kr per innbygger)',
      'SSB-tabell',
    ]);
    // The shipped SSB 12362 figures for Melhus, FGK1b (administrasjon): 5 144, 5 478 and 5 519 kr per innbygger.
    const melhus = table.rows.filter(
      (r) =>
        r[MUNICIPALITY] === 'Melhus' && r[COMPARED] === 'Kommunen selv' && r[INDICATOR] === ADMINISTRATION,
    );
    expect(melhus.map((r) => [r[YEAR], r[VALUE], r[TABLE]])).toEqual([
      [2023, 5144, '12362'],
      [2024, 5478, '12362'],
      [2025, 5519, '12362'],
    ]);
  });

  it('names the KOSTRA groups 1, 7 and 1 and shows Skaun’s missing figures as «..», with the command', () => {
    const group = (name: string) => table.rows.find((r) => r[MUNICIPALITY] === name)?.[GROUP];
    expect([group('Midtre Gauldal'), group('Melhus'), group('Skaun')]).toEqual([1, 7, 1]);
    const skaun = table.rows.filter((r) => r[MUNICIPALITY] === 'Skaun' && r[COMPARED] === 'Kommunen selv');
    expect(skaun.length).toBeGreaterThan(0);
    expect(skaun.every((r) => r[VALUE] === null && r[TABLE] === null)).toBe(true);
    expect(table.notes[0]).toMatch(/^«\.\.» betyr .*Hent manglende tall med flokk ssb update\.$/);
    expect(table.rows.some((r) => r[COMPARED] === 'KOSTRA-gruppe 7 (snitt fra SSB)')).toBe(true);
    expect(table.rows.some((r) => r[COMPARED] === 'Landet uten Oslo')).toBe(true);
  });

  it('states the SSB tables and years as reference-data sources', () => {
    const ssb = table.sources.find((s) => s.label.endsWith('tabell 12362'));
    expect(ssb?.kind).toBe('reference-data');
    expect(ssb?.detail).toContain('2023, 2024, 2025');
    expect(
      table.sources.every((s) => s.kind === 'reference-data' && s.usedIn[0] === 'KOSTRA-sammenligning'),
    ).toBe(true);
  });

  it('reads the dataset it is given, not the shipped one', () => {
    const shipped = shippedReferenceData();
    const changed: ReferenceDataset = {
      ...shipped,
      kostraIndicators: shipped.kostraIndicators.map((f) =>
        f.region === '5028' && f.code === 'FGK1b' && f.year === 2025 ? { ...f, perInhabitantNok: 6000 } : f,
      ),
    };
    const other = benchmarkTable(document, { language: 'en', role: 'reader', referenceData: changed });
    const row = other?.rows.find(
      (r) =>
        r[MUNICIPALITY] === 'Melhus' &&
        r[YEAR] === 2025 &&
        r[VALUE] === 6000 &&
        r[COMPARED] === 'The municipality itself',
    );
    expect(row).toBeDefined();
    expect(other?.columns[5]?.header).toBe('Net operating expenditure (NOK per inhabitant)');
  });
});
