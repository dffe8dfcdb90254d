import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { peopleView } from './people-view.ts';
import { redactWorkforce, suppressedInArea } from './redact-workforce.ts';
import type { WorkforceArea, WorkforceUnit } from './workforce-projection.ts';

function unit(id: string, headcount: number): WorkforceUnit {
  return {
    id,
    fte: headcount,
    headcount,
    headcountBasis: 'given',
    ages: { kind: 'range', min: 40, max: 60 },
    belowMinimumGroupSize: headcount < 5,
    targetReductionFte: null,
    years: [],
    fullyCoveredYear: null,
    simulatedCumulativeFte: null,
  };
}

const area = (headcounts: number[]): WorkforceArea => {
  const total = headcounts.reduce((s, h) => s + h, 0);
  return {
    areaId: 'a',
    groups: headcounts.map((h, i) => unit(String(i), h)),
    joint: unit('joint', total),
    warnings: [],
  };
};

describe('suppressedInArea (secondary suppression)', () => {
  it('withholds a second group when one small group could be recovered as joint − the others', () => {
    const hidden = suppressedInArea(area([3, 8, 12]));
    expect(hidden.groups).toContain(0);
    expect(hidden.groups.length).toBeGreaterThanOrEqual(2);
    expect(hidden.joint).toBe(false);
  });

  it('publishes the joint unit when every group is withheld and the joint is 5 or more', () => {
    expect(suppressedInArea(area([2, 4, 3]))).toEqual({ groups: [0, 1, 2], joint: false });
  });

  it('withholds the joint unit when it is small itself', () => {
    expect(suppressedInArea(area([1, 1, 1])).joint).toBe(true);
  });

  it('withholds nothing when every group has 5 or more', () => {
    expect(suppressedInArea(area([5, 7, 9]))).toEqual({ groups: [], joint: false });
  });
});

describe('redactWorkforce at the case boundary', () => {
  const full = peopleView(defaultCase());

  it('gives editors and owners the view as entered', () => {
    expect(redactWorkforce(full, 'editor')).toBe(full);
    expect(redactWorkforce(full, 'owner').suppressed).toEqual([]);
  });

  it.each(['reader', 'public'] as const)('withholds ages and departures of small groups for %s', (role) => {
    const view = redactWorkforce(full, role);
    for (const a of view.workforce.areas) {
      for (const g of a.groups) {
        if (g.belowMinimumGroupSize)
          expect([g.ages, g.years, g.fullyCoveredYear]).toEqual([null, null, null]);
      }
    }
    expect(view.suppressed).toContain('workforce.areas[1].groups[0]');
  });

  it('shows expected retirements per year for payroll and accounting from the age ranges', () => {
    const finance = full.workforce.areas.find((a) => a.areaId === 'lonn-regnskap-fakturering');
    const skaun = finance?.groups.find((g) => g.id === '5029');
    expect(skaun?.years).toHaveLength(10);
    // Ages 59–66: by 2035 (when the youngest is 69) everyone has reached 67 or more, so the high bound is 5 FTE.
    expect(skaun?.years?.[9]?.cumulativeDepartedFte.high).toBeCloseTo(5, 9);
    expect(full.workforce.missing).toContain('people.workforce.earlyRetirementShare');
  });

  it('targets the scenario reduction and says when attrition covers it', () => {
    const finance = full.workforce.areas.find((a) => a.areaId === 'lonn-regnskap-fakturering');
    expect(finance?.joint?.targetReductionFte).toBeGreaterThan(0);
    expect(finance?.joint?.fullyCoveredYear?.high).not.toBeNull();
  });
});
