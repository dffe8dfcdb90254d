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
  const { modelStatus, objectiveSense } = solver.constants;
  const numCols = lp.objective.length;
  const numRows = lp.rows.count;
  const model = {
    numCols,
    numRows,
    sense: lp.sense === 'minimize' ? objectiveSense.minimize : objectiveSense.maximize,
    colCost: lp.objective,
    colLower: lp.colLower.map((v) => toHighs(solver, v)),
    colUpper: lp.colUpper.map((v) => toHighs(solver, v)),
    rowLower: lp.rows.lower.map((v) => toHighs(solver, v)),
    rowUpper: lp.rows.upper.map((v) => toHighs(solver, v)),
    matrix: {
      format: 'csr' as const,
      numRows,
      numCols,
      starts: lp.rows.starts,
      indices: lp.rows.indices,
      values: lp.rows.values,
    },
  };
  let outcome;
  try {
    outcome = solver.withModel(model, (m) => {
      m.options.set(SOLVER_OPTIONS);
      m.run();
      return { status: m.getModelStatus(), solution: m.getSolution() };
    });
  } catch (error) {
    if (isNativeRefusal(solver, error)) return failed('rejected');
    throw error;
  }
  const { status, solution } = outcome;
  if (status === modelStatus.infeasible) return failed('infeasible');
  if (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible)
    return failed('unbounded');
  if (status !== modelStatus.optimal) return failed('failed');
  let objective = 0;
  for (let j = 0; j < numCols; j++)
    objective += (lp.objective[j] as number) * (solution.colValue[j] as number);
  return {
    status: 'optimal',
    objective,
    columns: solution.colValue,
    rowValues: solution.rowValue,
    rowDuals: solution.rowDual,
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

function toHighs(solver: LpSolver, value: number): number {
  if (value === Infinity) return solver.infinity;
  if (value === -Infinity) return -solver.infinity;
  return value;
}

function failed(status: LpResult['status']): LpResult {
  return { status, objective: Number.NaN, columns: EMPTY, rowValues: EMPTY, rowDuals: EMPTY };
}
