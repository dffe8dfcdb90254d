import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB, logInverseErlangB, nextInverseErlangB } from './erlang-b.ts';

describe('erlangB', () => {
  it('gives the hand-calculated B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2 and B(0, A) = 1', () => {
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(0, 5)).toBe(1);
    expect(1 / nextInverseErlangB(nextInverseErlangB(1, 1, 1), 2, 1)).toBeCloseTo(0.2, 15);
  });

  it('is 0, not NaN, where it is below the smallest double (1 Erlang on 2 000 agents)', () => {
    expect(erlangB(2000, 1)).toBe(0);
    expect(erlangB(3, 0)).toBe(0);
  });

  it('refuses a fractional number of agents', () => {
    expect(() => erlangB(2.5, 1)).toThrow(RangeError);
  });
});

describe('logInverseErlangB', () => {
  it('matches log(1/B) where B is representable, and stays finite where it is not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0.5, max: 2500, noNaN: true }),
        (n, a) => {
          const b = erlangB(n, a);
          const log = logInverseErlangB(n, a);
          expect(Number.isFinite(log)).toBe(true);
          if (b > 1e-300) expect(log).toBeCloseTo(-Math.log(b), 9);
        },
      ),
    );
    // 1/B(N, 1) = N!·Σ_{k≤N} 1/k! = N!·e to double precision, so log(1/B) = log(2 000!) + 1 = 13 207.524.
    expect(logInverseErlangB(2000, 1)).toBeCloseTo(13207.524, 2);
  });
});
