import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';

function withPeople(people: unknown) {
  return parseCase({ ...structuredClone(defaultCaseInput), people });
}

describe('people in the case document', () => {
  it('leaves the AFP share, turnover and every switchboard input empty in the default case', () => {
    const { workforce, switchboard, absenceRates } = defaultCase().people;
    expect(workforce.earlyRetirementShare.value).toBeNull();
    expect(workforce.yearlyTurnover.value).toBeNull();
    expect(workforce.earlyRetirementAge.value).toBe(62);
    // The statutory age, but nobody in the case chose it for the projection: a placeholder crediting no one.
    expect(workforce.earlyRetirementAge.provenance).toEqual({
      placeholder: { note: 'AFP i offentlig sektor kan tas ut fra 62 år (KLP; Hovedtariffavtalen, KS).' },
    });
    expect(switchboard.ahtSeconds.value).toBeNull();
    expect(switchboard.municipalities).toEqual([]);
    expect(absenceRates).toEqual([]);
  });

  it('requires a source, a decision or a placeholder for an entered figure', () => {
    const result = withPeople({ workforce: { yearlyTurnover: { value: 0.05 } } });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => i.path)).toContain('people.workforce.yearlyTurnover.provenance');
  });

  it('names an unknown municipality in the switchboard inputs by its path', () => {
    const result = withPeople({ switchboard: { municipalities: [{ municipalityNumber: '0301' }] } });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => i.path)).toContain(
        'people.switchboard.municipalities[0].municipalityNumber',
      );
  });
});
