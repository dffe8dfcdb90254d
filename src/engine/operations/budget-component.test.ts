import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateBudget, chargedFor, type BudgetComponent } from './budget-component.ts';
import { OperationsError } from './operations-error.ts';
import { FORTY_SIXTY, ROROS_OS_HOLTALEN } from './test-municipalities.ts';

const components: BudgetComponent[] = [
  {
    id: 'drift',
    kind: 'mandatory',
    amount: 3_000_000,
    key: FORTY_SIXTY,
    participants: ['5025', '3430', '5026'],
  },
  {
    id: 'prosjekt',
    kind: 'optIn',
    amount: 200_000,
    key: { keyId: 'population' },
    participants: ['5026', '5025'],
  },
  { id: 'lisens-os', kind: 'direct', amount: 50_000, participants: ['3430'] },
  {
    id: 'lonn-salg',
    kind: 'serviceSale',
    amount: 845_000,
    margin: 0.2,
    key: { keyId: 'equal' },
    participants: ['3430', '5026'],
  },
];

function errorOf(f: () => unknown): [string, readonly (string | number)[]] | undefined {
  try {
    f();
  } catch (error) {
    if (error instanceof OperationsError) return [error.code, error.path];
    throw error;
  }
  return undefined;
}

describe('allocateBudget: Røros, Os and Holtålen, budget year 2026', () => {
  const split = allocateBudget({ budgetYear: 2026, municipalities: ROROS_OS_HOLTALEN, components });

  it('shares mandatory operations 40 % equal / 60 % by population at 1 January 2026', () => {
    // Population 5 638 / 1 871 / 2 037 (sum 9 546). Share = 0.4 / 3 + 0.6 · population / 9 546:
    //   Røros    0.133333 + 0.6 · 0.590614 = 0.487702 → 3 000 000 · 0.487702 = 1 463 104.965
    //   Os       0.133333 + 0.6 · 0.195998 = 0.250932 →                          752 796.983
    //   Holtålen 0.133333 + 0.6 · 0.213388 = 0.261366 →                          784 098.052
    // Floors sum to 2 999 998; the 2 kroner left go to .983 (Os) and .965 (Røros).
    expect(split.components[0]).toEqual({
      componentId: 'drift',
      charged: 3_000_000,
      amounts: [1_463_105, 752_797, 784_098],
    });
  });

  it('shares an opt-in project among its participants only', () => {
    // Røros and Holtålen by population: 5 638 / 7 675 · 200 000 = 146 918.567, 2 037 / 7 675 · 200 000 =
    // 53 081.433; 1 krone left goes to Røros (.567). Os takes no part.
    expect(split.components[1]?.amounts).toEqual([146_919, 0, 53_081]);
  });

  it('charges a direct cost 100 % to its municipality', () => {
    expect(split.components[2]?.amounts).toEqual([0, 50_000, 0]);
  });

  it('prices a service sale at the host’s wage cost + 20 %', () => {
    // 845 000 · 1.2 = 1 014 000, bought by Os and Holtålen in equal parts: 507 000 each.
    expect(split.components[3]).toEqual({
      componentId: 'lonn-salg',
      charged: 1_014_000,
      amounts: [0, 507_000, 507_000],
    });
  });

  it('totals per municipality and for the budget', () => {
    // Røros 1 463 105 + 146 919 = 1 610 024; Os 752 797 + 50 000 + 507 000 = 1 309 797;
    // Holtålen 784 098 + 53 081 + 507 000 = 1 344 179; together 4 264 000 = 3 000 000 + 200 000 + 50 000 + 1 014 000.
    expect(split.totals).toEqual([1_610_024, 1_309_797, 1_344_179]);
    expect(split.total).toBe(4_264_000);
    expect(split.municipalities).toEqual(['5025', '3430', '5026']);
  });
});

describe('chargedFor', () => {
  it('rounds the margin to whole kroner, halves away from zero', () => {
    const sale: BudgetComponent = {
      id: 's',
      kind: 'serviceSale',
      amount: 0,
      participants: ['x'],
      margin: 0.2,
    };
    // 12 345 · 0.2 = 2 469; 7 · 0.5 = 3.5 → 4 (−7 → −4 for a refund of the same size).
    expect(chargedFor(sale, 12_345)).toBe(14_814);
    expect(chargedFor({ ...sale, margin: 0.5 }, 7)).toBe(11);
    expect(chargedFor({ ...sale, margin: 0.5 }, -7)).toBe(-11);
    expect(chargedFor({ ...sale, kind: 'mandatory' }, 7)).toBe(7);
  });
});

describe('allocateBudget: refused input names the field', () => {
  const run = (changed: Partial<BudgetComponent>) => () =>
    allocateBudget({
      budgetYear: 2026,
      municipalities: ROROS_OS_HOLTALEN,
      components: [components[0] as BudgetComponent, { ...(components[1] as BudgetComponent), ...changed }],
    });
  it.each([
    [{ amount: -1 }, 'invalid_amount', ['components', 1, 'amount']],
    [{ amount: 10.5 }, 'invalid_amount', ['components', 1, 'amount']],
    [{ participants: [] }, 'no_participants', ['components', 1, 'participants']],
    [{ participants: ['5025', '9999'] }, 'unknown_municipality', ['components', 1, 'participants', 1]],
    [{ participants: ['5025', '5025'] }, 'duplicate_id', ['components', 1, 'participants', 1]],
    [{ kind: 'direct' as const }, 'invalid_option', ['components', 1, 'participants']],
    [{ key: undefined }, 'invalid_key', ['components', 1, 'key']],
    [{ kind: 'serviceSale' as const }, 'invalid_option', ['components', 1, 'margin']],
    [{ margin: 0.2 }, 'invalid_option', ['components', 1, 'margin']],
    [{ id: 'drift' }, 'duplicate_id', ['components', 1]],
    [{ key: { keyId: 'population' }, participants: ['5025'] }, undefined, undefined],
  ])('%o → %s', (changed, code, path) => {
    const result = errorOf(run(changed as Partial<BudgetComponent>));
    expect(result).toEqual(code === undefined ? undefined : [code, path]);
  });

  it('names a missing population figure under the component’s key', () => {
    expect(
      errorOf(() => allocateBudget({ budgetYear: 2027, municipalities: ROROS_OS_HOLTALEN, components })),
    ).toEqual(['invalid_key', ['components', 0, 'key', 'participants', 0, 'population']]);
  });
});

describe('allocateBudget: properties', () => {
  it('every component splits into whole kroner summing exactly to its charge, and totals to the budget', () => {
    const component = fc.record({
      kind: fc.constantFrom('mandatory' as const, 'optIn' as const, 'serviceSale' as const),
      amount: fc.integer({ min: 0, max: 1e10 }),
      margin: fc.double({ min: 0, max: 1, noNaN: true }),
      participants: fc.subarray(['5025', '3430', '5026'], { minLength: 1 }),
      key: fc.constantFrom({ keyId: 'equal' }, { keyId: 'population' }, FORTY_SIXTY),
    });
    fc.assert(
      fc.property(fc.array(component, { maxLength: 6 }), (drawn) => {
        const cs: BudgetComponent[] = drawn.map(({ margin, ...c }, i) => ({
          ...c,
          id: `c${i}`,
          ...(c.kind === 'serviceSale' ? { margin } : {}),
        }));
        const split = allocateBudget({ budgetYear: 2025, municipalities: ROROS_OS_HOLTALEN, components: cs });
        for (const c of split.components) {
          expect(c.amounts.reduce((a, b) => a + b, 0)).toBe(c.charged);
          for (const amount of c.amounts) expect(Number.isInteger(amount) && amount >= 0).toBe(true);
        }
        expect(split.totals.reduce((a, b) => a + b, 0)).toBe(split.total);
      }),
    );
  });
});
