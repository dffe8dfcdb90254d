import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostKeyError } from './cost-key-error.ts';
import type { KeyInput } from './cost-key.ts';
import { allocateByKey, COST_KEYS, costKeyById, keyShares } from './registry.ts';

// Population 1 January 2025 (SSB table 07459), as in the default case.
const municipalities: KeyInput[] = [
  {
    id: '5027',
    population: [
      { referenceDate: '2024-01-01', value: 6100 },
      { referenceDate: '2025-01-01', value: 6141 },
    ],
    volumes: { payslips: 4000, calls: 1 },
  },
  {
    id: '5028',
    population: [{ referenceDate: '2025-01-01', value: 17812 }],
    volumes: { payslips: 11000, calls: 2 },
  },
  {
    id: '5029',
    population: [{ referenceDate: '2025-01-01', value: 8521 }],
    volumes: { payslips: 5000, calls: 1 },
  },
];

function errorOf(f: () => unknown): [string, readonly (string | number)[]] | undefined {
  try {
    f();
  } catch (error) {
    if (error instanceof CostKeyError) return [error.code, error.path];
    throw error;
  }
  return undefined;
}

describe('the registry', () => {
  it('lists population, volume, equal and hybrid', () => {
    expect(COST_KEYS.map((k) => k.id)).toEqual(['population', 'volume', 'equal', 'hybrid']);
    for (const key of COST_KEYS) expect(key.labelKey).toMatch(/^costKey\./);
  });

  it('refuses an unknown key', () => {
    expect(errorOf(() => costKeyById('income'))).toEqual(['unknown_key', ['keyId']]);
  });
});

describe('population key', () => {
  it('shares by population at the latest common reference date by default', () => {
    // 2025-01-01 is the only date all three have: 6 141 / 17 812 / 8 521.
    expect(allocateByKey(1_100_000, municipalities, { keyId: 'population' })).toEqual([
      208_016, 603_350, 288_634,
    ]);
    expect(costKeyById('population').describe({}, municipalities)).toEqual({
      messageKey: 'costKey.population.description',
      values: { referenceDate: '2025-01-01' },
    });
  });

  it('names the participant without a figure at the chosen date', () => {
    expect(
      errorOf(() =>
        keyShares(municipalities, { keyId: 'population', options: { referenceDate: '2024-01-01' } }),
      ),
    ).toEqual(['missing_population', ['participants', 1, 'population']]);
  });
});

describe('volume key', () => {
  it('shares by the chosen measure', () => {
    // Payslips 4 000 / 11 000 / 5 000 of 20 000: 0.2, 0.55, 0.25.
    expect(
      allocateByKey(1_000_000, municipalities, { keyId: 'volume', options: { measure: 'payslips' } }),
    ).toEqual([200_000, 550_000, 250_000]);
  });

  it('names the missing measure and the missing option', () => {
    expect(
      errorOf(() => keyShares(municipalities, { keyId: 'volume', options: { measure: 'invoices' } })),
    ).toEqual(['missing_volume', ['participants', 0, 'volumes', 'invoices']]);
    expect(errorOf(() => keyShares(municipalities, { keyId: 'volume' }))).toEqual([
      'invalid_option',
      ['options', 'measure'],
    ]);
  });

  it('refuses when every volume is zero', () => {
    const none = municipalities.map((m) => ({ ...m, volumes: { cases: 0 } }));
    expect(errorOf(() => keyShares(none, { keyId: 'volume', options: { measure: 'cases' } }))).toEqual([
      'zero_total_weight',
      ['participants'],
    ]);
  });
});

describe('hybrid key', () => {
  it('splits a fixed part equally and the rest by another key', () => {
    // 40 % equal, 60 % by calls 1 / 2 / 1: 0.4/3 + 0.6 · (0.25, 0.5, 0.25) = 0.28333, 0.43333, 0.28333.
    const shares = keyShares(municipalities, {
      keyId: 'hybrid',
      options: { fixedShare: 0.4, rest: { keyId: 'volume', options: { measure: 'calls' } } },
    });
    expect(shares[0]).toBeCloseTo(0.28333333, 8);
    expect(shares[1]).toBeCloseTo(0.43333333, 8);
    expect(
      allocateByKey(300_000, municipalities, {
        keyId: 'hybrid',
        options: { fixedShare: 0.4, rest: { keyId: 'volume', options: { measure: 'calls' } } },
      }),
    ).toEqual([85_000, 130_000, 85_000]);
  });

  it('is the equal key at fixedShare 1 and the rest key at 0', () => {
    const rest = { keyId: 'population' };
    expect(keyShares(municipalities, { keyId: 'hybrid', options: { fixedShare: 0, rest } })).toEqual(
      keyShares(municipalities, rest).map((s) => expect.closeTo(s, 14)),
    );
    expect(allocateByKey(100, municipalities, { keyId: 'hybrid', options: { fixedShare: 1, rest } })).toEqual(
      [34, 33, 33],
    );
  });

  it('names a bad option', () => {
    expect(
      errorOf(() =>
        keyShares(municipalities, { keyId: 'hybrid', options: { fixedShare: 2, rest: { keyId: 'equal' } } }),
      ),
    ).toEqual(['invalid_option', ['options', 'fixedShare']]);
    expect(
      errorOf(() => keyShares(municipalities, { keyId: 'hybrid', options: { fixedShare: 0.5 } })),
    ).toEqual(['invalid_option', ['options', 'rest']]);
  });
});

describe('properties of every key', () => {
  const participants = fc.array(
    fc.record({
      id: fc.string(),
      population: fc
        .integer({ min: 1, max: 1_000_000 })
        .map((value) => [{ referenceDate: '2025-01-01', value }]),
      volumes: fc.record({ cases: fc.integer({ min: 1, max: 100_000 }) }),
    }),
    { minLength: 1, maxLength: 8 },
  );
  const choices = fc.constantFrom(
    { keyId: 'population' },
    { keyId: 'volume', options: { measure: 'cases' } },
    { keyId: 'equal' },
    { keyId: 'hybrid', options: { fixedShare: 0.3, rest: { keyId: 'population' } } },
  );

  it('shares sum exactly to the total and are non-negative for a non-negative total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), participants, choices, (total, ps, choice) => {
        const shares = allocateByKey(total, ps, choice);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        for (const share of shares) expect(share).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('sum exactly to a negative total (a saving) too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 0 }), participants, choices, (total, ps, choice) => {
        expect(allocateByKey(total, ps, choice).reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('equal key: participants differ by at most 1 krone', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), participants, (total, ps) => {
        const shares = allocateByKey(total, ps, { keyId: 'equal' });
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
