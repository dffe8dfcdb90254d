import { describe, expect, it } from 'vitest';
import {
  buildDistribution,
  distributionDraft,
  fromInput,
  switchKind,
  toInput,
} from './distribution-draft.ts';

describe('percent fields', () => {
  it('turn typed percent into a share without binary noise', () => {
    expect(fromInput('21', 'percent')).toBe(0.21);
    expect(fromInput('16,6', 'percent')).toBe(0.166);
    expect(fromInput('', 'percent')).toBeNull();
    expect(fromInput('tjue', 'percent')).toBeUndefined();
    expect(toInput(0.21, 'percent')).toBe('21');
    expect(toInput(0.075, 'percent')).toBe('7,5');
  });
});

describe('switchKind', () => {
  const pert = distributionDraft({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }, 'percent');

  it('keeps low and high from PERT to uniform and back', () => {
    const uniform = switchKind(pert, 'uniform');
    expect(buildDistribution(uniform, 'percent').distribution).toEqual({
      kind: 'uniform',
      min: 0.1,
      max: 0.3,
    });
    expect(buildDistribution(switchKind(uniform, 'pert'), 'percent').distribution).toEqual({
      kind: 'pert',
      min: 0.1,
      mode: 0.21,
      max: 0.3,
    });
  });

  it('reads low and high as P10 and P90 for the normal distribution', () => {
    const normal = buildDistribution(switchKind(pert, 'normal'), 'percent').distribution;
    expect(normal['mean']).toBeCloseTo(0.21, 10);
    // (30 − 10) / (2 · 1.2816) = 7.8 percentage points.
    expect(normal['sd']).toBeCloseTo(0.078, 4);
  });

  it('takes the most likely value for a fixed one', () => {
    expect(buildDistribution(switchKind(pert, 'fixed'), 'percent').distribution).toEqual({
      kind: 'fixed',
      value: 0.21,
    });
  });

  it('passes unreadable text on and names the parameter', () => {
    const draft = { ...pert, parameters: { ...pert.parameters, mode: 'x' } };
    expect(buildDistribution(draft, 'percent').issues).toEqual([{ name: 'mode' }]);
  });
});
