import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/seeded-random.ts';
import { sampleStandardNormal, standardNormalQuantile } from './standard-normal.ts';

describe('standardNormalQuantile (Wichura AS 241)', () => {
  // Reference values: standard normal tables, e.g. Abramowitz and Stegun (1964), Table 26.5, and R's qnorm.
  it.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.025, -1.959963984540054],
    [1e-10, -6.361340902404056], // tail branch, r ≤ 5
    [1e-20, -9.262340089798409], // far tail branch, r > 5
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(standardNormalQuantile(p)).toBeCloseTo(z, 9);
  });

  it('is infinite at 0 and 1 and refuses probabilities outside [0, 1]', () => {
    expect(standardNormalQuantile(0)).toBe(-Infinity);
    expect(standardNormalQuantile(1)).toBe(Infinity);
    expect(() => standardNormalQuantile(1.5)).toThrow(RangeError);
  });
});

describe('sampleStandardNormal (Box–Muller)', () => {
  it('has mean 0, variance 1 and P(Z ≤ 1.2816) = 0.9 over 200 000 draws with seed 3', () => {
    const random = createRandom(3);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      const z = sampleStandardNormal(random);
      sum += z;
      squares += z * z;
      if (z <= 1.2815515655446004) below++;
    }
    // Standard errors: mean 1/√n ≈ 0.0022, variance √(2/n) ≈ 0.0032, proportion √(0.09/n) ≈ 0.0007.
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.015);
    expect(Math.abs(below / n - 0.9)).toBeLessThan(0.003);
  });
});
