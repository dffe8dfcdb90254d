import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINIMUM_GROUP_SIZE, mustSuppressTraits, smallestPossibleGroup } from './small-groups.ts';

describe('smallestPossibleGroup', () => {
  it('is the headcount where known', () => {
    expect(smallestPossibleGroup({ headcount: 4, fte: null })).toBe(4);
    // A known headcount wins over what the FTE suggests.
    expect(smallestPossibleGroup({ headcount: 4, fte: 6.4 })).toBe(4);
  });

  it('is the FTE rounded up otherwise, since nobody works more than one FTE', () => {
    expect(smallestPossibleGroup({ headcount: null, fte: 2.5 })).toBe(3);
    expect(smallestPossibleGroup({ headcount: null, fte: 4.01 })).toBe(5);
    expect(smallestPossibleGroup({ headcount: null, fte: 5 })).toBe(5);
  });

  it('does not count float noise as a sixth person', () => {
    expect(smallestPossibleGroup({ headcount: null, fte: 5.000000000001 })).toBe(5);
  });

  it('is 0 when neither is known', () => {
    expect(smallestPossibleGroup({ headcount: null, fte: null })).toBe(0);
  });
});

describe('mustSuppressTraits', () => {
  it('uses a threshold of 5 persons', () => {
    expect(MINIMUM_GROUP_SIZE).toBe(5);
  });

  it('withholds a group with headcount 4 and shows one with headcount 5', () => {
    expect(mustSuppressTraits({ headcount: 4, fte: null })).toBe(true);
    expect(mustSuppressTraits({ headcount: 5, fte: null })).toBe(false);
  });

  it('shows the payroll groups of the default case (6.2, 6.4 and 5.0 FTE are at least 5 persons)', () => {
    for (const fte of [6.2, 6.4, 5.0]) expect(mustSuppressTraits({ headcount: null, fte })).toBe(false);
  });

  it('withholds the switchboard (0.8, 1, 0.8 FTE) and archive (1.7, 3.7, 2.5 FTE) groups', () => {
    for (const fte of [0.8, 1, 0.8, 1.7, 3.7, 2.5])
      expect(mustSuppressTraits({ headcount: null, fte })).toBe(true);
  });

  it('withholds when nothing is known about the size', () => {
    expect(mustSuppressTraits({ headcount: null, fte: null })).toBe(true);
  });

  it('takes another threshold when given', () => {
    expect(mustSuppressTraits({ headcount: 5, fte: null }, 10)).toBe(true);
  });
});

describe('properties', () => {
  const fteHundredths = fc.integer({ min: 0, max: 50_000 });

  it('never puts the lower bound above the FTE rounded up, nor below the FTE', () => {
    fc.assert(
      fc.property(fteHundredths, (h) => {
        const fte = h / 100;
        const bound = smallestPossibleGroup({ headcount: null, fte });
        expect(bound).toBeGreaterThanOrEqual(fte - 1e-9);
        expect(bound).toBeLessThan(fte + 1);
      }),
    );
  });

  it('is safe: when the FTE alone lets ages be shown, every headcount consistent with it would too', () => {
    fc.assert(
      fc.property(fteHundredths, fc.nat({ max: 20 }), (h, extra) => {
        const fte = h / 100;
        // Nobody works more than one FTE, so a real headcount is at least the FTE rounded up.
        const headcount = Math.ceil(fte) + extra;
        if (!mustSuppressTraits({ headcount: null, fte })) {
          expect(mustSuppressTraits({ headcount, fte })).toBe(false);
        }
      }),
    );
  });
});
