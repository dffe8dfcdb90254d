import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCENARIO } from './example-scenario.ts';
import type { ScenarioInput } from './scenario-input.ts';
import { switchingValue, tornado } from './sensitivity.ts';

// Two municipalities (2 000 and 1 000 inhabitants), one area from 2026 with ramp-up 1 year, four years
// from the base year 2025. Savings s ~ uniform(0.1, 0.3), median 0.2; management ~ uniform(50 000, 150 000),
// median 100 000.
const input: ScenarioInput = {
  baseYear: 2025,
  horizonYears: 4,
  municipalities: [
    { id: 'A', population: [{ referenceDate: '2025-01-01', value: 2000 }] },
    { id: 'B', population: [{ referenceDate: '2025-01-01', value: 1000 }] },
  ],
  uncertainInputs: [
    { id: 'management', distribution: { kind: 'uniform', min: 50_000, max: 150_000 } },
    { id: 'savings', distribution: { kind: 'uniform', min: 0.1, max: 0.3 } },
  ],
  serviceAreas: [
    {
      id: 'lrf',
      participants: ['A', 'B'],
      baseline: [
        { municipality: 'A', labourCost: 1_000_000, fte: 2 },
        { municipality: 'B', labourCost: 500_000, fte: 1 },
      ],
      savingsShare: { inputId: 'savings' },
      startYear: 2026,
      rampUpYears: 1,
      recurringCosts: [
        { id: 'leder', kind: 'management', amount: { inputId: 'management' }, startYear: 2026 },
      ],
      oneOffCosts: [{ id: 'prosjekt', kind: 'projectManagement', amount: 300_000, year: 2025 }],
      costKey: { keyId: 'population' },
      oneOffKey: { keyId: 'equal' },
    },
  ],
  // The grant finances the project cost, so it counts in full: min(100 000, 300 000).
  grants: [
    {
      id: 'grant',
      amount: 100_000,
      year: 2025,
      key: { keyId: 'population' },
      financedCosts: [{ areaId: 'lrf', costId: 'prosjekt' }],
    },
  ],
};

// Hand calculation of total NPV at 4 % with management M = 100 000:
//   2025: −300 000 + 100 000 = −200 000
//   2026: 1 500 000 − (100 000 + 1 500 000 · (1 − s/2)) = −100 000 + 750 000 s
//   2027, 2028: −100 000 + 1 500 000 s
// NPV(s) = −477 509.10 + 3 441 482.70 · s, with 3 441 482.70 = 750 000/1.04 + 1 500 000 · (1/1.04² + 1/1.04³)
// and −477 509.10 = −200 000 − 100 000 · (1/1.04 + 1/1.04² + 1/1.04³). Zero at s = 0.138751.
const SLOPE = 3_441_482.7036868455;
const CONSTANT = -477_509.10332271276;

describe('tornado', () => {
  it('moves each input ±20 % around its median and sorts by swing', () => {
    const result = tornado(input);
    expect(result.baseNpv).toBeCloseTo(CONSTANT + SLOPE * 0.2, -1); // within 5 kr: cash is rounded to kroner
    expect(result.bars.map((b) => b.inputId)).toEqual(['savings', 'management']);
    const [savings, management] = result.bars;
    expect(savings?.low.value).toBeCloseTo(0.16, 12);
    expect(savings?.high.value).toBeCloseTo(0.24, 12);
    // Swing: 0.08 · 3 441 482.70 = 275 318.6; management: 40 000 · (1/1.04 + 1/1.04² + 1/1.04³) = 111 003.6.
    expect(savings?.swing).toBeCloseTo(275_318.6, -1);
    expect(management?.swing).toBeCloseTo(111_003.6, -1);
    expect(management?.high.npv).toBeLessThan(management?.low.npv as number);
    expect(Object.keys(savings?.low.perMunicipality ?? {})).toEqual(['A', 'B']);
  });

  it('uses each input’s P10 and P90 when asked', () => {
    const [savings] = tornado(input, { kind: 'quantiles', low: 0.1, high: 0.9 }).bars;
    // Uniform(0.1, 0.3): P10 = 0.12, P90 = 0.28; swing 0.16 · 3 441 482.70 = 550 637.2.
    expect(savings?.low.value).toBeCloseTo(0.12, 12);
    expect(savings?.high.value).toBeCloseTo(0.28, 12);
    expect(savings?.swing).toBeCloseTo(550_637.2, -1);
  });

  it('ranks the payroll area’s savings first in the example scenario', () => {
    expect(tornado(EXAMPLE_SCENARIO).bars[0]?.inputId).toBe('savings-lrf');
  });
});

describe('switchingValue', () => {
  it('finds the savings share at which total NPV is zero (hand calculation: 0.138751)', () => {
    expect(switchingValue(input, 'savings')).toBeCloseTo(-CONSTANT / SLOPE, 5);
  });

  it('finds it for one municipality', () => {
    const value = switchingValue(input, 'savings', { municipality: 'B' });
    expect(value).not.toBeNull();
    // B pays the same one-off share as A with half the savings, so it needs a larger share to break even.
    expect(value as number).toBeGreaterThan(-CONSTANT / SLOPE);
  });

  it('returns null when NPV does not change sign in the range', () => {
    expect(switchingValue(input, 'savings', { range: [0.2, 0.3] })).toBeNull();
  });

  it('refuses an unknown input', () => {
    expect(() => switchingValue(input, 'nope')).toThrow(/no input/);
  });
});
