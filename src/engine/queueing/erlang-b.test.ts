import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRUNCATION_ERROR,
  erlangB,
  erlangBStart,
  logInverseErlangB,
  nextInverseErlangB,
} from './erlang-b.ts';

/** The reference: the reciprocal recursion walked all the way from B(0) = 1, one step at a time. */
function erlangBFull(agents: number, trafficErlangs: number): number {
  let inverse = 1;
  for (let k = 1; k <= agents; k++) inverse = nextInverseErlangB(inverse, k, trafficErlangs);
  return 1 / inverse;
}

/** The reference for the log: the log-space recursion walked from 0. */
function logInverseErlangBFull(agents: number, trafficErlangs: number): number {
  let logInverse = 0;
  for (let k = 1; k <= agents; k++) {
    const x = Math.log(k / trafficErlangs) + logInverse;
    logInverse = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
  return logInverse;
}

/** Traffic in (0, 2 000], half of the cases near the agents (where the recursion's terms matter most). */
const agentsAndTraffic = fc.oneof(
  fc.tuple(
    fc.integer({ min: 1, max: 2500 }),
    fc.double({ min: 0, max: 2000, minExcluded: true, noNaN: true }),
  ),
  fc
    .tuple(fc.integer({ min: 1, max: 2500 }), fc.double({ min: 0.5, max: 1.5, noNaN: true }))
    .map(([n, share]) => [n, Math.min(2000, Math.max(Number.MIN_VALUE, n * share))] as const),
);

/** |fast − full| ≤ 1e-12·full, and both underflow alike (0 or below 1e-300). */
function expectSameB(fast: number, full: number): void {
  if (full < 1e-300) expect(fast).toBeLessThan(1e-300);
  else expect(Math.abs(fast - full)).toBeLessThanOrEqual(1e-12 * full);
}

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

  it('equals the full recursion from 0 to 1e-12 relative for A in (0, 2 000] and N in [1, 2 500]', () => {
    fc.assert(
      fc.property(agentsAndTraffic, ([n, a]) => {
        expectSameB(erlangB(n, a), erlangBFull(n, a));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the full recursion on a grid around the traffic, where the start k₀ matters', () => {
    for (const a of [80.5, 100, 317.3, 1000, 1600, 1999.99, 2000]) {
      for (const n of [Math.floor(a) - 40, Math.floor(a), Math.ceil(a) + 1, Math.floor(1.25 * a), 2500]) {
        expectSameB(erlangB(n, a), erlangBFull(n, a));
      }
    }
  });
});

describe('erlangBStart', () => {
  it('starts about 9·√A below the traffic, and at 0 below about 80 Erlangs', () => {
    expect(erlangBStart(2000, 1600)).toBe(1238);
    expect(erlangBStart(14, 10)).toBe(0);
    expect(erlangBStart(100, 79)).toBe(0);
    expect(erlangBStart(2000, 0)).toBe(0);
    expect(erlangBStart(0, 500)).toBe(0);
  });

  it('keeps the proved bound (A/d)·exp(−d(d − 1)/(2A)) at or below TRUNCATION_ERROR', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e7, noNaN: true }), (a) => {
        const top = Math.floor(a);
        const start = erlangBStart(top, a);
        if (start === 0) return;
        const d = top - start;
        expect(Math.log(a / d) - (d * (d - 1)) / (2 * a)).toBeLessThanOrEqual(Math.log(TRUNCATION_ERROR));
      }),
    );
  });

  it('never starts above the agents or the traffic', () => {
    fc.assert(
      fc.property(agentsAndTraffic, ([n, a]) => {
        const start = erlangBStart(n, a);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start).toBeLessThanOrEqual(Math.min(n, a));
      }),
    );
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

  it('equals the log-space recursion from 0 to 1e-12 (relative, or absolute below 1)', () => {
    fc.assert(
      fc.property(agentsAndTraffic, ([n, a]) => {
        const full = logInverseErlangBFull(n, a);
        expect(Math.abs(logInverseErlangB(n, a) - full)).toBeLessThanOrEqual(1e-12 * Math.max(1, full));
      }),
      { numRuns: 500 },
    );
  });
});
