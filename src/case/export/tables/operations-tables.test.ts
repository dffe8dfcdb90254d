/**
 * The operations export tables on the default case: the 2027 budget of the joint unit for administrative
 * services per component and municipality, and the a-konto invoice lines once a quarterly calendar is set.
 * Population 1 January 2025 (the latest before 1 January 2027): 6 141 / 17 812 / 8 521, together 32 474.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../common/errors.ts';
import { defaultCase } from '../../default-case/default-case.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import { aKontoTable } from './a-konto-table.ts';
import { operationsBudgetTable } from './operations-budget-table.ts';

const UNIT = 'administrative-tjenester';

function withPeriods(ids: string[], dueDates: string[]): CaseDocument {
  const document = defaultCase();
  const budget = document.operations.budgets[0];
  if (budget === undefined) throw new Error('no budget');
  budget.aKontoPeriods = ids.map((id, j) => ({ id, dueDate: dueDates[j] as string }));
  return document;
}

const QUARTERS = withPeriods(
  ['2027-K1', '2027-K2', '2027-K3', '2027-K4'],
  ['2027-01-20', '2027-04-20', '2027-07-20', '2027-10-20'],
);

describe('operationsBudgetTable', () => {
  const table = operationsBudgetTable(defaultCase(), { language: 'nb', role: 'reader' });

  it('has one row per component and municipality: kind, amount, key in words, share and amount', () => {
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Budsjettdel',
      'Type',
      'Budsjettdelens beløp (kr)',
      'Fordelingsnøkkel',
      'Kommunenummer',
      'Kommune',
      'Andel (%)',
      'Kommunens beløp (kr)',
    ]);
    expect(table.rows).toHaveLength(9);
    // Sentralbord 2 080 000 · 17 812 / 32 474 = 1 140 880.70; two kroner are left after the floors, and the
    // largest remainders (Melhus 0.70, Midtre Gauldal 0.67) take them: Melhus 1 140 881.
    // Its share 1 140 881 / 2 080 000 = 0.548500… → 0.549 (three decimals, shown 54.9 %).
    expect(table.rows[4]).toEqual([
      'Sentralbord',
      'Obligatorisk drift',
      2_080_000,
      'Folketall',
      '5028',
      'Melhus',
      0.549,
      1_140_881,
    ]);
    const sum = table.rows.reduce((s, r) => s + (r[7] as number), 0);
    expect(sum).toBe(23_200_000);
  });

  it('says the keys rest on placeholders and that 1 January 2025 stands in for 1 January 2027', () => {
    expect(
      table?.notes.some((n) => n.startsWith('Bygger på plassholdere') && /fordelingsnøkkel/i.test(n)),
    ).toBe(true);
    expect(table?.notes.some((n) => n.includes('2027-01-01') && n.includes('2025-01-01'))).toBe(true);
    expect(table?.sources.some((s) => s.kind === 'placeholder' && s.detail.includes('Kommunestyrene'))).toBe(
      true,
    );
  });

  it('answers nothing for a unit or a year the case does not have', () => {
    expect(operationsBudgetTable(defaultCase(), { language: 'nb', role: 'reader', unitId: 'x' })).toBeNull();
    expect(operationsBudgetTable(defaultCase(), { language: 'nb', role: 'reader', year: 2030 })).toBeNull();
  });
});

describe('aKontoTable', () => {
  it('refuses, naming the a-konto calendar, while none is set', () => {
    expect(() => aKontoTable(defaultCase(), { language: 'nb', role: 'reader' })).toThrow(ValidationError);
    try {
      aKontoTable(defaultCase(), { language: 'nb', role: 'reader' });
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toMatch(/A-konto-terminene er ikke satt/);
    }
  });

  it('writes quarterly invoice lines per municipality that sum exactly to the 23 200 000 kr budget', () => {
    const table = aKontoTable(QUARTERS, { language: 'nb', role: 'reader', unitId: UNIT, year: 2027 });
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kommunenummer',
      'Kommune',
      'Forfallsdato',
      'Termin',
      'Tekst',
      'Beløp (kr)',
    ]);
    expect(table.rows).toHaveLength(12);
    // Midtre Gauldal's year 4 387 239 / 4 = 1 096 809.75: three quarters of 1 096 810 and one of 1 096 809.
    expect(table.rows[0]).toEqual([
      '5027',
      'Midtre Gauldal',
      '2027-01-20',
      '1. kvartal 2027',
      'A-konto 1. kvartal 2027 – Felles enhet for administrative tjenester',
      1_096_810,
    ]);
    expect(table.rows.filter((r) => r[0] === '5027').map((r) => r[5])).toEqual([
      1_096_810, 1_096_810, 1_096_810, 1_096_809,
    ]);
    // Melhus 12 725 208 / 4 = 3 181 302 exactly.
    expect(table.rows.filter((r) => r[0] === '5028').map((r) => r[5])).toEqual([
      3_181_302, 3_181_302, 3_181_302, 3_181_302,
    ]);
    expect(table.rows.reduce((s, r) => s + (r[5] as number), 0)).toBe(23_200_000);
  });

  it('names months in words for a monthly calendar, and still sums to the budget', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
    const document = withPeriods(
      months,
      months.map((m) => `${m}-15`),
    );
    const table = aKontoTable(document, { language: 'nb', role: 'reader' });
    expect(table?.rows[2]?.[3]).toBe('mars 2027');
    expect(table?.rows).toHaveLength(36);
    // 23 200 000 / 12 = 1 933 333.33: the lines of each period together are 1 933 334 or 1 933 333.
    const perPeriod = months.map((_, j) =>
      (table?.rows ?? []).filter((_, k) => k % 12 === j).reduce((s, r) => s + (r[5] as number), 0),
    );
    expect(perPeriod).toEqual([...Array(4).fill(1_933_334), ...Array(8).fill(1_933_333)]);
    expect(perPeriod.reduce((a, b) => a + b, 0)).toBe(23_200_000);
  });
});
