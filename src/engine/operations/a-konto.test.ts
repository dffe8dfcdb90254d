import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aKontoInvoices, budgetPerPeriod, type PaymentPeriod } from './a-konto.ts';
import { OperationsError } from './operations-error.ts';

const quarters: PaymentPeriod[] = [
  { id: '2026-K1', dueDate: '2026-01-20' },
  { id: '2026-K2', dueDate: '2026-04-20' },
  { id: '2026-K3', dueDate: '2026-07-20' },
  { id: '2026-K4', dueDate: '2026-10-20' },
];
const months: PaymentPeriod[] = Array.from({ length: 12 }, (_, m) => ({
  id: `2026-${String(m + 1).padStart(2, '0')}`,
  dueDate: `2026-${String(m + 1).padStart(2, '0')}-20`,
}));

describe('a-konto invoices: the Røros/Os/Holtålen budget of 4 264 000 kr, quarterly', () => {
  // Yearly shares from budget-component.test.ts: 1 610 024 / 1 309 797 / 1 344 179.
  const shares = [
    { municipality: '5025', amount: 1_610_024 },
    { municipality: '3430', amount: 1_309_797 },
    { municipality: '5026', amount: 1_344_179 },
  ];
  const plan = aKontoInvoices(shares, quarters);
  const of = (municipality: string) =>
    plan.lines.filter((l) => l.municipality === municipality).map((l) => l.amount);

  it('splits each share into quarters that sum exactly to it', () => {
    // Røros 1 610 024 / 4 = 402 506 exactly.
    expect(of('5025')).toEqual([402_506, 402_506, 402_506, 402_506]);
    // Os 1 309 797 = 4 · 327 449 + 1: the pointer is at K1 (Røros left nothing), so K1 gets the krone.
    expect(of('3430')).toEqual([327_450, 327_449, 327_449, 327_449]);
    // Holtålen 1 344 179 = 4 · 336 044 + 3: the pointer moved to K2, so K2, K3 and K4 get a krone each.
    expect(of('5026')).toEqual([336_044, 336_045, 336_045, 336_045]);
  });

  it('period totals are the budget split over the quarters', () => {
    // 4 264 000 / 4 = 1 066 000 in every quarter: 402 506 + 327 450 + 336 044 = 1 066 000, and so on.
    expect(plan.periodTotals).toEqual([1_066_000, 1_066_000, 1_066_000, 1_066_000]);
    expect(plan.lines[0]).toEqual({
      municipality: '5025',
      period: '2026-K1',
      dueDate: '2026-01-20',
      amount: 402_506,
    });
  });

  it('monthly: leftover kroner go round the year', () => {
    // 100 kr and 101 kr over 12 months: 100 = 12 · 8 + 4 → months 1–4 get 9; 101 = 12 · 8 + 5 → months 5–9 get 9.
    // The budget 201 = 12 · 16 + 9: the first 9 months get 17, the rest 16.
    const monthly = aKontoInvoices(
      [
        { municipality: 'a', amount: 100 },
        { municipality: 'b', amount: 101 },
      ],
      months,
    );
    expect(monthly.lines.slice(0, 12).map((l) => l.amount)).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
    expect(monthly.lines.slice(12).map((l) => l.amount)).toEqual([8, 8, 8, 8, 9, 9, 9, 9, 9, 8, 8, 8]);
    expect(monthly.periodTotals).toEqual(budgetPerPeriod(201, 12));
    expect(monthly.periodTotals).toEqual([17, 17, 17, 17, 17, 17, 17, 17, 17, 16, 16, 16]);
  });

  it('refuses bad input naming the field', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof OperationsError ? [error.code, error.path] : error;
      }
      return undefined;
    };
    expect(codeOf(() => aKontoInvoices([{ municipality: 'a', amount: -5 }], quarters))).toEqual([
      'invalid_amount',
      ['yearlyShares', 0, 'amount'],
    ]);
    expect(codeOf(() => aKontoInvoices(shares, []))).toEqual(['no_participants', ['periods']]);
    expect(codeOf(() => aKontoInvoices([], quarters))).toEqual(['no_participants', ['yearlyShares']]);
    expect(codeOf(() => aKontoInvoices(shares, [{ id: 'x', dueDate: '2026-02-30' }]))).toEqual([
      'invalid_date',
      ['periods', 0, 'dueDate'],
    ]);
    expect(codeOf(() => aKontoInvoices(shares, [quarters[1]!, quarters[0]!]))).toEqual([
      'invalid_date',
      ['periods', 1, 'dueDate'],
    ]);
    expect(codeOf(() => aKontoInvoices(shares, [quarters[0]!, quarters[0]!]))).toEqual([
      'duplicate_id',
      ['periods', 1],
    ]);
  });
});

describe('a-konto: properties', () => {
  it('rows sum to each share, columns to the budget’s split, each payment within 1 kr of share / n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 24 }),
        (amounts, n) => {
          const periods = Array.from({ length: n }, (_, j) => ({ id: `p${j}`, dueDate: '2026-01-01' }));
          const shares = amounts.map((amount, i) => ({ municipality: `m${i}`, amount }));
          const plan = aKontoInvoices(shares, periods);
          amounts.forEach((amount, i) => {
            const row = plan.lines.slice(i * n, (i + 1) * n).map((l) => l.amount);
            expect(row.reduce((a, b) => a + b, 0)).toBe(amount);
            for (const paid of row) expect(Math.abs(paid - amount / n)).toBeLessThan(1);
          });
          const columns = periods.map((_, j) =>
            plan.lines.filter((_, k) => k % n === j).reduce((a, l) => a + l.amount, 0),
          );
          expect(columns).toEqual(plan.periodTotals);
          expect(plan.periodTotals).toEqual(
            budgetPerPeriod(
              amounts.reduce((a, b) => a + b, 0),
              n,
            ),
          );
        },
      ),
    );
  });
});
