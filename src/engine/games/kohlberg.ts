/**
 * Kohlberg's criterion, an independent test that an allocation is the nucleolus. Sort the coalitions by
 * excess e(S, x) = (x(S) − c(S)) / w(S), largest first, and let D_k be the coalitions whose excess is at least
 * the k-th largest value. x is the prenucleolus exactly when every D_k is balanced: there are weights λ_S > 0
 * with Σ_{S∈D_k} λ_S·1_S = 1_N. On imputations the collections need only be weakly balanced relative to the
 * players paying exactly their stand-alone cost (B_0): their singletons may join with weight ≥ 0.
 * Sources: Kohlberg (1971), "On the nucleolus of a characteristic function game", SIAM J. Appl. Math. 20(1),
 * 62–66; Peleg & Sudhölter (2007), Introduction to the Theory of Cooperative Games, Thm 5.2.7 and §6.1.
 * Positive weights w(S) do not change which collections are balanced, so the test covers the per-capita and
 * proportional variants too.
 * @module
 */
import { coalitionSize, grandCoalition, largestCost, type Coalition, type CostGame } from './game.ts';
import { coalitionSums, excessWeight, type ExcessWeighting } from './excess.ts';
import { RowBuilder, solveLinearProgram } from './linear-program.ts';
import type { LpSolver } from './lp-solver.ts';
import { domainOf, incidence, type NucleolusDomain } from './nucleolus-lp.ts';
import { SpanBasis } from './linear-algebra.ts';

export interface KohlbergLevel {
  /** The excess at this level (scaled back to money, per member, or a fraction of cost). */
  excess: number;
  /** The coalitions with this excess. */
  coalitions: Coalition[];
  /** Whether the coalitions with at least this excess form a (weakly) balanced collection. */
  balanced: boolean;
}

export interface KohlbergResult {
  /** True when the allocation is efficient, in the domain, and every level is balanced. */
  holds: boolean;
  /** The levels tested, largest excess first; testing stops at the first unbalanced level or full rank. */
  levels: KohlbergLevel[];
}

export interface KohlbergOptions {
  /** Which excess the nucleolus minimised. @default 'absolute' */
  weighting?: ExcessWeighting;
  /** The domain of the nucleolus. @default as `nucleolus` chooses: imputations when Σ c(i) ≥ c(N) */
  domain?: NucleolusDomain;
  /** Excesses closer than this are one level, in units of the largest cost. @default 1e-7 */
  relativeTolerance?: number;
}

/**
 * Tests Kohlberg's criterion with one LP per level: maximise s subject to Σ λ_S·1_S + Σ_{i∈B_0} μ_i·e_i = 1_N,
 * λ_S ≥ s, μ ≥ 0; the collection is balanced when s > 0. Once the collection spans ℝⁿ the later levels are
 * balanced too (the positive weights can absorb any further coalition), so the test stops there.
 * @example kohlbergCheck(game, nucleolus(game, solver).allocation, solver).holds // → true
 */
export function kohlbergCheck(
  game: CostGame,
  allocation: ArrayLike<number>,
  solver: LpSolver,
  options: KohlbergOptions = {},
): KohlbergResult {
  const weighting = options.weighting ?? 'absolute';
  const scale = largestCost(game);
  const tolerance = (options.relativeTolerance ?? 1e-7) * scale;
  const excesses = weightedExcesses(game, allocation, weighting, options.domain ?? domainOf(game), tolerance);
  if (!excesses) return { holds: false, levels: [] };
  const n = game.players.length;
  // Proportional excesses are fractions of cost, so their tolerance is relative too.
  const levelTolerance = weighting === 'proportional' ? tolerance / scale : tolerance;
  const levels: KohlbergLevel[] = [];
  const collection: Coalition[] = [];
  const basis = new SpanBasis(n);
  const { compared, boundary } = excesses;
  for (let k = 0; k < compared.length && basis.rank < n;) {
    const top = compared[k]?.excess as number;
    const coalitions: Coalition[] = [];
    for (let next = compared[k]; next && top - next.excess <= levelTolerance; next = compared[++k]) {
      coalitions.push(next.mask);
      basis.add(incidence(next.mask, n));
    }
    collection.push(...coalitions);
    const balanced = isBalanced(solver, n, collection, boundary);
    levels.push({ excess: top, coalitions, balanced });
    if (!balanced) return { holds: false, levels };
  }
  return { holds: true, levels };
}

interface WeightedExcesses {
  /** Coalitions with a positive weight and their weighted excess, largest first. */
  compared: { mask: Coalition; excess: number }[];
  /** Hard-constrained coalitions at their bound (B_0): stand-alone costs on imputations, zero weights. */
  boundary: Coalition[];
}

/** The weighted excesses, or null when x misses c(N) or breaks a hard constraint. */
function weightedExcesses(
  game: CostGame,
  allocation: ArrayLike<number>,
  weighting: ExcessWeighting,
  domain: NucleolusDomain,
  tolerance: number,
): WeightedExcesses | null {
  const full = grandCoalition(game.players.length);
  const sums = coalitionSums(allocation);
  if (Math.abs((sums[full] as number) - (game.costs[full] as number)) > tolerance) return null;
  const boundary: Coalition[] = [];
  const compared: { mask: Coalition; excess: number }[] = [];
  for (let mask = 1; mask < full; mask++) {
    const excess = (sums[mask] as number) - (game.costs[mask] as number);
    const weight = excessWeight(game, mask, weighting);
    const hard = weight <= 0 || (domain === 'imputations' && coalitionSize(mask) === 1);
    if (hard && excess > tolerance) return null;
    if (hard && excess > -tolerance) boundary.push(mask);
    if (weight > 0) compared.push({ mask, excess: excess / weight });
  }
  compared.sort((a, b) => b.excess - a.excess || a.mask - b.mask);
  return { compared, boundary };
}

/** Whether `collection` is balanced, allowing the `boundary` coalitions weight ≥ 0 (weakly balanced). */
function isBalanced(solver: LpSolver, n: number, collection: Coalition[], boundary: Coalition[]): boolean {
  // Columns: λ_S for the collection, μ_B for the boundary, then s.
  const columns = [...collection, ...boundary];
  const s = columns.length;
  const rows = new RowBuilder();
  for (let i = 0; i < n; i++) {
    const containing = columns.flatMap((mask, j) => ((mask & (1 << i)) !== 0 ? [j] : []));
    rows.addOnes(containing, 1, 1);
  }
  collection.forEach((_, j) => rows.add([j, s], [1, -1], 0, Infinity));
  const objective = new Array<number>(s + 1).fill(0);
  objective[s] = 1;
  const result = solveLinearProgram(solver, {
    sense: 'maximize',
    objective,
    colLower: new Array<number>(s + 1).fill(0),
    colUpper: [...new Array<number>(s).fill(Infinity), 1],
    rows,
  });
  return result.status === 'optimal' && result.objective > 1e-9;
}
