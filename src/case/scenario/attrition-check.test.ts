import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocumentInput } from '../schema/case-document.ts';
import { analyseDeterministic } from './analyse-scenario.ts';

const LRF = 'lonn-regnskap-fakturering';

/**
 * The default case with every payroll team five persons aged 30 (no retirement within ten years), a yearly
 * turnover of 10 % and a fixed 50 % saving in payroll, so that the departures can be worked out by hand.
 */
function turnoverCase() {
  const input = structuredClone(defaultCase()) as unknown as CaseDocumentInput;
  for (const row of input.baseline) {
    if (row.areaId === LRF && row.scope === 'central') {
      row.headcount = 5;
      row.ages = { kind: 'single', value: 30 };
    }
  }
  const placeholder = { placeholder: {} };
  input.people = {
    ...input.people,
    workforce: {
      earlyRetirementShare: { value: 0, provenance: placeholder },
      ordinaryRetirementShare: { value: 0, provenance: placeholder },
      yearlyTurnover: { value: 0.1, provenance: placeholder },
    },
  };
  const area = input.scenarios?.[0]?.areas[0];
  if (!area) throw new Error('no area');
  area.savingsShare = { ...area.savingsShare, distribution: { kind: 'fixed', value: 0.5 } };
  const parsed = parseCase(input);
  if (!parsed.success) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return parsed.data;
}

describe('savings tied to people: the attrition check (hand calculation)', () => {
  const analysis = analyseDeterministic(turnoverCase(), 'administrative-tjenester');
  const lrf = analysis?.attrition.find((a) => a.areaId === LRF);

  it('compares the FTE the scenario removes with the FTE expected to leave', () => {
    // Today 6.2 + 6.4 + 5.0 = 17.6 FTE. A person stays each year with probability 0.9, so by the end of
    // the k-th projected year (2026 is k = 1) 17.6 · (1 − 0.9^k) FTE have left: by 2030 (k = 5)
    // 17.6 · 0.40951 = 7.207376. The scenario removes 50 % at full effect (2030): 8.8 FTE.
    const y2030 = lrf?.years.find((y) => y.year === 2030);
    expect(y2030?.reductionFte).toBeCloseTo(8.8, 9);
    expect(y2030?.departedFte?.low).toBeCloseTo(7.207376, 6);
    expect(y2030?.departedFte?.high).toBeCloseTo(7.207376, 6);
    // 8.8 − 7.207376 = 1.592624 FTE must go by other means.
    expect(y2030?.beyondAttritionFte?.atLeast).toBeCloseTo(1.592624, 6);
    // 2027 (k = 2): the unit removes a quarter of 8.8 = 2.2 FTE; 17.6 · (1 − 0.81) = 3.344 have left: none beyond.
    expect(lrf?.years.find((y) => y.year === 2027)?.beyondAttritionFte?.atMost).toBe(0);
  });

  it('names the year that needs most beyond attrition', () => {
    // After 2030 the reduction stays 8.8 while departures grow, so 2030 is the worst year.
    expect(lrf?.worst?.year).toBe(2030);
    expect(lrf?.worst?.atLeast).toBeCloseTo(1.592624, 6);
  });

  it('withholds the check where a group is under five persons (ages redacted before anything is derived)', () => {
    const switchboard = analysis?.attrition.find((a) => a.areaId === 'sentralbord');
    expect(switchboard?.agesMissing).toBe(true);
    expect(switchboard?.years.every((y) => y.departedFte === null)).toBe(true);
  });
});
