import { describe, expect, it } from 'vitest';
import { irrVerdict } from './irr-meaning.ts';

describe('irrVerdict', () => {
  it('gives the IRR of an investment: −100 now, 60 and 60 back', () => {
    // Hand calculation: −100 + 60/(1+r) + 60/(1+r)² = 0 ⇒ with x = 1/(1+r): 60x² + 60x − 100 = 0,
    // x = (−60 + √(3600 + 24 000)) / 120 = (−60 + 166.1325) / 120 = 0.884437, r = 1/x − 1 = 0.130662.
    const verdict = irrVerdict([-100, 60, 60]);
    expect(verdict.kind).toBe('meaningful');
    expect(verdict.kind === 'meaningful' && verdict.rate).toBeCloseTo(0.130662, 5);
  });

  it('leading zeros before the outlay do not matter', () => {
    expect(irrVerdict([0, 0, -100, 60, 60])).toEqual(irrVerdict([-100, 60, 60]));
  });

  it('refuses a flow positive first and negative later (a loan, not an investment)', () => {
    // +100 then −60, −60: the arithmetic root is the same 13.07 %, but it is the cost of borrowing:
    // the higher it is, the worse the deal, so it must not be read as a return.
    expect(irrVerdict([100, -60, -60])).toEqual({ kind: 'not_meaningful', reason: 'gain_first' });
  });

  it('refuses a flow with no outlay (gains from the start, nothing invested)', () => {
    expect(irrVerdict([0, 50, 60])).toEqual({ kind: 'not_meaningful', reason: 'no_outlay' });
  });

  it('refuses a flow that changes sign twice', () => {
    // −100, +230, −132: NPV = 0 at both 10 % and 20 % ((1.1)(1.2) = 1.32; 1.1 + 1.2 = 2.3).
    expect(irrVerdict([-100, 230, -132])).toEqual({
      kind: 'not_meaningful',
      reason: 'several_sign_changes',
    });
  });

  it('refuses a flow that never turns positive', () => {
    expect(irrVerdict([-100, -10])).toEqual({ kind: 'not_meaningful', reason: 'never_positive' });
  });
});
