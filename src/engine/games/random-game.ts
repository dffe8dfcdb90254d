/**
 * Seeded random cost games for property tests and the bench. The random source is a parameter
 * (`next(): number`, uniform in [0, 1)), so tests and benches are reproducible and the engine never calls
 * `Math.random`.
 * @module
 */
import { createRandom } from '../random/seeded-random.ts';
import { MAX_PLAYERS, gameFromCosts, type CostGame } from './game.ts';

/** A source of uniform random numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * A seeded source for test data and benches: the engine's one seeded generator (`random/seeded-random.ts`),
 * as a plain function.
 * @example const next = seededRandom(42); next() // → the same number on every run
 */
export function seededRandom(seed: number): RandomSource {
  // Property tests draw any integer as a seed; wrap it into the generator's unsigned 32-bit range.
  const random = createRandom(seed >>> 0);
  return () => random.next();
}

/** Player ids P1 … Pn. */
export function playerIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `P${i + 1}`);
}

/**
 * An uncapacitated facility-location game: a group S opens any set F of the candidate sites, paying each
 * opened site's fixed cost, and serves each member from its cheapest open site:
 * c(S) = min_{F ≠ ∅} (Σ_{j∈F} f_j + Σ_{i∈S} min_{j∈F} d_ij). Such games are subadditive (the union of the
 * sites of two groups serves both) but their core may be empty. Source: Kolen (1983), "Solving covering
 * problems and the uncapacitated plant location problem on trees", EJOR 12; Goemans & Skutella (2004),
 * "Cooperative facility location games", J. Algorithms 50. O(2^m·2^n) for m sites.
 * @example facilityLocationGame(['A', 'B'], [10], [[1], [2]]).costs // → [0, 11, 12, 13]
 */
export function facilityLocationGame(
  players: readonly string[],
  siteCosts: readonly number[],
  serviceCosts: readonly (readonly number[])[],
): CostGame {
  const n = players.length;
  const m = siteCosts.length;
  const costs = new Float64Array(1 << n).fill(Infinity);
  costs[0] = 0;
  const sums = new Float64Array(1 << n);
  for (let sites = 1; sites < 1 << m; sites++) {
    let fixed = 0;
    for (let j = 0; j < m; j++) if ((sites & (1 << j)) !== 0) fixed += siteCosts[j] as number;
    const cheapest = serviceCosts.map((row) => Math.min(...row.filter((_, j) => (sites & (1 << j)) !== 0)));
    for (let mask = 1; mask < 1 << n; mask++) {
      const low = mask & -mask;
      sums[mask] = (sums[mask ^ low] as number) + (cheapest[31 - Math.clz32(low)] as number);
      costs[mask] = Math.min(costs[mask] as number, fixed + (sums[mask] as number));
    }
  }
  return gameFromCosts(players, costs);
}

/**
 * A random facility-location game with `sites` candidate sites (default 3): fixed costs uniform in
 * [20, 60], service costs uniform in [1, 20]. Subadditive; the core is sometimes empty.
 * @example randomFacilityGame(12, seededRandom(1))
 */
export function randomFacilityGame(n: number, next: RandomSource, sites = 3): CostGame {
  const siteCosts = Array.from({ length: sites }, () => 20 + 40 * next());
  const serviceCosts = Array.from({ length: n }, () => Array.from({ length: sites }, () => 1 + 19 * next()));
  return facilityLocationGame(playerIds(n), siteCosts, serviceCosts);
}

/**
 * A random subadditive game with few ties: draw c₀(S) = Σ_{i∈S} a_i·(1 − d_S) with stand-alone costs a_i
 * uniform in [10, 100] and a discount d_S uniform in [0, 0.4·(|S| − 1)/(n − 1)], then close it under
 * splitting, c(S) = min(c₀(S), min_{A ⊂ S} c(A) + c(S∖A)). O(3^n); meant for n ≤ 14.
 * @example isSubadditive(randomSubadditiveGame(6, seededRandom(7))).holds // → true
 */
export function randomSubadditiveGame(n: number, next: RandomSource): CostGame {
  if (n < 1 || n > MAX_PLAYERS) throw new RangeError(`A game has 1 to ${MAX_PLAYERS} players, not ${n}`);
  const alone = Array.from({ length: n }, () => 10 + 90 * next());
  const costs = new Float64Array(1 << n);
  for (let mask = 1; mask < 1 << n; mask++) {
    let sum = 0;
    let size = 0;
    for (let i = 0; i < n; i++) {
      if ((mask & (1 << i)) === 0) continue;
      sum += alone[i] as number;
      size++;
    }
    const discount = n > 1 ? 0.4 * next() * ((size - 1) / (n - 1)) : 0;
    let cost = sum * (1 - discount);
    // Submasks are smaller numbers, so their closed costs are final when S is reached.
    const low = mask & -mask;
    const others = mask ^ low;
    for (let part = others; part !== 0; part = (part - 1) & others) {
      cost = Math.min(cost, (costs[part] as number) + (costs[mask ^ part] as number));
    }
    costs[mask] = cost;
  }
  return gameFromCosts(playerIds(n), costs);
}
