import { describe, expect, it } from 'vitest';
import { expectedDepartures } from './expected-departures.ts';
import type { WorkforceGroup } from './person-ages.ts';
import { RETIREMENT_AGES } from './retirement-assumptions.ts';

const everybodyAt67 = {
  ...RETIREMENT_AGES,
  earlyRetirementShare: 0,
  ordinaryRetirementShare: 1,
  yearlyTurnover: 0,
};
const skaun: WorkforceGroup = {
  id: 'payroll-5029',
  fte: 5,
  headcount: null,
  ages: { kind: 'range', min: 59, max: 66 },
};
const melhus: WorkforceGroup = {
  id: 'payroll-5028',
  fte: 6.4,
  headcount: null,
  ages: { kind: 'range', min: 47, max: 66 },
};
const midtreGauldal: WorkforceGroup = {
  id: 'payroll-5027',
  fte: 6.2,
  headcount: null,
  ages: { kind: 'range', min: 30, max: 60 },
};

describe('Skaun’s payroll, everybody retiring at 67 (hand calculation)', () => {
  // Five persons: one 59, one 66, three uniform over 59–66. The one of 66 leaves in 2026, the one of 59 in
  // 2033, and each of the three in 2026–2033 with probability 1/8 a year: 1 + 3/8 = 1.375 in 2026 and
  // 2033, 3/8 = 0.375 in each year between, 5 in all.
  const projection = expectedDepartures({
    groups: [{ ...skaun, targetReductionFte: 2 }],
    assumptions: everybodyAt67,
    firstYear: 2026,
    years: 10,
  });
  const group = projection.groups[0];

  it('expects 1.375, six times 0.375, 1.375, then nobody', () => {
    expect(group?.years.map((y) => y.departures)).toEqual(
      [1.375, 0.375, 0.375, 0.375, 0.375, 0.375, 0.375, 1.375, 0, 0].map((x) => expect.closeTo(x, 12)),
    );
    expect(group?.years.map((y) => y.retirements)).toEqual(group?.years.map((y) => y.departures));
  });

  it('covers a 2 FTE reduction in 2028 (1.375 + 0.375 + 0.375 = 2.125) and then needs recruitment', () => {
    expect(group?.fullyCoveredYear).toBe(2028);
    expect(group?.years[1]?.coveredShare).toBeCloseTo(1.75 / 2, 12);
    expect(group?.years[2]?.recruitmentNeedFte).toBeCloseTo(0.125, 12);
    expect(group?.years[9]?.recruitmentNeedFte).toBeCloseTo(3, 12);
  });

  it('says the headcount is a lower bound from the FTE', () => {
    expect(group?.headcountBasis).toBe('fte-lower-bound');
    expect(projection.warnings).toEqual([
      { code: 'headcount-derived-from-fte', headcount: 5, fte: 5, path: ['groups', 0] },
    ]);
  });
});

describe('the joint unit', () => {
  const projection = expectedDepartures({
    groups: [midtreGauldal, melhus, skaun],
    assumptions: { ...everybodyAt67, earlyRetirementShare: 0.25, yearlyTurnover: 0.05 },
    firstYear: 2026,
    years: 15,
    jointTargetReductionFte: 3,
  });

  it('is the sum of the groups, year by year', () => {
    projection.joint?.years.forEach((y, i) => {
      const sum = projection.groups.reduce((s, g) => s + (g.years[i]?.departedFte as number), 0);
      expect(y.departedFte).toBeCloseTo(sum, 12);
    });
    expect(projection.joint?.fte).toBeCloseTo(17.6, 12);
    expect(projection.joint?.headcount).toBe(7 + 7 + 5);
  });

  it('never lets more leave than there are, and covers the target within the horizon', () => {
    const last = projection.joint?.years.at(-1)?.cumulativeDepartedFte as number;
    expect(last).toBeLessThanOrEqual(17.6 + 1e-9);
    expect(projection.joint?.fullyCoveredYear).not.toBeNull();
  });

  it('marks groups that may be under 5 persons, whose projection would reveal ages', () => {
    const switchboard = expectedDepartures({
      groups: [{ id: 'switchboard-5029', fte: 0.8, headcount: null, ages: { kind: 'single', value: 40 } }],
      assumptions: everybodyAt67,
      firstYear: 2026,
      years: 5,
    });
    expect(switchboard.groups[0]?.belowMinimumGroupSize).toBe(true);
    expect(projection.groups.every((g) => !g.belowMinimumGroupSize)).toBe(true);
  });

  it('is left out, with the missing input named, while a group lacks its ages', () => {
    const partial = expectedDepartures({
      groups: [skaun, { id: 'x', fte: 2, headcount: null, ages: null }],
      assumptions: everybodyAt67,
      firstYear: 2026,
      years: 5,
    });
    expect(partial.joint).toBeNull();
    expect(partial.missing).toEqual([{ code: 'missing-input', path: ['groups', 1, 'ages'] }]);
  });
});
