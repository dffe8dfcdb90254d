/**
 * The nucleolus of a cost game and its per-capita and proportional variants. With the excess
 * e(S, x) = (x(S) − c(S)) / w(S), what group S pays beyond its own cost (per member, or per krone of its
 * cost), the nucleolus is the allocation whose excesses, sorted from largest to smallest, are
 * lexicographically smallest: it first minimises the largest excess (the least core), then the next, and so
 * on. It lies in the core whenever the core is non-empty. Sources: Schmeidler (1969), "The nucleolus of a
 * characteristic function game", SIAM J. Appl. Math. 17(6), 1163–1170; Maschler, Peleg & Shapley (1979),
 * Math. Oper. Res. 4(4), 303–338; for cost games and the variants Young, Okada & Hashimoto (1982), Water
 * Resources Research 18(3), 463–475.
 *
 * The allocation is restricted to imputations (nobody pays more than alone) whenever the stand-alone costs
 * cover c(N), as in Schmeidler's definition; otherwise it is the prenucleolus, with a warning. A game the
 * method cannot handle (the proportional variant with a group that costs 0, an LP the solver cannot bring to
 * an optimum) throws a {@link MethodUnavailableError} with the reason.
 * @module
 */
import type { Coalition, CostGame } from './game.ts';
import type { GameWarning } from './game-warning.ts';
import { excessPrecondition, type ExcessWeighting } from './excess.ts';
import { solveLinearProgram, type LpResult } from './linear-program.ts';
import type { LpSolver } from './lp-solver.ts';
import {
  domainOf,
  fixLevel,
  initialState,
  polish,
  roundLp,
  scaleGame,
  type FixedRow,
  type NucleolusDomain,
  type RoundState,
  type ScaledGame,
} from './nucleolus-lp.ts';
import { fixGenerated, generatedRound, generationState } from './nucleolus-rows.ts';
import { requireSolver, type AllocationMethod, type AllocationMethodId } from './allocation-method.ts';
import { MethodUnavailableError } from './method-unavailable.ts';

export interface NucleolusOptions {
  /** Which excess is minimised. @default 'absolute' */
  weighting?: ExcessWeighting;
}

export interface NucleolusResult {
  /** What each player pays, in the game's money unit; sums to c(N). */
  allocation: Float64Array;
  /** The successive minimal maximum excesses, largest first (money, money per member, or a fraction of cost). */
  levels: number[];
  /** The coalitions whose excess was fixed at each level (tight in every optimal solution of that round). */
  tight: Coalition[][];
  /**
   * Number of simplex runs: on the main path, each round's first solve and every re-solve after appending
   * violated rows (one round per level); on the plain path, each round LP and each probing LP.
   */
  lpSolves: number;
  /** Rows of the largest LP solved (the full round LP has one per coalition). */
  lpRows: number;
  domain: NucleolusDomain;
  warnings: GameWarning[];
}

/** Slacks below this are zero, in units of the largest cost (HiGHS's feasibility tolerance is 1e-7). */
const SLACK_TOLERANCE = 1e-8;

/**
 * Exact nucleolus by sequential LPs (Maschler, Peleg & Shapley 1979). Each round minimises the largest
 * excess t over the coalitions not yet fixed; the coalitions with a positive dual are tight in every optimal
 * solution (complementary slackness), so they are fixed at that level, and every coalition whose incidence
 * vector lies in the span of the fixed ones is dropped, as its excess no longer depends on the allocation.
 * The rank grows each round, so at most n − 1 rounds are solved. Each round LP is solved by row generation
 * (`nucleolus-rows.ts`): at 14 players a few hundred of its 16 382 rows are enough. Finally the allocation
 * is recomputed exactly from the fixed equalities. Guajardo & Jörnsten (2015), "Common mistakes in computing
 * the nucleolus", EJOR 241(3), 931–935, explain why fixing merely the coalitions tight in one optimal
 * solution is wrong.
 * @example
 * const solver = await loadLpSolver();
 * nucleolus(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), solver).allocation // → [4.5, 6.5]
 */
export function nucleolus(game: CostGame, solver: LpSolver, options: NucleolusOptions = {}): NucleolusResult {
  const { weighting, scaled, domain, warnings } = prepare(game, options);
  const state = generationState(scaled, domain);
  const batch = Math.max(16, 3 * scaled.n);
  let lpSolves = 0;
  let lpRows = 0;
  const tightPerLevel: Coalition[][] = [];
  let allocation = new Float64Array([scaled.cost[scaled.full] as number]);
  while (state.basis.rank < scaled.n) {
    const { result, tight, tightHard, solves, rows } = generatedRound(solver, scaled, state, batch);
    lpSolves += solves;
    lpRows = Math.max(lpRows, rows);
    if (result.status !== 'optimal') throw MethodUnavailableError.fromLp(result.status, 'Nucleolus round');
    allocation = result.columns.slice(0, scaled.n);
    // Every optimal round has a tight coalition; finding none means the solver's tolerances gave way.
    if (tight.length + tightHard.length === 0)
      throw new MethodUnavailableError('numerical', 'Nucleolus round found no tight coalition');
    fixGenerated(scaled, state, result.columns[scaled.n] as number, tight, tightHard);
    tightPerLevel.push(tight);
  }
  return finish(scaled, weighting, state, allocation, {
    tight: tightPerLevel,
    lpSolves,
    lpRows,
    domain,
    warnings,
  });
}

/**
 * The same nucleolus by a plainer and slower path, kept as an independent cross-check and for the bench:
 * after each round, every coalition tight in the LP's solution is tested with one more LP that maximises its
 * slack with t held at the round's level (Kopelowitz 1967, "Computation of the kernels of simple games and
 * the nucleolus of n-person games", Research Memorandum 31, Hebrew University of Jerusalem); those that
 * cannot get slack are fixed. No duals are read and no coalition is dropped by span, so every LP keeps a row
 * for every coalition and a round may take many LPs.
 * @example nucleolusPlain(game, solver).allocation // → the same allocation as nucleolus(game, solver)
 */
export function nucleolusPlain(
  game: CostGame,
  solver: LpSolver,
  options: NucleolusOptions = {},
): NucleolusResult {
  return sequential(game, solver, options, byProbing);
}

/** Finds the coalitions to fix after a round: free ones (at the new level) and hard ones. */
type TightFinder = (
  solver: LpSolver,
  game: ScaledGame,
  state: RoundState,
  round: { result: LpResult; hardStart: number; freeStart: number },
  count: { lpSolves: number },
) => { tight: number[]; tightHard: number[] };

/** The weighting, the scaled game, the domain and its warning; throws when the weighting cannot be used. */
function prepare(game: CostGame, options: NucleolusOptions) {
  const weighting = options.weighting ?? 'absolute';
  const blocked = excessPrecondition(game, weighting);
  if (blocked) throw new MethodUnavailableError(blocked, `The ${weighting} nucleolus cannot use this game`);
  const domain = domainOf(game);
  const warnings: GameWarning[] = domain === 'preimputations' ? [{ code: 'imputation_set_empty' }] : [];
  return { weighting, scaled: scaleGame(game, weighting), domain, warnings };
}

/** Polishes the allocation and scales the allocation and levels back to money. */
function finish(
  scaled: ScaledGame,
  weighting: ExcessWeighting,
  state: { levels: number[]; fixed: FixedRow[] },
  allocation: Float64Array,
  rest: Omit<NucleolusResult, 'allocation' | 'levels'>,
): NucleolusResult {
  const exact = polish(scaled, state, allocation) ?? allocation;
  const unit = weighting === 'proportional' ? 1 : scaled.scale;
  return {
    allocation: exact.map((value) => value * scaled.scale),
    levels: state.levels.map((level) => level * unit),
    ...rest,
  };
}

function sequential(
  game: CostGame,
  solver: LpSolver,
  options: NucleolusOptions,
  find: TightFinder,
): NucleolusResult {
  const { weighting, scaled, domain, warnings } = prepare(game, options);
  const state = initialState(scaled, domain);
  const count = { lpSolves: 0 };
  let lpRows = 0;
  const tightPerLevel: Coalition[][] = [];
  let allocation = new Float64Array([scaled.cost[scaled.full] as number]);
  while (state.basis.rank < scaled.n) {
    const { lp, hardStart, freeStart } = roundLp(scaled, state);
    lpRows = Math.max(lpRows, lp.rows.count);
    const result = solveLinearProgram(solver, lp);
    count.lpSolves++;
    if (result.status !== 'optimal') throw MethodUnavailableError.fromLp(result.status, 'Nucleolus round');
    allocation = result.columns.slice(0, scaled.n);
    const { tight, tightHard } = find(solver, scaled, state, { result, hardStart, freeStart }, count);
    // Every optimal round has a tight coalition; finding none means the solver's tolerances gave way.
    if (tight.length + tightHard.length === 0)
      throw new MethodUnavailableError('numerical', 'Nucleolus round found no tight coalition');
    fixLevel(scaled, state, result.columns[scaled.n] as number, tight, tightHard);
    tightPerLevel.push(tight);
  }
  return finish(scaled, weighting, state, allocation, {
    tight: tightPerLevel,
    lpSolves: count.lpSolves,
    lpRows,
    domain,
    warnings,
  });
}

const byProbing: TightFinder = (solver, game, state, { result, hardStart, freeStart }, count) => {
  const t = result.columns[game.n] as number;
  // Row activity is x(S) − w(S)·t for free rows and x(S) for hard rows; both have upper bound c(S).
  const slack = (mask: number, row: number) =>
    (game.cost[mask] as number) - (result.rowValues[row] as number);
  const alwaysTight = (mask: number, free: boolean) => {
    const probe = solveLinearProgram(solver, roundLp(game, state, { level: t, minimise: mask }).lp);
    count.lpSolves++;
    const bound = (game.cost[mask] as number) + (free ? (game.weight[mask] as number) * t : 0);
    return probe.status !== 'optimal' || bound - probe.objective <= SLACK_TOLERANCE;
  };
  return {
    tight: state.free.filter(
      (mask, f) => slack(mask, freeStart + f) <= SLACK_TOLERANCE && alwaysTight(mask, true),
    ),
    tightHard: state.hard.filter(
      (mask, h) => slack(mask, hardStart + h) <= SLACK_TOLERANCE && alwaysTight(mask, false),
    ),
  };
};

function nucleolusDescriptor(
  id: AllocationMethodId,
  weighting: ExcessWeighting,
  source: string,
): AllocationMethod {
  return {
    id,
    labelKey: `allocation_method.${id.replaceAll('-', '_')}`,
    source,
    needsSolver: true,
    precondition: (game) => excessPrecondition(game, weighting),
    allocate: (game, solver) => {
      const { allocation, warnings } = nucleolus(game, requireSolver(solver, id), { weighting });
      return { allocation, warnings };
    },
  };
}

/** Registry descriptor of the nucleolus. */
export const nucleolusMethod = nucleolusDescriptor(
  'nucleolus',
  'absolute',
  'Schmeidler (1969), The nucleolus of a characteristic function game, SIAM J. Appl. Math. 17(6)',
);

/** Registry descriptor of the per-capita (weak) nucleolus. */
export const perCapitaNucleolusMethod = nucleolusDescriptor(
  'per-capita-nucleolus',
  'per-capita',
  'Young, Okada & Hashimoto (1982), WRR 18(3); Grotte (1970)',
);

/** Registry descriptor of the proportional nucleolus. */
export const proportionalNucleolusMethod = nucleolusDescriptor(
  'proportional-nucleolus',
  'proportional',
  'Young, Okada & Hashimoto (1982), Cost allocation in water resources development, WRR 18(3)',
);
