/**
 * A small linear-program description and one function that solves it with the loaded HiGHS solver. The
 * game modules build their LPs row by row with {@link RowBuilder}; only the type of the solver is imported
 * here, so `lp-solver.ts` stays the one module that loads `highs`.
 * @module
 */
import type { LpSolver } from './lp-solver.ts';

/** Constraint rows in compressed sparse row form: `lower[r] ≤ Σ values·x[indices] ≤ upper[r]`. */
export class RowBuilder {
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];

  /** Appends one row and returns its index. Use ±Infinity for a missing bound. */
  add(indices: readonly number[], values: readonly number[], lower: number, upper: number): number {
    for (let k = 0; k < indices.length; k++) {
      this.indices.push(indices[k] as number);
      this.values.push(values[k] as number);
    }
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
    return this.lower.length - 1;
  }

  /** Appends a row with coefficient 1 on each of `indices` and returns its index. */
  addOnes(indices: readonly number[], lower: number, upper: number): number {
    return this.add(
      indices,
      indices.map(() => 1),
      lower,
      upper,
    );
  }

  /**
   * Appends a row with coefficient 1 on each column whose bit is set in `mask` (the members of a coalition)
   * and, when `lastValue` is not 0, `lastValue` on column `lastIndex` (above the members); returns its index.
   */
  addMembers(mask: number, lastIndex: number, lastValue: number, lower: number, upper: number): number {
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      this.indices.push(31 - Math.clz32(rest & -rest));
      this.values.push(1);
    }
    if (lastValue !== 0) {
      this.indices.push(lastIndex);
      this.values.push(lastValue);
    }
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
    return this.lower.length - 1;
  }

  get count(): number {
    return this.lower.length;
  }
}

export interface LinearProgram {
  /** Whether the objective is minimised or maximised. */
  sense: 'minimize' | 'maximize';
  /** Objective coefficient per column. */
  objective: readonly number[];
  /** Lower bound per column; `-Infinity` for a free variable. */
  colLower: readonly number[];
  /** Upper bound per column; `Infinity` for none. */
  colUpper: readonly number[];
  rows: RowBuilder;
}

/** Outcome of one LP solve. */
export interface LpResult {
  /**
   * `optimal`: solved; `infeasible`/`unbounded`: proved so; `rejected`: HiGHS refused the model (a
   * coefficient or bound outside its range, e.g. above `large_matrix_value`, 1e15); `failed`: any other
   * solver outcome (time or iteration limit, solve error).
   */
  status: 'optimal' | 'infeasible' | 'unbounded' | 'rejected' | 'failed';
  objective: number;
  /** Column values. */
  columns: Float64Array;
  /** Row activities `Σ values·x`. */
  rowValues: Float64Array;
  /** Row duals, HiGHS sign convention: the change of the objective per unit increase of the active bound. */
  rowDuals: Float64Array;
}

const EMPTY = new Float64Array(0);

// Presolve costs more than it saves on these LPs of few columns and many rows (24 vs 48 ms at 4094 rows).
const SOLVER_OPTIONS = { output_flag: false, presolve: 'off' } as const;

/**
 * Solves the LP with the dual simplex method of HiGHS (fresh native instance per call, nothing shared).
 * @example
 * const rows = new RowBuilder();
 * rows.add([0, 1], [1, 2], 1, Infinity); // x + 2y ≥ 1
 * solveLinearProgram(solver, { sense: 'minimize', objective: [1, 1], colLower: [0, 0], colUpper: [Infinity, Infinity], rows });
 * // → { status: 'optimal', objective: 0.5, columns: [0, 0.5], ... }
 */
export function solveLinearProgram(solver: LpSolver, lp: LinearProgram): LpResult {
  return solveWithRowGeneration(solver, lp, () => null).result;
}

/**
 * Called after each solve with its result; returns the rows to append before solving again, or null when
 * the LP is complete (the last result is then final).
 */
export type RowSeparator = (result: LpResult) => RowBuilder | null;

/** Outcome of {@link solveWithRowGeneration}. */
export interface RowGenerationResult {
  /** The last solve's result. */
  result: LpResult;
  /** Number of simplex runs: the first solve and one re-solve per batch of appended rows. */
  solves: number;
  /** Rows of the LP in its final form. */
  rows: number;
}

/**
 * Solves the LP, then, while `separate` returns rows, appends them to the same HiGHS model and solves again.
 * The model and its optimal basis are kept between the solves, so the dual simplex method resumes from the
 * previous optimum (the appended rows enter as basic slacks) instead of starting over: the usual way to
 * solve an LP with far more rows than columns by generating the violated rows (constraint generation).
 * @example
 * // minimise t with x ≤ 1 + t and −x ≤ 1 + t, the second row added only when the first result violates it
 * solveWithRowGeneration(solver, lp, (result) => (needsSecondRow(result) ? secondRow : null)).result.objective // → -1
 */
export function solveWithRowGeneration(
  solver: LpSolver,
  lp: LinearProgram,
  separate: RowSeparator,
): RowGenerationResult {
  const { objectiveSense } = solver.constants;
  const numCols = lp.objective.length;
  let numRows = lp.rows.count;
  const model = {
    numCols,
    numRows,
    sense: lp.sense === 'minimize' ? objectiveSense.minimize : objectiveSense.maximize,
    colCost: lp.objective,
    colLower: toHighsBounds(solver, lp.colLower),
    colUpper: toHighsBounds(solver, lp.colUpper),
    rowLower: toHighsBounds(solver, lp.rows.lower),
    rowUpper: toHighsBounds(solver, lp.rows.upper),
    matrix: csr(lp.rows, numCols),
  };
  let solves = 0;
  try {
    const result = solver.withModel(model, (m) => {
      m.options.set(SOLVER_OPTIONS);
      for (;;) {
        m.run();
        solves++;
        const current = readResult(solver, m, lp.objective);
        const extra = separate(current);
        if (extra === null || extra.count === 0) return current;
        m.addRows({
          lower: toHighsBounds(solver, extra.lower),
          upper: toHighsBounds(solver, extra.upper),
          matrix: csr(extra, numCols),
        });
        numRows += extra.count;
      }
    });
    return { result, solves, rows: numRows };
  } catch (error) {
    if (isNativeRefusal(solver, error)) return { result: failed('rejected'), solves, rows: numRows };
    throw error;
  }
}

type Model = Parameters<Parameters<LpSolver['withModel']>[1]>[0];

function readResult(solver: LpSolver, m: Model, objectiveCoefficients: readonly number[]): LpResult {
  const { modelStatus } = solver.constants;
  const status = m.getModelStatus();
  if (status === modelStatus.infeasible) return failed('infeasible');
  if (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible)
    return failed('unbounded');
  if (status !== modelStatus.optimal) return failed('failed');
  const solution = m.getSolution();
  let objective = 0;
  for (let j = 0; j < objectiveCoefficients.length; j++)
    objective += (objectiveCoefficients[j] as number) * (solution.colValue[j] as number);
  return {
    status: 'optimal',
    objective,
    columns: solution.colValue,
    rowValues: solution.rowValue,
    rowDuals: solution.rowDual,
  };
}

function csr(rows: RowBuilder, numCols: number) {
  return {
    format: 'csr' as const,
    numRows: rows.count,
    numCols,
    starts: Int32Array.from(rows.starts),
    indices: Int32Array.from(rows.indices),
    values: Float64Array.from(rows.values),
  };
}

/**
 * A native status error of HiGHS (`passModel failed with HiGHS status -1`): the solver refused this model.
 * Its subclasses (validation, disposed model, re-entrancy, unsupported option) are misuse of the wrapper,
 * programming errors that must stay loud.
 */
function isNativeRefusal(solver: LpSolver, error: unknown): boolean {
  const { HighsError } = solver.errors;
  return error instanceof HighsError && Object.getPrototypeOf(error) === HighsError.prototype;
}

function toHighsBounds(solver: LpSolver, values: readonly number[]): Float64Array {
  const bounds = Float64Array.from(values);
  for (let k = 0; k < bounds.length; k++) {
    if (bounds[k] === Infinity) bounds[k] = solver.infinity;
    else if (bounds[k] === -Infinity) bounds[k] = -solver.infinity;
  }
  return bounds;
}

function failed(status: LpResult['status']): LpResult {
  return { status, objective: Number.NaN, columns: EMPTY, rowValues: EMPTY, rowDuals: EMPTY };
}
