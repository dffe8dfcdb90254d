/**
 * Erlang B: the probability that a call finds every agent busy in a loss system (M/M/N/N). Flokk uses it
 * as the stable first step of Erlang C and Erlang A.
 *
 * Starting near the answer (issue 12). With p_m = A^m/m!, the recursion below gives
 * 1/B(N) = Σ_{m=0..N} p_m / p_N exactly, and starting it at k₀ with 1/B(k₀) = 1 instead of at 0 drops the
 * terms m < k₀ of that sum: B comes out too large by the relative error dropped / kept (never too small).
 * The Poisson weights p_m peak at m = ⌊A⌋, so the terms far below A are negligible. The bound: let
 * M = min(N, ⌊A⌋) and d = M − k₀ ≥ 1, so k₀ < A.
 * - Below k₀ the terms fall at least geometrically, p_{m−1}/p_m = m/A ≤ k₀/A, so
 *   dropped ≤ p_{k₀}·(k₀/A)/(1 − k₀/A) = p_{k₀}·k₀/(A − k₀) ≤ p_{k₀}·A/d.
 * - The kept terms include p_M, and p_{k₀}/p_M = Π_{i=k₀+1..M} i/A ≤ exp(−Σ_{i=k₀+1..M} (A − i)/A)
 *   ≤ exp(−d(d − 1)/(2A)), by log x ≤ x − 1 and A ≥ M.
 * - Hence relative error ≤ (A/d)·exp(−d(d − 1)/(2A)). With L = ln(1/ε) + ½·ln A and d = 1 + ⌈√(2A·L)⌉,
 *   d(d − 1) ≥ 2A·L and A/d ≤ √(A/(2L)) ≤ √A, so the error is at most √A·e^(−L) = ε.
 * ε = 1e-16 (`TRUNCATION_ERROR`), below the rounding of the recursion itself (a few ulps per step at worst,
 * which stay near 1e-14 relative in practice at N = 2 500), so the result matches the full recursion from 0
 * to 1e-12 relative (a property test for A ≤ 2 000, N ≤ 2 500; the largest difference seen is ~1e-14). For
 * A = 1 600 Erlangs, d = 362 (about 9·√A): the recursion starts at k₀ = 1 238 instead of 0. Below about 80
 * Erlangs d ≥ A and the recursion starts at 0 as before.
 * @module
 */

/** The bound on the relative error of starting the recursion at `erlangBStart` instead of at 0. */
export const TRUNCATION_ERROR = 1e-16;
const LOG_INVERSE_TRUNCATION_ERROR = Math.log(1 / TRUNCATION_ERROR);

function checkArguments(agents: number, trafficErlangs: number): void {
  if (!Number.isInteger(agents) || agents < 0) {
    throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
  }
  if (!(trafficErlangs >= 0) || !Number.isFinite(trafficErlangs)) {
    throw new RangeError(`trafficErlangs must be a finite number ≥ 0, got ${trafficErlangs}`);
  }
}

/**
 * k₀: where the Erlang B recursion for N agents and A Erlangs may start, with 1/B(k₀) taken as 1, so that
 * every B(k) for M ≤ k ≤ N, M = min(N, ⌊A⌋), is within `TRUNCATION_ERROR` (relative) of the full recursion
 * from 0. It is M − d with d = 1 + ⌈√(2A·(ln(1/ε) + ½·ln A))⌉ (about 9·√A), or 0; the bound is proved in the
 * module comment.
 * @example erlangBStart(2000, 1600) // → 1238
 * @example erlangBStart(14, 10) // → 0
 */
export function erlangBStart(agents: number, trafficErlangs: number): number {
  const top = Math.min(agents, Math.floor(trafficErlangs));
  if (!(top >= 1)) return 0;
  const logs = LOG_INVERSE_TRUNCATION_ERROR + 0.5 * Math.log(trafficErlangs);
  const distance = 1 + Math.ceil(Math.sqrt(2 * trafficErlangs * logs));
  return Math.max(0, top - distance);
}

/**
 * Erlang B blocking probability B(N, A) by the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)),
 * evaluated in its reciprocal form 1/B(k) = 1 + a_k·1/B(k−1) with a_k = k/A, started at `erlangBStart`
 * (about 9·√A below A) rather than at 0: relative error at most 1e-16 from the truncation (see the module
 * comment), about N − A + 9·√A steps instead of N. Four steps are taken at a time,
 * 1/B(k+3) = (1 + a_{k+3} + a_{k+3}a_{k+2} + a_{k+3}a_{k+2}a_{k+1}) + a_{k+3}a_{k+2}a_{k+1}a_k·1/B(k−1),
 * whose two coefficients do not depend on the previous steps, so the processor computes them while those
 * are still in flight: the loop is bound by the latency of its multiply–add chain, which this cuts to one
 * multiply–add per four steps (two to three times faster than one step at a time). Every term
 * is positive, so the recursion is stable in either form. It never forms A^N or N!, so it cannot overflow
 * into NaN; where B is below 1e-308 the reciprocal becomes Infinity and B is 0, which is B to double
 * precision.
 * Source: Jagerman (1974), "Some properties of the Erlang loss function", Bell System Technical Journal
 * 53(3), 525–551.
 * @param agents N, a whole number ≥ 0.
 * @param trafficErlangs A ≥ 0, in Erlangs.
 * @example erlangB(2, 1) // → 0.2 (= (1²/2!) / (1 + 1 + 1²/2!))
 */
export function erlangB(agents: number, trafficErlangs: number): number {
  checkArguments(agents, trafficErlangs);
  // 1/A once, so that each step is a multiplication; with A = 0 it is Infinity and B comes out 0.
  const perErlang = 1 / trafficErlangs;
  let inverse = 1;
  let k = erlangBStart(agents, trafficErlangs) + 1;
  for (; k + 3 <= agents; k += 4) {
    const a1 = k * perErlang;
    const a2 = (k + 1) * perErlang;
    const a43 = (k + 3) * perErlang * ((k + 2) * perErlang);
    inverse = 1 + (k + 3) * perErlang + a43 + a43 * a2 + a43 * (a2 * a1) * inverse;
  }
  for (; k <= agents; k++) inverse = 1 + k * perErlang * inverse;
  return 1 / inverse;
}

/**
 * One step of the reciprocal Erlang B recursion: 1/B(k) from 1/B(k − 1). For callers that walk up the
 * number of agents one at a time (from 1/B = 1 at `erlangBStart`).
 * @example 1 / nextInverseErlangB(nextInverseErlangB(1, 1, 1), 2, 1) // → 0.2
 */
export function nextInverseErlangB(previousInverse: number, k: number, trafficErlangs: number): number {
  return 1 + (k / trafficErlangs) * previousInverse;
}

/**
 * The natural logarithm of 1 / B(N, A), by the same recursion in log space: 1/B(k) = 1 + (k/A)·1/B(k−1),
 * started at `erlangBStart` (absolute error at most 1e-16 from the truncation, since a relative error ε in
 * 1/B is an absolute error below ε in its logarithm).
 * Unlike B itself it never underflows, so Erlang A can weigh states whose probability is below 1e-308.
 * @example Math.exp(-logInverseErlangB(2, 1)) // → 0.2
 */
export function logInverseErlangB(agents: number, trafficErlangs: number): number {
  checkArguments(agents, trafficErlangs);
  if (agents === 0) return 0;
  if (trafficErlangs === 0) return Number.POSITIVE_INFINITY;
  const logA = Math.log(trafficErlangs);
  let logInverse = 0;
  for (let k = erlangBStart(agents, trafficErlangs) + 1; k <= agents; k++) {
    const x = Math.log(k) - logA + logInverse;
    // log(1 + e^x), written so that neither a large nor a very negative x loses precision.
    logInverse = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
  return logInverse;
}
