/**
 * Samplers for the gamma and beta distributions, the building blocks of the PERT distribution.
 * @module
 */
import type { UniformSource } from '../random/seeded-random.ts';
import { sampleStandardNormal } from './standard-normal.ts';

/**
 * One draw from Gamma(shape, 1) by Marsaglia and Tsang's squeeze-and-reject method: with d = shape − 1/3
 * and c = 1/√(9d), draw z ~ N(0, 1), v = (1 + cz)³, accept d·v when ln u < z²/2 + d(1 − v + ln v).
 * For shape < 1 it uses Gamma(shape + 1) · u^(1/shape).
 * Source: G. Marsaglia and W. W. Tsang (2000), "A simple method for generating gamma variables",
 * ACM Trans. Math. Software 26(3), 363–372.
 * @example sampleGamma(createRandom(1), 3) // → a positive number; the mean over many draws is 3
 */
export function sampleGamma(random: UniformSource, shape: number): number {
  if (shape < 1) {
    const u = 1 - random.next();
    return sampleGamma(random, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = sampleStandardNormal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * One draw from Beta(a, b) as X / (X + Y) with X ~ Gamma(a) and Y ~ Gamma(b).
 * Source: L. Devroye (1986), Non-Uniform Random Variate Generation, §IX.4.1.
 * @example sampleBeta(createRandom(1), 3, 3) // → a number in (0, 1); the mean over many draws is 1/2
 */
export function sampleBeta(random: UniformSource, a: number, b: number): number {
  const x = sampleGamma(random, a);
  const y = sampleGamma(random, b);
  return x / (x + y);
}
