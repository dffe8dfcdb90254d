/**
 * The Shapley value of a cost game: each player pays its marginal cost c(S ∪ {i}) − c(S), averaged over all
 * orders in which the players could join the group. By coalition, with s = |S| and n players,
 * φ_i = Σ_{S ⊆ N∖{i}} s!(n − s − 1)!/n! · (c(S ∪ {i}) − c(S)).
 * Source: Shapley (1953), "A value for n-person games", in Kuhn & Tucker (eds.), Contributions to the
 * Theory of Games II, Princeton, pp. 307–317; for cost games Young (1985), "Cost allocation", §1.6.
 * @module
 */
import { coalitionSize, type CostGame } from './game.ts';
import type { AllocationMethod } from './allocation-method.ts';

/**
 * Exact Shapley value by the subset formula over bitmasks, O(n·2^n) time and O(n) extra memory (n = 20 in
 * well under a second). The sum is regrouped by coalition: with w(s) = s!(n−s−1)!/n! and w(n) = 0,
 * φ_i = Σ_{S ∋ i} (w(|S|−1) + w(|S|))·c(S) − Σ_S w(|S|)·c(S), so each coalition is visited once and only its
 * members are touched.
 * @example
 * // Two municipalities: alone 6 and 8, together 11. Each pays its own cost less half the saving of 3.
 * shapley(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11))) // → [4.5, 6.5]
 */
export function shapley(game: CostGame): Float64Array {
  const n = game.players.length;
  const c = game.costs;
  const weight = orderWeights(n);
  const memberWeight = new Float64Array(n + 1);
  for (let s = 1; s <= n; s++) memberWeight[s] = (weight[s - 1] as number) + (weight[s] as number);
  const phi = new Float64Array(n);
  let outsiders = 0;
  for (let mask = 1; mask < c.length; mask++) {
    const s = coalitionSize(mask);
    const cost = c[mask] as number;
    outsiders += (weight[s] as number) * cost;
    const share = (memberWeight[s] as number) * cost;
    for (let m = mask; m !== 0; m &= m - 1) {
      const i = 31 - Math.clz32(m & -m);
      phi[i] = (phi[i] as number) + share;
    }
  }
  for (let i = 0; i < n; i++) phi[i] = (phi[i] as number) - outsiders;
  return phi;
}

/** w(s) = s!(n − s − 1)!/n! = 1/(n·C(n−1, s)) for s = 0…n−1, and w(n) = 0. */
function orderWeights(n: number): Float64Array {
  const weight = new Float64Array(n + 1);
  let binomial = 1;
  for (let s = 0; s < n; s++) {
    weight[s] = 1 / (n * binomial);
    binomial = (binomial * (n - 1 - s)) / (s + 1);
  }
  return weight;
}

/** Registry descriptor of the Shapley value. */
export const shapleyMethod: AllocationMethod = {
  id: 'shapley',
  labelKey: 'allocation_method.shapley',
  source: 'Shapley (1953), A value for n-person games, Contributions to the Theory of Games II',
  needsSolver: false,
  allocate: (game) => ({ allocation: shapley(game), warnings: [] }),
};
