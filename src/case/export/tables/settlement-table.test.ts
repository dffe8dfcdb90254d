/**
 * The «Årsoppgjør» export table against the settled test case (`settled-case.fixture.ts`): the year ends
 * 250 000 kr over the 23 200 000 kr budget, the fund's 100 000 kr covers part of it, so the members are
 * invoiced 150 000 kr in all; each member's row is its share of the actual 23 450 000 kr (by population at
 * 1 January 2025: Midtre Gauldal 6 141, Melhus 17 812, Skaun 8 521 of 32 474) minus its budget share.
 */
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { settledCase } from '../../operations/settled-case.fixture.ts';
import { settlementTable } from './settlement-table.ts';

const POPULATION = [6_141, 17_812, 8_521];

describe('settlement export table', () => {
  it('one row per municipality of the recorded year, figures as the hand calculation gives them', () => {
    const table = settlementTable(settledCase(), { language: 'nb', role: 'reader' });
    expect(table?.id).toBe('settlement');
    const rows = table?.rows ?? [];
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [2027, 'Midtre Gauldal'],
      [2027, 'Melhus'],
      [2027, 'Skaun'],
    ]);
    const column = (c: number) => rows.map((r) => r[c] as number);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(column(3))).toBe(23_450_000);
    expect(sum(column(4))).toBe(23_200_000);
    expect(sum(column(5))).toBe(100_000);
    expect(sum(column(6))).toBe(150_000);
    column(3).forEach((share, m) =>
      expect(Math.abs(share - (23_450_000 * (POPULATION[m] as number)) / 32_474)).toBeLessThanOrEqual(3),
    );
    rows.forEach((r) => expect(r[6]).toBe((r[3] as number) - (r[4] as number) - (r[5] as number)));
    expect(table?.notes.join(' ')).toContain('Bygger på plassholdere');
    expect(table?.sources.some((s) => s.kind === 'placeholder')).toBe(true);
  });

  it('says so when no year is recorded', () => {
    const table = settlementTable(defaultCase(), { language: 'en', role: 'reader' });
    expect(table?.rows).toEqual([]);
    expect(table?.notes).toEqual(['No annual settlement is recorded yet.']);
  });
});
