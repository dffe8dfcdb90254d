/**
 * The standard normal distribution N(0, 1): its quantile function and a sampler. Both are building blocks
 * for the normal, lognormal and PERT distributions.
 * @module
 */
import type { UniformSource } from '../random/seeded-random.ts';

// Wichura (1988), Algorithm AS 241 (PPND16), Applied Statistics 37(3): 477–484. Coefficients as published, written as the nearest doubles.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function polynomial(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + (coefficients[i] ?? 0);
  return sum;
}

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p. Rational approximations in three ranges
 * of p, accurate to about 1 part in 10^16.
 * Source: M. J. Wichura (1988), Algorithm AS 241, Applied Statistics 37(3), 477–484.
 * @returns −Infinity for p = 0, +Infinity for p = 1.
 * @example standardNormalQuantile(0.9) // → 1.2815515655446004
 */
export function standardNormalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(A, r)) / polynomial(B, r);
  }
  const tail = q < 0 ? p : 1 - p;
  if (tail === 0) return q < 0 ? -Infinity : Infinity;
  let r = Math.sqrt(-Math.log(tail));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = polynomial(C, r) / polynomial(D, r);
  } else {
    r -= 5;
    z = polynomial(E, r) / polynomial(F, r);
  }
  return q < 0 ? -z : z;
}

/**
 * Φ⁻¹(0.9), used to read low / high estimates as P10 / P90.
 * @example Z90 // → 1.2815515655446004
 */
export const Z90 = standardNormalQuantile(0.9);

/**
 * One standard normal draw by the Box–Muller transform, z = √(−2 ln u₁) · cos(2π u₂), using two uniforms
 * and discarding the sine partner so that a draw never depends on an earlier one.
 * Source: G. E. P. Box and M. E. Muller (1958), Ann. Math. Statist. 29(2), 610–611.
 * @example sampleStandardNormal(createRandom(1)) // → a number, N(0, 1)
 */
export function sampleStandardNormal(random: UniformSource): number {
  // 1 − u lies in (0, 1], so the logarithm is finite.
  const u1 = 1 - random.next();
  const u2 = random.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
