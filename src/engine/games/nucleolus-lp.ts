/**
 * The linear programs shared by the least core and the two nucleolus algorithms. Round k of the sequential
 * method of Maschler, Peleg & Shapley (1979), "Geometric properties of the kernel, nucleolus and related
 * solution concepts", Mathematics of Operations Research 4(4), 303–338, §6, for a cost game:
 *
 *   minimise t  subject to  x(N) = c(N),
 *                           x(S) = c(S) + w(S)·t_j   for the coalitions fixed at an earlier level t_j,
 *                           x(S) ≤ c(S)              for the hard constraints (stand-alone costs on imputations),
 *                           x(S) − w(S)·t ≤ c(S)     for every other coalition.
 *
 * Costs are divided by the largest cost first, so the solver's absolute tolerances (1e-7) are relative.
 * @module
 */
import { grandCoalition, largestCost, type CostGame } from './game.ts';
import { excessWeight, type ExcessWeighting } from './excess.ts';
import { SpanBasis, solveSquare } from './linear-algebra.ts';
import { RowBuilder, type LinearProgram } from './linear-program.ts';

/** Where the allocation may lie: imputations pay each player at most its stand-alone cost. */
export type NucleolusDomain = 'imputations' | 'preimputations';

/** The game divided by its largest cost, with the excess weight of every coalition. */
export interface ScaledGame {
  n: number;
  full: number;
  /** The divisor: the largest absolute cost, or 1. */
  scale: number;
  cost: Float64Array;
  weight: Float64Array;
}

/** A coalition fixed at level `level`: x(S) = c(S) + w(S)·t_level; level −1 fixes x(S) = c(S). */
export interface FixedRow {
  mask: number;
  level: number;
}

/** What the sequential method knows after some rounds. */
export interface RoundState {
  /** The levels t_1 > t_2 > … found so far, in scaled units. */
  levels: number[];
  fixed: FixedRow[];
  /** Coalitions whose excess is still to be minimised. */
  free: number[];
  /** Hard constraints x(S) ≤ c(S) not yet fixed. */
  hard: number[];
  /** Span of N and the fixed coalitions; the allocation is unique when its rank is n. */
  basis: SpanBasis;
}

export function scaleGame(game: CostGame, weighting: ExcessWeighting): ScaledGame {
  const n = game.players.length;
  const scale = largestCost(game);
  const cost = game.costs.map((value) => value / scale);
  const weight = new Float64Array(cost.length);
  for (let mask = 1; mask < cost.length; mask++) weight[mask] = excessWeight(game, mask, weighting);
  if (weighting === 'proportional') weight.forEach((w, mask) => (weight[mask] = w / scale));
  return { n, full: grandCoalition(n), scale, cost, weight };
}

/** Imputations when the stand-alone costs cover c(N) (Σ c(i) ≥ c(N)); otherwise preimputations. */
export function domainOf(game: CostGame): NucleolusDomain {
  const n = game.players.length;
  let standAlone = 0;
  for (let i = 0; i < n; i++) standAlone += game.costs[1 << i] as number;
  const total = game.costs[grandCoalition(n)] as number;
  return standAlone >= total - 1e-9 * Math.max(1, Math.abs(total)) ? 'imputations' : 'preimputations';
}

export function initialState(game: ScaledGame, domain: NucleolusDomain): RoundState {
  const basis = new SpanBasis(game.n);
  basis.add(incidence(game.full, game.n));
  const free: number[] = [];
  const hard: number[] = [];
  for (let mask = 1; mask < game.full; mask++) {
    if ((game.weight[mask] as number) > 0) free.push(mask);
    else hard.push(mask);
  }
  if (domain === 'imputations' && game.n > 1) {
    for (let i = 0; i < game.n; i++) if (!hard.includes(1 << i)) hard.push(1 << i);
  }
  return { levels: [], fixed: [], free, hard, basis };
}

export interface RoundLp {
  lp: LinearProgram;
  /** Row index of the first hard row; hard row h is `state.hard[h]`. */
  hardStart: number;
  /** Row index of the first free row; free row f is `state.free[f]`. */
  freeStart: number;
}

export interface RoundOptions {
  /** Fix t to this value instead of leaving it free. */
  level?: number;
  /** Minimise x(S) of this coalition instead of t. */
  minimise?: number;
}

/** Builds the round LP over columns x_0 … x_{n−1}, t. */
export function roundLp(game: ScaledGame, state: RoundState, options: RoundOptions = {}): RoundLp {
  const { n, cost, weight } = game;
  const rows = new RowBuilder();
  const total = cost[game.full] as number;
  addCoalitionRow(rows, game.full, n, 0, total, total);
  for (const { mask, level } of state.fixed) {
    const value =
      (cost[mask] as number) + (level < 0 ? 0 : (weight[mask] as number) * (state.levels[level] as number));
    addCoalitionRow(rows, mask, n, 0, value, value);
  }
  const hardStart = rows.count;
  for (const mask of state.hard) addCoalitionRow(rows, mask, n, 0, -Infinity, cost[mask] as number);
  const freeStart = rows.count;
  for (const mask of state.free)
    addCoalitionRow(rows, mask, n, -(weight[mask] as number), -Infinity, cost[mask] as number);
  const objective = new Array<number>(n + 1).fill(0);
  if (options.minimise === undefined) objective[n] = 1;
  else for (let i = 0; i < n; i++) if ((options.minimise & (1 << i)) !== 0) objective[i] = 1;
  const level = options.level ?? Infinity;
  const lp: LinearProgram = {
    sense: 'minimize',
    objective,
    colLower: [...new Array<number>(n).fill(-Infinity), Number.isFinite(level) ? level : -Infinity],
    colUpper: [...new Array<number>(n).fill(Infinity), level],
    rows,
  };
  return { lp, hardStart, freeStart };
}

function addCoalitionRow(
  rows: RowBuilder,
  mask: number,
  n: number,
  tCoefficient: number,
  lower: number,
  upper: number,
): void {
  rows.addMembers(mask, n, tCoefficient, lower, upper);
}

/** The 0/1 incidence vector of a coalition. */
export function incidence(mask: number, n: number): Float64Array {
  const vector = new Float64Array(n);
  for (let i = 0; i < n; i++) if ((mask & (1 << i)) !== 0) vector[i] = 1;
  return vector;
}

/** Records the coalitions found tight at the new level `t` and updates the span. */
export function fixLevel(
  game: ScaledGame,
  state: RoundState,
  t: number,
  tight: number[],
  tightHard: number[],
): void {
  const level = state.levels.push(t) - 1;
  for (const mask of tight) state.fixed.push({ mask, level });
  for (const mask of tightHard) state.fixed.push({ mask, level: -1 });
  for (const mask of [...tight, ...tightHard]) state.basis.add(incidence(mask, game.n));
  const done = new Set([...tight, ...tightHard]);
  state.free = state.free.filter((mask) => !done.has(mask));
  state.hard = state.hard.filter((mask) => !done.has(mask));
}

/**
 * Recomputes the allocation and levels exactly from the equalities of the fixed coalitions (in unknowns
 * x and t_1 … t_K), so the result carries no LP tolerance. Returns null when the system is not square and
 * regular or its solution strays from the LP's by more than 1e-6 of the largest cost.
 */
export function polish(
  game: ScaledGame,
  state: Pick<RoundState, 'levels' | 'fixed'>,
  lpAllocation: Float64Array,
): Float64Array | null {
  const { n, cost, weight } = game;
  const unknowns = n + state.levels.length;
  const basis = new SpanBasis(unknowns);
  const matrix: number[][] = [];
  const rhs: number[] = [];
  const equations: FixedRow[] = [{ mask: game.full, level: -1 }, ...state.fixed];
  for (const { mask, level } of equations) {
    const row = [...incidence(mask, n), ...new Array<number>(state.levels.length).fill(0)];
    if (level >= 0) row[n + level] = -(weight[mask] as number);
    if (!basis.add(row)) continue;
    matrix.push(row);
    rhs.push(cost[mask] as number);
  }
  if (matrix.length !== unknowns) return null;
  const solution = solveSquare(matrix, rhs);
  if (!solution) return null;
  const allocation = solution.slice(0, n);
  for (let i = 0; i < n; i++) {
    if (Math.abs((allocation[i] as number) - (lpAllocation[i] as number)) > 1e-6) return null;
  }
  state.levels = Array.from(solution.slice(n));
  return allocation;
}
