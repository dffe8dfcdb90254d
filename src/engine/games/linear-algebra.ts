/**
 * Two small dense linear-algebra tools for the LP-based methods: an incremental basis that tells whether a
 * vector lies in the span of the vectors added so far, and Gaussian elimination for a square system.
 * @module
 */

/** Pivot entries smaller than this count as zero; the vectors here hold 0/1 incidences and small weights. */
const PIVOT_EPSILON = 1e-9;

/** The span of the vectors added so far, kept in row-echelon form (each row normalised to 1 at its pivot). */
export class SpanBasis {
  private readonly rows: Float64Array[] = [];
  private readonly pivots: number[] = [];

  constructor(readonly dimension: number) {}

  /** Number of independent vectors added: the dimension of the span. */
  get rank(): number {
    return this.rows.length;
  }

  /** True when `vector` is a linear combination of the vectors added so far. */
  contains(vector: ArrayLike<number>): boolean {
    return this.pivotOf(this.reduce(vector)) < 0;
  }

  /** Adds `vector` when it is independent of the span; returns whether it was added. */
  add(vector: ArrayLike<number>): boolean {
    const residual = this.reduce(vector);
    const pivot = this.pivotOf(residual);
    if (pivot < 0) return false;
    const scale = residual[pivot] as number;
    for (let k = 0; k < residual.length; k++) residual[k] = (residual[k] as number) / scale;
    this.rows.push(residual);
    this.pivots.push(pivot);
    return true;
  }

  /**
   * A basis of the vectors orthogonal to the span (its null space), one per non-pivot coordinate: a vector
   * lies in the span exactly when its dot product with each of them is 0.
   * @example
   * const basis = new SpanBasis(3);
   * basis.add([1, 1, 1]);
   * basis.add([1, 1, 0]);
   * basis.nullSpace() // → [[1, −1, 0]] (up to sign)
   */
  nullSpace(): Float64Array[] {
    // Reduced row-echelon form: row r is already zero at the pivots of the rows before it; clearing each
    // pivot column from the earlier rows, last row first, makes every row zero at every other pivot.
    const rows = this.rows.map((row) => Float64Array.from(row));
    for (let r = rows.length - 1; r > 0; r--) {
      const row = rows[r] as Float64Array;
      const pivot = this.pivots[r] as number;
      for (let s = 0; s < r; s++) {
        const earlier = rows[s] as Float64Array;
        const factor = earlier[pivot] as number;
        if (factor === 0) continue;
        for (let k = 0; k < earlier.length; k++)
          earlier[k] = (earlier[k] as number) - factor * (row[k] as number);
      }
    }
    const isPivot = new Uint8Array(this.dimension);
    for (const pivot of this.pivots) isPivot[pivot] = 1;
    const vectors: Float64Array[] = [];
    for (let free = 0; free < this.dimension; free++) {
      if (isPivot[free] === 1) continue;
      const vector = new Float64Array(this.dimension);
      vector[free] = 1;
      rows.forEach((row, r) => (vector[this.pivots[r] as number] = -(row[free] as number)));
      vectors.push(vector);
    }
    return vectors;
  }

  private reduce(vector: ArrayLike<number>): Float64Array {
    const residual = Float64Array.from(vector);
    // Row r is zero at the pivots of the rows before it, so one pass in insertion order clears every pivot.
    this.rows.forEach((row, r) => {
      const factor = residual[this.pivots[r] as number] as number;
      if (factor === 0) return;
      for (let k = 0; k < residual.length; k++)
        residual[k] = (residual[k] as number) - factor * (row[k] as number);
    });
    return residual;
  }

  private pivotOf(residual: Float64Array): number {
    let best = -1;
    let largest = PIVOT_EPSILON;
    for (let k = 0; k < residual.length; k++) {
      const size = Math.abs(residual[k] as number);
      if (size > largest) {
        largest = size;
        best = k;
      }
    }
    return best;
  }
}

/**
 * Solves the square system A·x = b by Gaussian elimination with partial pivoting; `null` when A is singular.
 * @example solveSquare([[2, 1], [1, 3]], [3, 5]) // → [0.8, 1.4]
 */
export function solveSquare(
  matrix: readonly (readonly number[])[],
  rhs: readonly number[],
): Float64Array | null {
  const size = rhs.length;
  const a = matrix.map((row, r) => [...row, rhs[r] as number]);
  for (let col = 0; col < size; col++) {
    let pivotRow = col;
    for (let r = col + 1; r < size; r++) {
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivotRow]?.[col] as number)) pivotRow = r;
    }
    const pivot = a[pivotRow] as number[];
    if (Math.abs(pivot[col] as number) < PIVOT_EPSILON) return null;
    a[pivotRow] = a[col] as number[];
    a[col] = pivot;
    for (let r = col + 1; r < size; r++) {
      const row = a[r] as number[];
      const factor = (row[col] as number) / (pivot[col] as number);
      if (factor === 0) continue;
      for (let k = col; k <= size; k++) row[k] = (row[k] as number) - factor * (pivot[k] as number);
    }
  }
  const x = new Float64Array(size);
  for (let r = size - 1; r >= 0; r--) {
    const row = a[r] as number[];
    let sum = row[size] as number;
    for (let k = r + 1; k < size; k++) sum -= (row[k] as number) * (x[k] as number);
    x[r] = sum / (row[r] as number);
  }
  return x;
}
