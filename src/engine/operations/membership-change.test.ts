import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateBudget, type BudgetInput } from './budget-component.ts';
import { allocateWithMembership, exitDate, membershipSegments } from './membership-change.ts';
import { OperationsError } from './operations-error.ts';
import { GAULDAL_TRIO } from './test-municipalities.ts';

const budget: BudgetInput = {
  budgetYear: 2026,
  municipalities: GAULDAL_TRIO,
  components: [
    {
      id: 'drift',
      kind: 'mandatory',
      amount: 1_200_000,
      key: { keyId: 'population' },
      participants: ['5027', '5028', '5029'],
    },
  ],
};

describe('exitDate: notice under kommuneloven § 20-8', () => {
  it('is one year after the notice unless agreed otherwise', () => {
    expect(exitDate('2025-06-20')).toBe('2026-06-20');
    expect(exitDate('2025-06-20', 6)).toBe('2025-12-20');
    // 31 January + 1 month: February 2026 has 28 days.
    expect(exitDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(exitDate('2023-11-30', 3)).toBe('2024-02-29');
    expect(() => exitDate('2025-06-20', 61)).toThrow(OperationsError);
    expect(() => exitDate('2025-13-01')).toThrow(/invalid_date/);
  });
});

describe('a member leaving after the notice period', () => {
  // Skaun gives notice on 20 June 2025; the exit date is 20 June 2026. It was a member on 1 June, so it pays
  // January–June (6 months); from July the key is recomputed for Midtre Gauldal and Melhus.
  const changes = [{ municipality: '5029', leaves: exitDate('2025-06-20') }];

  it('splits the year into two runs of months', () => {
    expect(membershipSegments(budget, changes)).toEqual([
      { months: 6, members: ['5027', '5028', '5029'] },
      { months: 6, members: ['5027', '5028'] },
    ]);
  });

  it('shares each half by population at 1 January 2026 among those who are members', () => {
    // January–June: 600 000 by 6 088 / 17 828 / 8 574 (32 490) → 112 428.440 / 329 233.610 / 158 337.950;
    // 2 kroner left to .950 (Skaun) and .610 (Melhus) → 112 428 / 329 234 / 158 338.
    // July–December: 600 000 by 6 088 / 17 828 (23 916) → 152 734.571 / 447 265.429; 1 krone to .571 →
    // 152 735 / 447 265.
    // Year: Midtre Gauldal 112 428 + 152 735 = 265 163; Melhus 329 234 + 447 265 = 776 499; Skaun 158 338.
    const split = allocateWithMembership(budget, changes);
    expect(split.totals).toEqual([265_163, 776_499, 158_338]);
    expect(split.total).toBe(1_200_000);
  });
});

describe('a member joining mid-year', () => {
  it('pays pro rata by months from the first month it is a member on the 1st', () => {
    // Midtre Gauldal joins on 1 August 2026: January–July (7 months) is 1 200 000 · 7 / 12 = 700 000 for
    // Melhus and Skaun by 17 828 / 8 574 (26 402) → 472 676.312 / 227 323.688; 1 krone to .688 (Skaun) →
    // 472 676 / 227 324. August–December is 500 000 for all three → 93 690.366 / 274 361.342 / 131 948.292;
    // 1 krone to .366 (Midtre Gauldal) → 93 691 / 274 361 / 131 948.
    const split = allocateWithMembership(budget, [{ municipality: '5027', joins: '2026-08-01' }]);
    expect(split.totals).toEqual([93_691, 472_676 + 274_361, 227_324 + 131_948]);
    // Joining on 15 August: not a member on 1 August, so it pays from September (4 months).
    expect(
      membershipSegments(budget, [{ municipality: '5027', joins: '2026-08-15' }]).map((s) => s.months),
    ).toEqual([8, 4]);
  });

  it('refuses a component left with nobody, an unknown municipality and a bad date', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof OperationsError ? [error.code, error.path] : error;
      }
      return undefined;
    };
    const onlySkaun: BudgetInput = {
      ...budget,
      components: [{ id: 'p', kind: 'direct', amount: 1000, participants: ['5029'] }],
    };
    expect(
      codeOf(() => allocateWithMembership(onlySkaun, [{ municipality: '5029', leaves: '2026-03-01' }])),
    ).toEqual(['no_participants', ['budget', 'components', 0, 'participants']]);
    expect(
      codeOf(() => allocateWithMembership(budget, [{ municipality: '0301', leaves: '2026-03-01' }])),
    ).toEqual(['unknown_municipality', ['changes', 0, 'municipality']]);
    expect(
      codeOf(() => allocateWithMembership(budget, [{ municipality: '5028', joins: '2026-02-29' }])),
    ).toEqual(['invalid_date', ['changes', 0, 'joins']]);
  });
});

describe('membership changes: properties', () => {
  it('each component still sums exactly to its charge, and equals the plain budget with no change', () => {
    const date = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}-01`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), date, (amount, leaves) => {
        const b = { ...budget, components: budget.components.map((c) => ({ ...c, amount })) };
        const split = allocateWithMembership(b, [{ municipality: '5028', leaves }]);
        expect(split.components[0]!.amounts.reduce((x, y) => x + y, 0)).toBe(amount);
        expect(allocateWithMembership(b, []).totals).toEqual(allocateBudget(b).totals);
        expect(allocateWithMembership(b, []).totals).toEqual(
          allocateWithMembership(b, [{ municipality: '5028', joins: '2025-12-31' }]).totals,
        );
      }),
    );
  });
});
