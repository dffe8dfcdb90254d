import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keySharesInBudgetYear } from './key-reference-date.ts';
import { OperationsError } from './operations-error.ts';
import { allocatePhasedIn, phaseInShares, type PhaseIn } from './phase-in.ts';
import { FORTY_SIXTY, ROROS_OS_HOLTALEN } from './test-municipalities.ts';

describe('phase-in: the Røros/Os/Holtålen 40/60 key over three years', () => {
  // New split: 40 % equal / 60 % by population at 1 January 2026 (5 638 / 1 871 / 2 037):
  // Røros 0.4877017, Os 0.2509323, Holtålen 0.2613660. Old split (a made-up earlier agreement): 50 / 20 / 30 %.
  const newShares = keySharesInBudgetYear(ROROS_OS_HOLTALEN, FORTY_SIXTY, 2026);
  const phaseIn: PhaseIn = { oldShares: [0.5, 0.2, 0.3], newShares, years: 3 };

  it('moves a third of the way each year', () => {
    // Year 1: Røros 0.5 + (0.4877017 − 0.5) / 3 = 0.4959006; Os 0.2 + (0.2509323 − 0.2) / 3 = 0.2169774;
    // Holtålen 0.3 + (0.2613660 − 0.3) / 3 = 0.2871220.
    const year1 = phaseInShares(phaseIn, 1);
    expect(year1[0]).toBeCloseTo(0.4959006, 7);
    expect(year1[1]).toBeCloseTo(0.2169774, 7);
    expect(year1[2]).toBeCloseTo(0.287122, 7);
    // Year 2: two thirds of the way: 0.5 − 2 · 0.0040994 = 0.4918011 for Røros.
    expect(phaseInShares(phaseIn, 2)[0]).toBeCloseTo(0.4918011, 7);
    expect(phaseInShares(phaseIn, 0)).toEqual([0.5, 0.2, 0.3]);
    expect(phaseInShares(phaseIn, 3)).toEqual(newShares.map((s) => expect.closeTo(s, 15)));
    expect(phaseInShares(phaseIn, 7)).toEqual(phaseInShares(phaseIn, 3));
  });

  it('splits 9 mill. kr child welfare in whole kroner each year', () => {
    // Year 1 quotas 4 463 104.965 / 1 952 796.983 / 2 584 098.052: floors leave 2 kr for Os (.983) and Røros (.965).
    expect(allocatePhasedIn(9_000_000, phaseIn, 1)).toEqual([4_463_105, 1_952_797, 2_584_098]);
    // Year 2 quotas 4 426 209.931 / 2 105 593.966 / 2 468 196.103: 2 kr to Os (.966) and Røros (.931).
    expect(allocatePhasedIn(9_000_000, phaseIn, 2)).toEqual([4_426_210, 2_105_594, 2_468_196]);
    // Year 3 = the new key: 4 389 314.896 / 2 258 390.949 / 2 352 294.155: 2 kr to Os (.949) and Røros (.896).
    expect(allocatePhasedIn(9_000_000, phaseIn, 3)).toEqual([4_389_315, 2_258_391, 2_352_294]);
  });

  it('refuses splits that do not sum to 100 % and bad years', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof OperationsError ? [error.code, error.path] : error;
      }
      return undefined;
    };
    expect(codeOf(() => phaseInShares({ ...phaseIn, oldShares: [0.5, 0.2, 0.2] }, 1))).toEqual([
      'shares_do_not_sum',
      ['oldShares'],
    ]);
    expect(codeOf(() => phaseInShares({ ...phaseIn, newShares: [1.5, -0.5, 0] }, 1))).toEqual([
      'shares_do_not_sum',
      ['newShares', 0],
    ]);
    expect(codeOf(() => phaseInShares({ ...phaseIn, newShares: [0.5, 0.5] }, 1))).toEqual([
      'shares_do_not_sum',
      ['newShares'],
    ]);
    expect(codeOf(() => phaseInShares({ ...phaseIn, years: 0 }, 1))).toEqual(['invalid_option', ['years']]);
    expect(codeOf(() => phaseInShares(phaseIn, 1.5))).toEqual(['invalid_option', ['year']]);
  });
});

describe('phase-in: properties', () => {
  const split = fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => ws.map((w) => w / ws.reduce((a, b) => a + b, 0)));

  it('every year sums exactly to the total and each share lies between old and new', () => {
    fc.assert(
      fc.property(
        split,
        split,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 1e10 }),
        (oldShares, newShares, years, year, total) => {
          const phaseIn = { oldShares, newShares, years };
          expect(allocatePhasedIn(total, phaseIn, year).reduce((a, b) => a + b, 0)).toBe(total);
          phaseInShares(phaseIn, year).forEach((share, i) => {
            const [lo, hi] = [oldShares[i] as number, newShares[i] as number].sort((a, b) => a - b);
            expect(share).toBeGreaterThanOrEqual((lo as number) - 1e-12);
            expect(share).toBeLessThanOrEqual((hi as number) + 1e-12);
          });
        },
      ),
    );
  });
});
