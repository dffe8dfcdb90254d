/**
 * The rounds of the main nucleolus path, solved by row generation. A round LP has n + 1 columns and a row
 * for nearly every coalition (2^n − 2 of them), but at its optimum only a few rows matter, so each round
 * starts from a small working set of rows, solves, computes the excess of every coalition left out (all
 * x(S) at once, in O(2^n)) and appends the most violated ones to the same HiGHS model, which resumes from
 * its optimal basis. When no left-out row is violated, the solution of the small LP is feasible for the full
 * one and therefore optimal, and its duals (zero on the rows left out) are an optimal dual solution of the
 * full LP, so the rule "a positive dual fixes its coalition" of the full LP applies unchanged. The working
 * set is carried into the next round. This is constraint generation for the nucleolus LPs as in Hallefjord,
 * Helming & Jørnsten (1995), "Computing the nucleolus when the characteristic function is given implicitly:
 * a constraint generation approach", International Journal of Game Theory 24(4), 357–372.
 *
 * Rows whose coalition lies in the span of the fixed ones are dropped (their excess no longer depends on the
 * allocation): a coalition is in that span exactly when the subset sums of every null-space vector of the
 * fixed incidence vectors vanish on it, which takes O(2^n) per null-space vector for all coalitions at once.
 * @module
 */
import type { Coalition } from './game.ts';
import { SpanBasis } from './linear-algebra.ts';
import { RowBuilder, solveWithRowGeneration, type LinearProgram, type LpResult } from './linear-program.ts';
import type { LpSolver } from './lp-solver.ts';
import { incidence, type FixedRow, type NucleolusDomain, type ScaledGame } from './nucleolus-lp.ts';

/** Duals above this are positive (the scaled duals of one round sum to 1 over the tight coalitions). */
const DUAL_TOLERANCE = 1e-9;
/** Slacks below this are zero, in units of the largest cost (HiGHS's feasibility tolerance is 1e-7). */
const SLACK_TOLERANCE = 1e-8;
/** A left-out row is violated when its excess exceeds the round's level by more than this (scaled units). */
const VIOLATION_TOLERANCE = 1e-9;
/** Null-space subset sums below this, relative to the vector's 1-norm, are zero. */
const SPAN_TOLERANCE = 1e-9;

/** Status of a coalition's row in the current round: not a row (fixed, spanned, or of another kind). */
const NONE = 0;
/** A row of the full LP that the working LP leaves out. */
const OUTSIDE = 1;
/** A row of the working LP. */
const INSIDE = 2;

/** What the row-generation path knows after some rounds. */
export interface GenerationState {
  /** The levels t_1 > t_2 > … found so far, in scaled units. */
  levels: number[];
  fixed: FixedRow[];
  /** Span of N and the fixed coalitions; the allocation is unique when its rank is n. */
  basis: SpanBasis;
  /** Per coalition mask: the status of its row x(S) − w(S)·t ≤ c(S) (NONE, OUTSIDE or INSIDE). */
  free: Uint8Array;
  /** Per coalition mask: the status of its hard row x(S) ≤ c(S). */
  hard: Uint8Array;
  /** Scratch for subset sums, one entry per mask. */
  sums: Float64Array;
}

/** One round's outcome. */
export interface GeneratedRound {
  /** The round LP's final result (optimal unless the round failed). */
  result: LpResult;
  /** Coalitions fixed at the new level (positive dual, zero slack). */
  tight: Coalition[];
  /** Hard rows fixed at their bound. */
  tightHard: Coalition[];
  /** Simplex runs in this round. */
  solves: number;
  /** Rows of the round LP at its end. */
  rows: number;
}

/**
 * The starting state: every coalition but N has a row, the hard ones (zero weight, or a stand-alone cost on
 * imputations) too. The first working LP holds the singletons and their complements, which bound t.
 */
export function generationState(game: ScaledGame, domain: NucleolusDomain): GenerationState {
  const { n, full, weight } = game;
  const size = full + 1;
  const free = new Uint8Array(size);
  const hard = new Uint8Array(size);
  for (let mask = 1; mask < full; mask++) {
    if ((weight[mask] as number) > 0) free[mask] = OUTSIDE;
    else hard[mask] = OUTSIDE;
  }
  if (domain === 'imputations' && n > 1) for (let i = 0; i < n; i++) hard[1 << i] = OUTSIDE;
  for (let i = 0; i < n; i++) {
    for (const mask of [1 << i, full ^ (1 << i)]) {
      if (free[mask] === OUTSIDE) free[mask] = INSIDE;
      if (hard[mask] === OUTSIDE) hard[mask] = INSIDE;
    }
  }
  const basis = new SpanBasis(n);
  basis.add(incidence(full, n));
  return { levels: [], fixed: [], basis, free, hard, sums: new Float64Array(size) };
}

/**
 * Solves one round: minimise t over the rows still to be fixed, by row generation with at most `batch`
 * rows appended per re-solve, and reads the coalitions with a positive dual.
 */
export function generatedRound(
  solver: LpSolver,
  game: ScaledGame,
  state: GenerationState,
  batch: number,
): GeneratedRound {
  const { n, full, cost, weight } = game;
  const { free, hard } = state;
  const rows = new RowBuilder();
  // Per LP row: its coalition and kind (0 equality, 1 hard, 2 free).
  const rowMask: number[] = [];
  const rowKind: number[] = [];
  const push = (mask: number, kind: number, tCoefficient: number, lower: number, upper: number) => {
    rows.addMembers(mask, n, tCoefficient, lower, upper);
    rowMask.push(mask);
    rowKind.push(kind);
  };
  const total = cost[full] as number;
  push(full, 0, 0, total, total);
  for (const { mask, level } of state.fixed) {
    const value =
      (cost[mask] as number) + (level < 0 ? 0 : (weight[mask] as number) * (state.levels[level] as number));
    push(mask, 0, 0, value, value);
  }
  for (let mask = 1; mask < full; mask++) {
    if (hard[mask] === INSIDE) push(mask, 1, 0, -Infinity, cost[mask] as number);
    if (free[mask] === INSIDE) push(mask, 2, -(weight[mask] as number), -Infinity, cost[mask] as number);
  }
  const objective = new Array<number>(n + 1).fill(0);
  objective[n] = 1;
  const lp: LinearProgram = {
    sense: 'minimize',
    objective,
    colLower: new Array<number>(n + 1).fill(-Infinity),
    colUpper: new Array<number>(n + 1).fill(Infinity),
    rows,
  };
  const worst = new WorstRows(batch);
  const separate = (result: LpResult): RowBuilder | null => {
    // An unbounded working LP (t not yet bounded below) takes every remaining row: the full LP.
    const everything = result.status === 'unbounded';
    if (!everything && result.status !== 'optimal') return null;
    const extra = new RowBuilder();
    const add = (mask: number, kind: number) => {
      if (kind === 1) {
        extra.addMembers(mask, n, 0, -Infinity, cost[mask] as number);
        hard[mask] = INSIDE;
      } else {
        extra.addMembers(mask, n, -(weight[mask] as number), -Infinity, cost[mask] as number);
        free[mask] = INSIDE;
      }
      rowMask.push(mask);
      rowKind.push(kind);
    };
    if (everything) {
      for (let mask = 1; mask < full; mask++) {
        if (hard[mask] === OUTSIDE) add(mask, 1);
        if (free[mask] === OUTSIDE) add(mask, 2);
      }
      return extra.count > 0 ? extra : null;
    }
    const x = result.columns;
    const t = x[n] as number;
    const sums = subsetSums(x, n, state.sums);
    worst.clear();
    for (let mask = 1; mask < full; mask++) {
      if (hard[mask] === OUTSIDE) {
        const violation = (sums[mask] as number) - (cost[mask] as number);
        if (violation > VIOLATION_TOLERANCE) worst.offer(violation, mask, 1);
      }
      if (free[mask] === OUTSIDE) {
        const violation = (sums[mask] as number) - (weight[mask] as number) * t - (cost[mask] as number);
        if (violation > VIOLATION_TOLERANCE) worst.offer(violation, mask, 2);
      }
    }
    if (worst.size === 0) return null;
    for (let k = 0; k < worst.size; k++) add(worst.masks[k] as number, worst.kinds[k] as number);
    return extra;
  };
  const { result, solves, rows: rowCount } = solveWithRowGeneration(solver, lp, separate);
  const tight: Coalition[] = [];
  const tightHard: Coalition[] = [];
  if (result.status === 'optimal') {
    for (let row = 0; row < rowMask.length; row++) {
      const kind = rowKind[row] as number;
      if (kind === 0) continue;
      const mask = rowMask[row] as number;
      // A positive dual implies a zero slack; checking the slack too keeps dual noise from fixing a loose row.
      const positive =
        Math.abs(result.rowDuals[row] as number) > DUAL_TOLERANCE &&
        (cost[mask] as number) - (result.rowValues[row] as number) <= 10 * SLACK_TOLERANCE;
      if (positive) (kind === 1 ? tightHard : tight).push(mask);
    }
  }
  return { result, tight, tightHard, solves, rows: rowCount };
}

/**
 * Records the coalitions found tight at the new level `t`, updates the span and drops every row whose
 * coalition now lies in the span.
 */
export function fixGenerated(
  game: ScaledGame,
  state: GenerationState,
  t: number,
  tight: readonly Coalition[],
  tightHard: readonly Coalition[],
): void {
  const level = state.levels.push(t) - 1;
  for (const mask of tight) state.fixed.push({ mask, level });
  for (const mask of tightHard) state.fixed.push({ mask, level: -1 });
  for (const mask of [...tight, ...tightHard]) {
    state.basis.add(incidence(mask, game.n));
    state.free[mask] = NONE;
    state.hard[mask] = NONE;
  }
  if (state.basis.rank < game.n) dropSpanned(game, state);
}

/** Clears the rows of the coalitions in the span of the fixed ones (every null-space subset sum is 0). */
function dropSpanned(game: ScaledGame, state: GenerationState): void {
  const { n, full } = game;
  const inSpan = new Uint8Array(full + 1).fill(1);
  for (const vector of state.basis.nullSpace()) {
    let norm = 0;
    for (let i = 0; i < n; i++) norm += Math.abs(vector[i] as number);
    const tolerance = SPAN_TOLERANCE * norm;
    const sums = subsetSums(vector, n, state.sums);
    for (let mask = 1; mask < full; mask++) if (Math.abs(sums[mask] as number) > tolerance) inSpan[mask] = 0;
  }
  for (let mask = 1; mask < full; mask++) {
    if (inSpan[mask] === 1) {
      state.free[mask] = NONE;
      state.hard[mask] = NONE;
    }
  }
}

/** Σ_{i∈S} values[i] for every mask S < 2^n, into `into`: each sum extends the one without its lowest member. */
function subsetSums(values: ArrayLike<number>, n: number, into: Float64Array): Float64Array {
  into[0] = 0;
  const size = 1 << n;
  for (let mask = 1; mask < size; mask++) {
    const low = mask & -mask;
    into[mask] = (into[mask ^ low] as number) + (values[31 - Math.clz32(low)] as number);
  }
  return into;
}

/** The `capacity` most violated rows offered so far (a binary min-heap on the violation). */
class WorstRows {
  readonly violations: Float64Array;
  readonly masks: Int32Array;
  readonly kinds: Uint8Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.violations = new Float64Array(capacity);
    this.masks = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  offer(violation: number, mask: number, kind: number): void {
    if (this.size < this.capacity) {
      let child = this.size++;
      // Sift up.
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if ((this.violations[parent] as number) <= violation) break;
        this.move(parent, child);
        child = parent;
      }
      this.set(child, violation, mask, kind);
      return;
    }
    if (violation <= (this.violations[0] as number)) return;
    // Replace the root (the least violated kept) and sift down.
    let parent = 0;
    for (;;) {
      let child = 2 * parent + 1;
      if (child >= this.size) break;
      if (
        child + 1 < this.size &&
        (this.violations[child + 1] as number) < (this.violations[child] as number)
      )
        child++;
      if ((this.violations[child] as number) >= violation) break;
      this.move(child, parent);
      parent = child;
    }
    this.set(parent, violation, mask, kind);
  }

  private move(from: number, to: number): void {
    this.violations[to] = this.violations[from] as number;
    this.masks[to] = this.masks[from] as number;
    this.kinds[to] = this.kinds[from] as number;
  }

  private set(at: number, violation: number, mask: number, kind: number): void {
    this.violations[at] = violation;
    this.masks[at] = mask;
    this.kinds[at] = kind;
  }
}
