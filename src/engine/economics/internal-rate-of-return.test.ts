import { describe, expect, it } from 'vitest';
import { npvExcel } from './discounting.ts';
import { internalRateOfReturn } from './internal-rate-of-return.ts';

function oneRate(flows: number[]): number {
  const result = internalRateOfReturn(flows);
  if (result.kind !== 'one') throw new Error(`expected one rate, got ${JSON.stringify(result)}`);
  return result.rate;
}

describe('internalRateOfReturn against Excel’s published example', () => {
  // Microsoft Support, «IRR function» (Excel): a business costs 70 000 and earns 12 000, 15 000, 18 000,
  // 21 000 and 26 000 in the next five years. IRR after four years −2.12 %, after five 8.66 %, and after two
  // years −44.35 % (Excel needs the guess −10 % there; the grid search does not).
  const flows = [-70000, 12000, 15000, 18000, 21000, 26000];

  it('after five years: 8.66 %', () => {
    expect(oneRate(flows)).toBeCloseTo(0.0866, 4);
  });

  it('after four years: −2.12 %', () => {
    expect(oneRate(flows.slice(0, 5))).toBeCloseTo(-0.0212, 4);
  });

  it('after two years: −44.35 %', () => {
    expect(oneRate(flows.slice(0, 3))).toBeCloseTo(-0.4435, 4);
  });

  it('makes NPV zero to within rounding (Excel: NPV(IRR(A2:A7), A2:A7) = 1.79E−09)', () => {
    const rate = oneRate(flows);
    expect(Math.abs(npvExcel(rate, flows))).toBeLessThan(1e-6);
  });
});

describe('internalRateOfReturn: none and several', () => {
  it('finds two rates, 25 % and 400 %, for −4 000, +25 000, −25 000 (Brealey, Myers and Allen)', () => {
    // By hand: with x = 1/(1 + r), −4 000 + 25 000x − 25 000x² = 0 ⇔ 25x² − 25x + 4 = 0 ⇔ x = 0.8 or 0.2,
    // so r = 0.25 or 4.
    const result = internalRateOfReturn([-4000, 25000, -25000]);
    expect(result.kind).toBe('several');
    if (result.kind !== 'several') return;
    expect(result.rates).toHaveLength(2);
    expect(result.rates[0]).toBeCloseTo(0.25, 10);
    expect(result.rates[1]).toBeCloseTo(4, 10);
  });

  it('finds 10 % and 20 % for −100, 230, −132 (hand calculation)', () => {
    // −100 + 230x − 132x² = 0 ⇔ x = (230 ± √(52 900 − 52 800)) / 264 = 240/264 or 220/264, r = 0.1 or 0.2.
    const result = internalRateOfReturn([-100, 230, -132]);
    expect(result).toMatchObject({ kind: 'several' });
    if (result.kind === 'several') {
      expect(result.rates[0]).toBeCloseTo(0.1, 10);
      expect(result.rates[1]).toBeCloseTo(0.2, 10);
    }
  });

  it('finds none for +1 000, −3 000, +2 500 (Brealey, Myers and Allen: no rate of return)', () => {
    // 1 000 − 3 000x + 2 500x² has discriminant 9 000 000 − 10 000 000 < 0: NPV is positive at every rate.
    expect(internalRateOfReturn([1000, -3000, 2500])).toEqual({ kind: 'none' });
  });

  it('finds none when the flows never change sign', () => {
    expect(internalRateOfReturn([-100, -50, 0])).toEqual({ kind: 'none' });
    expect(internalRateOfReturn([100, 50])).toEqual({ kind: 'none' });
    expect(internalRateOfReturn([])).toEqual({ kind: 'none' });
  });

  it('finds a rate for a long horizon without overflow', () => {
    // −1 000 then 40 a year for 200 years: close to the perpetuity rate 40/1 000 = 4 %.
    const flows = [-1000, ...Array.from({ length: 200 }, () => 40)];
    expect(oneRate(flows)).toBeCloseTo(0.04, 3);
  });
});
