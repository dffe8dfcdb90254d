import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../../default-case/default-case.ts';
import { parseCase } from '../../parse-case.ts';
import { benefitsTable } from './benefits-table.ts';

const source = { source: { document: 'saksframlegg-bik2030', locator: 'Test' } };

describe('benefits export table', () => {
  it('has one row per plan for the default case, owners «Ikke satt» and targets named as placeholders', () => {
    const table = benefitsTable(defaultCase(), { language: 'nb', role: 'reader' });
    expect(table?.rows).toHaveLength(6);
    const payroll = table?.rows.find((r) => r[1] === 'Effektiv drift – lønn, regnskap og fakturering');
    // Baseline 17,6 FTE from the study on 1 January 2025; no target, no owner.
    expect(payroll).toEqual([
      'Felles enhet for administrative tjenester',
      'Effektiv drift – lønn, regnskap og fakturering',
      'Årsverk i enheten',
      'Nullpunkt og mål',
      '2025-01-01',
      17.6,
      null,
      null,
      'Mål ikke satt',
      'Ikke satt',
      'Utredningens tall',
    ]);
    expect(table?.notes[0]).toContain('Bygger på plassholdere');
    expect(table?.sources.some((s) => s.kind === 'placeholder')).toBe(true);
  });

  it('adds a row per measurement under its plan', () => {
    const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
    const plans = (input['operations'] as { benefitPlans: Record<string, unknown>[] }).benefitPlans;
    Object.assign(plans[1] ?? {}, {
      baseline: { date: '2025-01-01', value: 10, provenance: source },
      target: { value: 8, date: '2029-01-01', provenance: source },
      measurements: [{ date: '2027-01-01', value: 9.4, provenance: source }],
    });
    const parsed = parseCase(input);
    if (!parsed.success) throw new Error('invalid');
    const table = benefitsTable(parsed.data, { language: 'en', role: 'reader' });
    expect(table?.rows).toHaveLength(7);
    expect(table?.rows[1]?.slice(3, 9)).toEqual([
      'Baseline and target',
      '2025-01-01',
      10,
      8,
      '2029-01-01',
      'Behind plan',
    ]);
    expect(table?.rows[2]?.slice(3, 6)).toEqual(['Measurement', '2027-01-01', 9.4]);
  });
});
