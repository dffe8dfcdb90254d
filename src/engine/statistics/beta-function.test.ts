import { describe, expect, it } from 'vitest';
import { inverseRegularizedIncompleteBeta, logGamma, regularizedIncompleteBeta } from './beta-function.ts';

describe('logGamma', () => {
  it.each([
    [1, 0],
    [5, Math.log(24)], // Γ(5) = 4! = 24
    [0.5, Math.log(Math.sqrt(Math.PI))], // Γ(1/2) = √π
    [10.5, Math.log(1133278.3889487856)], // Γ(10.5) = (19!!/2^10)·√π
  ])('ln Γ(%s) = %s', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('equals the closed forms for small integer shapes (hand calculation)', () => {
    // I_x(1, 1) = x; I_x(2, 1) = x²; I_x(1, 2) = 1 − (1 − x)²; I_x(3, 3) = 10x³ − 15x⁴ + 6x⁵.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 14);
    expect(regularizedIncompleteBeta(0.3, 1, 2)).toBeCloseTo(0.51, 14);
    expect(regularizedIncompleteBeta(0.25, 3, 3)).toBeCloseTo(0.103515625, 14);
    expect(regularizedIncompleteBeta(0.75, 3, 3)).toBeCloseTo(1 - 0.103515625, 14);
  });

  it('is 0 below the support and 1 above it', () => {
    expect(regularizedIncompleteBeta(-1, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(2, 2, 3)).toBe(1);
  });
});

describe('inverseRegularizedIncompleteBeta', () => {
  it('inverts the closed forms', () => {
    expect(inverseRegularizedIncompleteBeta(0.25, 2, 1)).toBeCloseTo(0.5, 12); // √0.25
    expect(inverseRegularizedIncompleteBeta(0.103515625, 3, 3)).toBeCloseTo(0.25, 12);
    expect(inverseRegularizedIncompleteBeta(0.5, 3, 3)).toBeCloseTo(0.5, 12); // symmetric
  });
});
