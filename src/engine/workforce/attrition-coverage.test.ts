import { describe, expect, it } from 'vitest';
import { attritionCoverage } from './attrition-coverage.ts';

describe('attritionCoverage', () => {
  it('covers a 2 FTE target by the third year and then needs recruitment for the rest', () => {
    const { years, fullyCoveredIndex } = attritionCoverage([0.5, 1.5, 2.5], 2);
    expect(years).toEqual([
      { coveredShare: 0.25, recruitmentNeedFte: 0 },
      { coveredShare: 0.75, recruitmentNeedFte: 0 },
      { coveredShare: 1, recruitmentNeedFte: 0.5 },
    ]);
    expect(fullyCoveredIndex).toBe(2);
  });

  it('counts 0.8 + 0.2 + 1.0 as reaching 2 despite floating point', () => {
    expect(attritionCoverage([0.8, 0.8 + 0.2, 0.8 + 0.2 + 0.9999999999999998], 2).fullyCoveredIndex).toBe(2);
  });

  it('without a target, reports no coverage and every departure as a recruitment need', () => {
    const { years, fullyCoveredIndex } = attritionCoverage([1, 2], null);
    expect(years).toEqual([
      { coveredShare: null, recruitmentNeedFte: 1 },
      { coveredShare: null, recruitmentNeedFte: 2 },
    ]);
    expect(fullyCoveredIndex).toBeNull();
  });

  it('is never covered when departures stay short of the target', () => {
    expect(attritionCoverage([0.5, 1], 3).fullyCoveredIndex).toBeNull();
  });
});
