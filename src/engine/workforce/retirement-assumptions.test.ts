import { describe, expect, it } from 'vitest';
import {
  RETIREMENT_AGES,
  RETIREMENT_AGE_SOURCES,
  checkAssumptions,
  departureProbabilities,
  retirementProbability,
} from './retirement-assumptions.ts';

const assumptions = {
  ...RETIREMENT_AGES,
  earlyRetirementShare: 0.3,
  ordinaryRetirementShare: 1,
  yearlyTurnover: 0.1,
};

describe('the default ages', () => {
  it('are AFP from 62, retirement at 67 and the limit at 72, each with a source', () => {
    expect(RETIREMENT_AGES).toEqual({ earlyRetirementAge: 62, ordinaryRetirementAge: 67, upperAgeLimit: 72 });
    expect(RETIREMENT_AGE_SOURCES.upperAgeLimit).toContain('§ 15-13 a');
  });
});

describe('retirementProbability', () => {
  it('applies the AFP share at 62, the ordinary share at 67 and everybody at 72', () => {
    expect(retirementProbability(62, 61, assumptions)).toBe(0.3);
    expect(retirementProbability(67, 61, assumptions)).toBe(1);
    expect(retirementProbability(72, 70, { ...assumptions, ordinaryRetirementShare: 0.5 })).toBe(1);
    expect(retirementProbability(64, 61, assumptions)).toBe(0);
  });

  it('does not apply an age the person had already passed at the start', () => {
    // Someone 68 today chose not to go at 67; with half staying on at 67, the next exit is the limit at 72.
    const stayOn = { ...assumptions, ordinaryRetirementShare: 0.5, yearlyTurnover: 0 };
    expect(departureProbabilities([68], 5, stayOn).map((d) => d.retirement)).toEqual([0, 0, 0, 1, 0]);
  });
});

describe('departureProbabilities (hand calculation)', () => {
  it('gives a person of 61 with 30 % AFP, retirement at 67 and 10 % turnover these chances', () => {
    // Year 1 (turns 62): retire 0.3, leave 0.7 × 0.1 = 0.07, 0.63 left. Years 2–5: 10 % of those left
    // leave (0.063, 0.0567, 0.05103, 0.045927). Year 6 (turns 67): the remaining 0.413343 retire.
    const years = departureProbabilities([61], 7, assumptions);
    const expected = [
      [0.3, 0.07],
      [0, 0.063],
      [0, 0.0567],
      [0, 0.05103],
      [0, 0.045927],
      [0.413343, 0],
      [0, 0],
    ];
    years.forEach((d, i) => {
      expect(d.retirement).toBeCloseTo(expected[i]?.[0] as number, 12);
      expect(d.turnover).toBeCloseTo(expected[i]?.[1] as number, 12);
    });
    expect(years.reduce((s, d) => s + d.retirement + d.turnover, 0)).toBeCloseTo(1, 12);
  });

  it('averages over equally likely ages', () => {
    const none = { ...assumptions, earlyRetirementShare: 0, yearlyTurnover: 0 };
    expect(departureProbabilities([65, 66], 2, none)).toEqual([
      { retirement: 0.5, turnover: 0 },
      { retirement: 0.5, turnover: 0 },
    ]);
  });
});

describe('checkAssumptions', () => {
  it('refuses shares outside [0, 1] and ages out of order', () => {
    expect(() => checkAssumptions({ ...assumptions, yearlyTurnover: 1.2 })).toThrow(RangeError);
    expect(() => checkAssumptions({ ...assumptions, earlyRetirementAge: 68 })).toThrow(RangeError);
  });
});
