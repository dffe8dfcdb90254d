import { describe, expect, it } from 'vitest';
import { simulateDepartures } from './departure-simulation.ts';
import { expectedDepartures } from './expected-departures.ts';
import type { WorkforceGroup } from './person-ages.ts';
import { RETIREMENT_AGES } from './retirement-assumptions.ts';

const assumptions = {
  ...RETIREMENT_AGES,
  earlyRetirementShare: 0.25,
  ordinaryRetirementShare: 0.9,
  yearlyTurnover: 0.05,
};
const groups: WorkforceGroup[] = [
  { id: 'payroll-5027', fte: 6.2, headcount: null, ages: { kind: 'range', min: 30, max: 60 } },
  { id: 'payroll-5028', fte: 6.4, headcount: null, ages: { kind: 'range', min: 47, max: 66 } },
  {
    id: 'payroll-5029',
    fte: 5,
    headcount: null,
    ages: { kind: 'range', min: 59, max: 66 },
    targetReductionFte: 2,
  },
];
const base = { groups, assumptions, firstYear: 2026, years: 12, jointTargetReductionFte: 4 };

describe('simulateDepartures', () => {
  it('gives the same result for the same seed and another for another seed', () => {
    const a = simulateDepartures({ ...base, runs: 500, seed: 7 });
    expect(simulateDepartures({ ...base, runs: 500, seed: 7 })).toEqual(a);
    expect(simulateDepartures({ ...base, runs: 500, seed: 8 })).not.toEqual(a);
  });

  it('centres on the expected departures (within four standard errors)', () => {
    const runs = 20_000;
    const simulated = simulateDepartures({ ...base, runs, seed: 2026 });
    const expected = expectedDepartures(base);
    simulated.joint?.years.forEach((year, i) => {
      const mean = expected.joint?.years[i]?.departures as number;
      // Departures in a year are a sum of 19 Bernoulli draws, so their variance is at most 19/4.
      expect(Math.abs(year.departures.mean - mean)).toBeLessThan(4 * Math.sqrt(19 / 4 / runs));
    });
  });

  it('is certain where nothing is uncertain: one person of 66 retiring at 67 leaves in the first year', () => {
    const sure = simulateDepartures({
      groups: [{ id: 'x', fte: 1, headcount: 1, ages: { kind: 'single', value: 66 } }],
      assumptions: { ...assumptions, ordinaryRetirementShare: 1, yearlyTurnover: 0 },
      firstYear: 2026,
      years: 3,
      runs: 100,
      seed: 1,
    });
    expect(sure.groups[0]?.years.map((y) => y.departures.mean)).toEqual([1, 0, 0]);
  });

  it('raises the probability of having covered the target year by year', () => {
    const simulated = simulateDepartures({ ...base, runs: 2000, seed: 3 });
    const probabilities = simulated.joint?.years.map((y) => y.probabilityFullyCovered as number) ?? [];
    probabilities.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(probabilities[i] as number));
    expect(simulated.joint?.medianFullyCoveredYear).toBe(
      simulated.joint?.years.find((y) => (y.probabilityFullyCovered as number) >= 0.5)?.year,
    );
  });

  it('keeps each group’s draws when another group is added after it', () => {
    const two = simulateDepartures({ ...base, groups: groups.slice(0, 2), runs: 300, seed: 11 });
    const three = simulateDepartures({ ...base, runs: 300, seed: 11 });
    expect(three.groups.slice(0, 2)).toEqual(two.groups);
  });

  it('refuses a run count no caller should pass', () => {
    expect(() => simulateDepartures({ ...base, runs: 0, seed: 1 })).toThrow(RangeError);
  });
});
