/**
 * The principal (Perron) eigenvector and eigenvalue of a positive matrix by power iteration: start from
 * the uniform vector, repeat w ← A·w / Σ(A·w) until no component changes by more than the tolerance.
 * Because every entry of a pairwise comparison matrix is positive, the Perron–Frobenius theorem guarantees
 * a unique positive principal eigenvector and convergence from any positive start. With w normalised to
 * sum 1, λmax = Σ_i (A·w)_i.
 * Source: T. L. Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill (eigenvector method).
 * @module
 */

export interface PrincipalEigen {
  /** The principal eigenvector, normalised to sum 1. */
  vector: number[];
  /** The principal eigenvalue λmax. */
  eigenvalue: number;
  iterations: number;
  converged: boolean;
}

export interface PowerIterationOptions {
  /** Stop when no component changes by more than this. @default 1e-13 */
  tolerance?: number;
  /** Give up after this many steps. @default 10000 */
  maxIterations?: number;
}

function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, a, j) => sum + a * (vector[j] as number), 0));
}

/**
 * Power iteration on a square positive matrix.
 * @example principalEigenvector([[1, 3], [1 / 3, 1]]) // → { vector: [0.75, 0.25], eigenvalue: 2, … }
 */
export function principalEigenvector(
  matrix: readonly (readonly number[])[],
  options: PowerIterationOptions = {},
): PrincipalEigen {
  const { tolerance = 1e-13, maxIterations = 10_000 } = options;
  const n = matrix.length;
  let vector = Array.from({ length: n }, () => 1 / n);
  let eigenvalue = Number.NaN;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const product = multiply(matrix, vector);
    eigenvalue = product.reduce((s, v) => s + v, 0);
    const next = product.map((v) => v / eigenvalue);
    const change = Math.max(...next.map((v, i) => Math.abs(v - (vector[i] as number))));
    vector = next;
    if (change <= tolerance) return { vector, eigenvalue, iterations: iteration, converged: true };
  }
  return { vector, eigenvalue, iterations: maxIterations, converged: false };
}
