import { describe, expect, it } from 'vitest';
import type { KeyInput } from '../cost-sharing/cost-key.ts';
import { keyAtReferenceDate, keySharesInBudgetYear, percentUnits } from './key-reference-date.ts';
import { OperationsError } from './operations-error.ts';

// Population at 1 January (SSB table 07459, as in src/case/reference/data/municipalities.json).
const trio: KeyInput[] = [
  {
    id: '5027',
    population: [
      { referenceDate: '2025-01-01', value: 6141 },
      { referenceDate: '2026-01-01', value: 6088 },
    ],
  },
  {
    id: '5028',
    population: [
      { referenceDate: '2025-01-01', value: 17812 },
      { referenceDate: '2026-01-01', value: 17828 },
    ],
  },
  {
    id: '5029',
    population: [
      { referenceDate: '2025-01-01', value: 8521 },
      { referenceDate: '2026-01-01', value: 8574 },
    ],
  },
];

// eKommune Sunnmøre's rule: 30 % in equal parts, 70 % by population at 1 January of the budget year.
const eKommuneRule = { keyId: 'hybrid', options: { fixedShare: 0.3, rest: { keyId: 'population' } } };

describe('keys at 1 January of the budget year', () => {
  it('eKommune Sunnmøre: 30 % equal / 70 % by population, to three decimals summing to 100 %', () => {
    // Applied to Midtre Gauldal, Melhus and Skaun for budget year 2026 (populations 6 088, 17 828, 8 574;
    // sum 32 490): share = 0.3 / 3 + 0.7 · population / 32 490
    //   Midtre Gauldal 0.1 + 0.7 · 0.187381 = 0.2311665 → 23 116.651 units of 100 000
    //   Melhus         0.1 + 0.7 · 0.548723 = 0.4841059 → 48 410.588
    //   Skaun          0.1 + 0.7 · 0.263897 = 0.2847276 → 28 472.761
    // Floors 23 116 + 48 410 + 28 472 = 99 998; the 2 units left go to the largest remainders .761 (Skaun)
    // and .651 (Midtre Gauldal): 23,117 % + 48,410 % + 28,473 % = 100,000 %.
    const shares = keySharesInBudgetYear(trio, eKommuneRule, 2026);
    expect(shares[0]).toBeCloseTo(0.2311665, 7);
    expect(shares[1]).toBeCloseTo(0.4841059, 7);
    expect(shares[2]).toBeCloseTo(0.2847276, 7);
    expect(percentUnits(shares)).toEqual([23_117, 48_410, 28_473]);
  });

  it('uses the budget year, not the latest figures', () => {
    // 2025: 6 141 / 17 812 / 8 521 of 32 474 → 0.1 + 0.7 · 0.189105 = 0.2323736 for Midtre Gauldal.
    expect(keySharesInBudgetYear(trio, eKommuneRule, 2025)[0]).toBeCloseTo(0.2323736, 7);
  });

  it('sets the date on nested keys and leaves other options alone', () => {
    expect(keyAtReferenceDate(eKommuneRule, '2027-01-01')).toEqual({
      keyId: 'hybrid',
      options: {
        referenceDate: '2027-01-01',
        fixedShare: 0.3,
        rest: { keyId: 'population', options: { referenceDate: '2027-01-01' } },
      },
    });
  });

  it('names the municipality without a figure at 1 January', () => {
    try {
      keySharesInBudgetYear(trio, eKommuneRule, 2027, ['components', 0, 'key']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OperationsError);
      expect((error as OperationsError).code).toBe('invalid_key');
      expect((error as OperationsError).path).toEqual([
        'components',
        0,
        'key',
        'participants',
        0,
        'population',
      ]);
    }
    expect(() => keySharesInBudgetYear(trio, eKommuneRule, 1800)).toThrow(/invalid_date/);
  });
});
