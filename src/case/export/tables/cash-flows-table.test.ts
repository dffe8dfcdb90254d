import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { analyseDeterministic } from '../../scenario/analyse-scenario.ts';
import { cashFlowsTable } from './cash-flows-table.ts';

const document = defaultCase();
const SCENARIO = 'administrative-tjenester';

describe('cashFlowsTable', () => {
  const table = cashFlowsTable(document, { language: 'nb', role: 'reader' });
  const analysis = analyseDeterministic(document, SCENARIO, { language: 'nb' });

  it('shows the scenario page’s net effect per municipality and year, and the total', () => {
    expect(table).not.toBeNull();
    if (!table || !analysis) return;
    const net = (who: string) => table.rows.find((r) => r[0] === who && r[1] === 'Netto virkning');
    expect(net('Melhus')?.slice(2, -1)).toEqual(analysis.cashFlows.perMunicipality['5028']);
    expect(net('Totalt')?.slice(2, -1)).toEqual(analysis.cashFlows.total);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kommune',
      'Post',
      ...analysis.cashFlows.years.map((y) => `${y} (kr)`),
      'Sum (kr)',
    ]);
  });

  it('adds up by hand: Midtre Gauldal in 2027 is its costs today less its shares of the joint unit', () => {
    if (!table) throw new Error('no table');
    const year = table.columns.findIndex((c) => c.header === '2027 (kr)');
    const cell = (line: string) => table.rows.find((r) => r[0] === 'Midtre Gauldal' && r[1] === line)?.[year];
    // The default case's budgets 2025: 5.5 mill. (lønn), 0.64 mill. (sentralbord), 1.36 mill. (arkiv), less the
    // joint unit's running cost shares in the first year of ramp-up.
    expect(cell('Kostnad i dag – Lønn, regnskap og fakturering')).toBe(5_500_000);
    expect(cell('Kostnad i dag – Sentralbord')).toBe(640_000);
    expect(cell('Kostnad i dag – Arkiv og postmottak')).toBe(1_360_000);
    const lines = table.rows.filter((r) => r[0] === 'Midtre Gauldal' && r[1] !== 'Netto virkning');
    const sum = lines.reduce((s, r) => s + (r[year] as number), 0);
    expect(cell('Netto virkning')).toBe(sum);
    expect(sum).toBe(5_500_000 + 640_000 + 1_360_000 - 5_284_176 - 622_000 - 1_230_154);
  });

  it('sums each row over the years, and the municipalities to the total', () => {
    if (!table) throw new Error('no table');
    for (const row of table.rows) {
      const values = row.slice(2, -1) as number[];
      expect(row.at(-1)).toBe(values.reduce((s, v) => s + v, 0));
    }
    const nets = table.rows.filter((r) => r[1] === 'Netto virkning' && r[0] !== 'Totalt');
    expect(nets.map((r) => r[0])).toEqual(['Midtre Gauldal', 'Melhus', 'Skaun']);
    const total = table.rows.find((r) => r[0] === 'Totalt');
    expect(total?.at(-1)).toBe(nets.reduce((s, r) => s + (r.at(-1) as number), 0));
  });

  it('names the placeholders the figures rest on, in the notes and as sources', () => {
    if (!table || !analysis) throw new Error('no table');
    const labels = analysis.placeholders.placeholders.map((p) => p.label);
    expect(labels.length).toBeGreaterThan(0);
    expect(table.notes[0]).toMatch(/^Bygger på plassholdere/);
    expect(table.sources.filter((s) => s.kind === 'placeholder').map((s) => s.label)).toEqual([
      ...new Set(labels),
    ]);
    expect(table.sources.every((s) => s.usedIn.includes('Kontantstrøm'))).toBe(true);
  });

  it('speaks English when asked, and has nothing to show without the scenario', () => {
    const en = cashFlowsTable(document, { language: 'en', role: 'reader', scenarioId: SCENARIO });
    expect(en?.columns[0]?.header).toBe('Municipality');
    expect(en?.columns.at(-1)?.header).toBe('Sum (NOK)');
    expect(en?.rows.at(-1)?.[0]).toBe('Total');
    expect(cashFlowsTable(document, { language: 'nb', role: 'reader', scenarioId: 'nope' })).toBeNull();
    expect(cashFlowsTable({ ...document, scenarios: [] }, { language: 'nb', role: 'owner' })).toBeNull();
  });
});
