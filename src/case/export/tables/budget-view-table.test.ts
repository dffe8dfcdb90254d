import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { analyseDeterministic } from '../../scenario/analyse-scenario.ts';
import { budgetViewTable } from './budget-view-table.ts';

const document = defaultCase();

describe('budgetViewTable', () => {
  const table = budgetViewTable(document, { language: 'nb', role: 'reader' });
  const analysis = analyseDeterministic(document, 'administrative-tjenester');

  it('shows the budget view of the scenario page: four økonomiplan years in nominal kroner', () => {
    if (!table || !analysis) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kommune',
      ...analysis.budget.years.map((y) => `${y} (kr)`),
    ]);
    expect(table.columns.slice(1).every((c) => c.format === 'nok')).toBe(true);
    expect(table.rows.map((r) => r[0])).toEqual(['Midtre Gauldal', 'Melhus', 'Skaun', 'Totalt']);
    expect(table.rows[1]?.slice(1)).toEqual(analysis.budget.perMunicipality['5028']);
    expect(table.rows[3]?.slice(1)).toEqual(analysis.budget.total);
  });

  it('inflates the real net effect by hand: nominal = round(real × (1 + inflation)^(year − base year))', () => {
    if (!table || !analysis) throw new Error('no table');
    const { inflation, years } = analysis.budget;
    const cash = analysis.cashFlows;
    const year = years[1] as number;
    const real = cash.perMunicipality['5028']?.[cash.years.indexOf(year)] as number;
    expect(table.rows[1]?.[2]).toBe(Math.round(real * (1 + inflation) ** (year - cash.baseYear)));
    const column = (i: number) => table.rows.slice(0, 3).reduce((s, r) => s + (r[i] as number), 0);
    for (let i = 1; i <= years.length; i++) expect(table.rows[3]?.[i]).toBe(column(i));
  });

  it('says what it rests on, and speaks English when asked', () => {
    expect(table?.notes.some((n) => n.startsWith('Bygger på plassholdere'))).toBe(true);
    const en = budgetViewTable(document, { language: 'en', role: 'reader' });
    expect(en?.columns[0]?.header).toBe('Municipality');
    expect(en?.columns[1]?.header).toMatch(/^\d{4} \(NOK\)$/);
    expect(en?.sheetName).toBe('Budget view');
  });
});
