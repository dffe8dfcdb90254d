import { describe, expect, it } from 'vitest';
import { groupSavingsShare, scaleCurveAt } from './economies-of-scale.ts';

const proportional = [
  { fte: 0, relative: 0 },
  { fte: 17.6, relative: 1 },
];

describe('economies of scale', () => {
  it('interpolates linearly and is flat beyond the ends', () => {
    const curve = [
      { fte: 2, relative: 0.5 },
      { fte: 6, relative: 1.5 },
    ];
    expect(scaleCurveAt(curve, 0)).toBe(0.5);
    expect(scaleCurveAt(curve, 4)).toBe(1); // halfway: 0.5 + (1.5 − 0.5) · 2/4
    expect(scaleCurveAt(curve, 9)).toBe(1.5);
  });

  it('lets a pair save less than all three', () => {
    // Melhus 6.4 + Skaun 5.0 = 11.4 FTE of 17.6: 21 % × 11.4/17.6 = 13.602 %.
    expect(groupSavingsShare(0.21, proportional, 11.4, 17.6)).toBeCloseTo(0.136023, 6);
    expect(groupSavingsShare(0.21, proportional, 17.6, 17.6)).toBeCloseTo(0.21, 12);
  });
});
