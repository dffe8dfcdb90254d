import { describe, expect, it } from 'vitest';
import { FTE_HOURS_PER_YEAR, fteForAgentHours } from './fte-conversion.ts';
import { staffForAgents, wholeStaffForAgents } from './shrinkage.ts';

describe('fteForAgentHours (hand calculation)', () => {
  it('turns one agent 35 h a week for 50 weeks at 25 % shrinkage into 35 × 50 / 0.75 / 1 695 = 1.3766 FTE', () => {
    const basis = { openWeeksPerYear: 50, shrinkage: 0.25, fteHoursPerYear: FTE_HOURS_PER_YEAR };
    expect(fteForAgentHours(35, basis)).toBeCloseTo((35 * 50) / 0.75 / 1695, 12);
    expect(fteForAgentHours(35, basis)).toBeCloseTo(1.3766, 4);
  });

  it('uses 1 695 hours per FTE by default', () => {
    expect(FTE_HOURS_PER_YEAR).toBe(1695);
  });
});

describe('shrinkage', () => {
  it('refuses shrinkage of 100 % or more', () => {
    expect(() => staffForAgents(10, 1)).toThrow(RangeError);
  });

  it('rounds staff up to whole persons: 10 agents at 25 % shrinkage need 14 (13.33)', () => {
    expect(wholeStaffForAgents(10, 0.25)).toBe(14);
  });
});
