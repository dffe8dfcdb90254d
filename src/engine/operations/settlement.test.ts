import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetComponent, BudgetInput } from './budget-component.ts';
import { OperationsError } from './operations-error.ts';
import { settleActual, settleLedger, settleYears, type SettlementInput } from './settlement.ts';
import { GAULDAL_TRIO } from './test-municipalities.ts';

// An administrative unit of Midtre Gauldal, Melhus and Skaun: operations by population, and an opt-in
// project for Melhus and Skaun in equal parts.
const components: BudgetComponent[] = [
  {
    id: 'drift',
    kind: 'mandatory',
    amount: 6_000_000,
    key: { keyId: 'population' },
    participants: ['5027', '5028', '5029'],
  },
  { id: 'prosjekt', kind: 'optIn', amount: 300_000, key: { keyId: 'equal' }, participants: ['5028', '5029'] },
];
const budget = (budgetYear: number): BudgetInput => ({
  budgetYear,
  municipalities: GAULDAL_TRIO,
  components,
});

// 2025 budget, paid on account in full: operations 6 000 000 by 6 141 / 17 812 / 8 521 (sum 32 474) →
// 1 134 630.782 / 3 291 002.032 / 1 574 367.186, 1 krone left to .782 → 1 134 631 / 3 291 002 / 1 574 367;
// project 150 000 each to Melhus and Skaun. Paid: 1 134 631 / 3 441 002 / 1 724 367 (6 300 000).
const paid2025 = [
  { municipality: '5027', amount: 1_134_631 },
  { municipality: '5028', amount: 3_441_002 },
  { municipality: '5029', amount: 1_724_367 },
];
// 2026 budget: 6 000 000 by 6 088 / 17 828 / 8 574 (sum 32 490) → 1 124 284.395 / 3 292 336.103 /
// 1 583 379.501, 1 krone left to .501 → 1 124 284 / 3 292 336 / 1 583 380; with the project 6 300 000.
const paid2026 = [
  { municipality: '5027', amount: 1_124_284 },
  { municipality: '5028', amount: 3_442_336 },
  { municipality: '5029', amount: 1_733_380 },
];

const year2025: Omit<SettlementInput, 'fundOpening'> = {
  budget: budget(2025),
  actualPerComponent: [5_800_000, 300_000],
  paidOnAccount: paid2025,
  policy: 'to-fund',
};
const year2026: Omit<SettlementInput, 'fundOpening'> = {
  budget: budget(2026),
  actualPerComponent: [6_450_000, 280_000],
  paidOnAccount: paid2026,
  policy: 'to-fund',
};

describe('settlement: a surplus to the fund, then a deficit partly covered by it', () => {
  const [first, second] = settleYears([year2025, year2026], 0);

  it('2025: operations came in 200 000 under budget; the surplus goes to the fund', () => {
    // Actual operations 5 800 000 by population 2025 → 1 096 809.755 / 3 181 301.965 / 1 521 888.280; the
    // 2 kroner left go to .965 (Melhus) and .755 (Midtre Gauldal) → 1 096 810 / 3 181 302 / 1 521 888.
    // With the project (150 000 each to Melhus and Skaun) the shares of actual are 1 096 810 / 3 331 302 / 1 671 888.
    expect(first?.shareOfActual).toEqual([1_096_810, 3_331_302, 1_671_888]);
    // Minus paid: −37 821 / −109 700 / −52 479, a net surplus of 200 000.
    expect(first?.resultBeforeFund).toEqual([-37_821, -109_700, -52_479]);
    // Every member is in surplus, so each surplus goes to the fund whole and nobody is refunded.
    expect(first?.fromFund).toEqual([-37_821, -109_700, -52_479]);
    expect(first?.balance).toEqual([0, 0, 0]);
    expect(first?.fund).toEqual({ opening: 0, paidIn: 200_000, paidOut: 0, closing: 200_000 });
  });

  it('2026: operations 450 000 over and the project 20 000 under; the fund covers 200 000, the rest is invoiced', () => {
    // Actual operations 6 450 000 by population 2026 → 1 208 605.725 / 3 539 261.311 / 1 702 132.964; 2 kroner
    // left to .964 (Skaun) and .725 (Midtre Gauldal) → 1 208 606 / 3 539 261 / 1 702 133; project 140 000 each.
    expect(second?.shareOfActual).toEqual([1_208_606, 3_679_261, 1_842_133]);
    // Minus paid: 84 322 / 236 925 / 108 753, a net deficit of 430 000.
    expect(second?.resultBeforeFund).toEqual([84_322, 236_925, 108_753]);
    // The fund's 200 000 covers in proportion to each deficit: 39 219.535 / 110 197.674 / 50 582.791; the
    // 2 kroner left go to .791 (Skaun) and .674 (Melhus) → 39 219 / 110 198 / 50 583.
    expect(second?.fromFund).toEqual([39_219, 110_198, 50_583]);
    // Invoiced: 84 322 − 39 219 = 45 103; 236 925 − 110 198 = 126 727; 108 753 − 50 583 = 58 170 (230 000).
    expect(second?.balance).toEqual([45_103, 126_727, 58_170]);
    expect(second?.fund).toEqual({ opening: 200_000, paidIn: 0, paidOut: 200_000, closing: 0 });
  });

  it('to-members: the 2025 surplus is refunded and the fund is left alone', () => {
    const settled = settleActual({ ...year2025, policy: 'to-members', fundOpening: 50_000 });
    expect(settled.balance).toEqual([-37_821, -109_700, -52_479]);
    expect(settled.fund).toEqual({ opening: 50_000, paidIn: 0, paidOut: 0, closing: 50_000 });
  });

  it('a deficit with an empty fund is invoiced whole', () => {
    const settled = settleActual({ ...year2026, fundOpening: 0 });
    expect(settled.balance).toEqual([84_322, 236_925, 108_753]);
  });
});

describe('settlement with a member leaving mid-year', () => {
  it('settles Skaun’s months with all three and the rest of the year without it', () => {
    // Skaun leaves on 1 July 2026 (notice given 1 July 2025): it pays January–June. Operations 6 450 000
    // split 6 / 6 months: 3 225 000 each.
    // January–June by 6 088 / 17 828 / 8 574 → 604 302.862 / 1 769 630.656 / 851 066.482; 2 kroner to .862
    // (Midtre Gauldal) and .656 (Melhus) → 604 303 / 1 769 631 / 851 066.
    // July–December by 6 088 / 17 828 → 820 948.319 / 2 404 051.681; 1 krone to .681 → 820 948 / 2 404 052.
    // Project 280 000: 140 000 for January–June, 70 000 each to Melhus and Skaun; 140 000 after, all Melhus.
    // Shares: Midtre Gauldal 604 303 + 820 948 = 1 425 251; Melhus 1 769 631 + 2 404 052 + 70 000 + 140 000 =
    // 4 383 683; Skaun 851 066 + 70 000 = 921 066 (together 6 730 000).
    const settled = settleActual({
      ...year2026,
      policy: 'to-members',
      fundOpening: 0,
      changes: [{ municipality: '5029', leaves: '2026-07-01' }],
    });
    expect(settled.shareOfActual).toEqual([1_425_251, 4_383_683, 921_066]);
    // Skaun paid 1 733 380 on account for the whole year: 921 066 − 1 733 380 = −812 314 is refunded.
    expect(settled.balance[2]).toBe(-812_314);
  });
});

describe('settlement from the host’s ledger', () => {
  const ledger = [
    { account: '10100', responsibility: '1200', function: '1200', amount: 4_000_000.4 },
    { account: '11000', responsibility: '1210', function: '1200', amount: 1_849_999.35 },
    { account: '16000', responsibility: '1200', function: '1200', amount: -50_000 },
    { account: '11500', responsibility: '1200', function: '1200', project: 'P100', amount: 300_000 },
    { account: '10100', responsibility: '3000', function: '2220', amount: 1_234.56 },
  ];
  const mapping = [
    { component: 'prosjekt', project: 'P100' },
    { component: 'drift', responsibility: '12*' },
  ];

  it('maps lines to components, settles, and reports what no rule took', () => {
    // Operations: 4 000 000.40 + 1 849 999.35 − 50 000 = 5 799 999.75 → 5 800 000; the project line matches
    // the first rule although its responsibility also starts 12. The last line (responsibility 3000) is unmapped.
    const settled = settleLedger({
      budget: budget(2025),
      ledger,
      mapping,
      paidOnAccount: paid2025,
      policy: 'to-members',
      fundOpening: 0,
    });
    expect(settled.components.map((c) => c.charged)).toEqual([5_800_000, 300_000]);
    expect(settled.balance).toEqual([-37_821, -109_700, -52_479]);
    expect(settled.unmapped).toEqual({ lines: 1, amount: 1_235, firstLines: [4] });
  });

  it('names the bad line, rule or field', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof OperationsError ? [error.code, error.path] : error;
      }
      return undefined;
    };
    const base = {
      budget: budget(2025),
      ledger,
      mapping,
      paidOnAccount: paid2025,
      policy: 'to-fund' as const,
      fundOpening: 0,
    };
    const badLine = [...ledger, { account: '1', responsibility: '1', function: '1', amount: Number.NaN }];
    expect(codeOf(() => settleLedger({ ...base, ledger: badLine }))).toEqual([
      'invalid_amount',
      ['ledger', 5, 'amount'],
    ]);
    const noAccount = [
      { responsibility: '1', function: '1', amount: 1 } as unknown as (typeof ledger)[number],
    ];
    expect(codeOf(() => settleLedger({ ...base, ledger: noAccount }))).toEqual([
      'invalid_field',
      ['ledger', 0, 'account'],
    ]);
    expect(codeOf(() => settleLedger({ ...base, mapping: [{ component: 'kantine' }] }))).toEqual([
      'unknown_component',
      ['mapping', 0, 'component'],
    ]);
    expect(codeOf(() => settleLedger({ ...base, fundOpening: -1 }))).toEqual([
      'invalid_amount',
      ['fundOpening'],
    ]);
    const unknownPolicy = { ...base, policy: 'to-owner' as unknown as 'to-fund' };
    expect(codeOf(() => settleLedger(unknownPolicy))).toEqual(['invalid_option', ['policy']]);
    expect(
      codeOf(() => settleLedger({ ...base, paidOnAccount: [{ municipality: '0301', amount: 1 }] })),
    ).toEqual(['unknown_municipality', ['paidOnAccount', 0, 'municipality']]);
    const noPopulation = { ...budget(2027) };
    expect(codeOf(() => settleLedger({ ...base, budget: noPopulation }))).toEqual([
      'invalid_key',
      ['budget', 'components', 0, 'key', 'participants', 0, 'population'],
    ]);
  });
});

describe('settlement: properties', () => {
  const amount = fc.integer({ min: -1e9, max: 1e10 });
  const paid = fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 3, maxLength: 3 });
  it('result + paid = share of actual; the fund never goes below 0; balances add up', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        paid,
        fc.constantFrom('to-fund' as const, 'to-members' as const),
        fc.integer({ min: 0, max: 1e10 }),
        (drift, project, paidAmounts, policy, fundOpening) => {
          const s = settleActual({
            budget: budget(2026),
            actualPerComponent: [drift, project],
            paidOnAccount: paidAmounts.map((a, i) => ({ municipality: GAULDAL_TRIO[i]!.id, amount: a })),
            policy,
            fundOpening,
          });
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          s.shareOfActual.forEach((share, i) => expect(s.resultBeforeFund[i]! + s.paid[i]!).toBe(share));
          s.components.forEach((c) => expect(sum(c.amounts)).toBe(c.charged));
          expect(sum(s.shareOfActual)).toBe(drift + project);
          expect(s.fund.closing).toBe(s.fund.opening + s.fund.paidIn - s.fund.paidOut);
          expect(s.fund.closing).toBeGreaterThanOrEqual(0);
          expect(sum(s.balance)).toBe(sum(s.resultBeforeFund) - s.fund.paidOut + s.fund.paidIn);
          if (policy === 'to-fund' && sum(s.resultBeforeFund) <= 0) expect(sum(s.balance)).toBe(0);
          if (policy === 'to-members') expect(s.balance).toEqual(s.resultBeforeFund);
        },
      ),
    );
  });
});
