/**
 * Secondary suppression: when a table of group counts (or sums) withholds some cells, other cells and
 * totals may let a reader recover them by subtraction (row total − the other cells of the row). This
 * module finds the extra cells to withhold so that no withheld value can be worked out exactly from what
 * is published.
 *
 * Method: every published total is an equation. With the totals' signs flipped, each row and each column
 * of the table extended by its margins sums to zero, so the table is a graph: one node per row equation
 * and per column equation, one edge per cell between its row and its column. Rows or columns whose totals
 * are not published give no equation and are merged into one free node. A withheld cell's value is fixed
 * by the published figures exactly when its edge is a bridge in the graph of withheld cells, i.e. lies on
 * no cycle (the free directions of the equations are exactly the cycles). So every withheld edge must lie
 * on a cycle: for each bridge, the cheapest path that closes a cycle through it is withheld too (Dijkstra,
 * cost = the count + 1, and totals only when no interior path exists), until no bridge is left.
 *
 * Sources: Cox (1980), "Suppression methodology and statistical disclosure control", JASA 75(370),
 * 377–385 (secondary suppression); Gusfield (1988), "A graph theoretic approach to statistical data
 * security", SIAM Journal on Computing 17(3), 552–571 (the cycle criterion for two-way tables);
 * Hundepool et al. (2012), "Statistical Disclosure Control", Wiley, chapters on tabular data.
 * Limit: only exact recovery is prevented. Bounds from non-negativity (a withheld 3 in a row with a
 * withheld 0 lies in [0, 3]) are not widened; preferring non-zero complements keeps such ranges wide.
 * @module
 */
import { MINIMUM_GROUP_SIZE } from './small-groups.ts';

/** A two-way table of counts with the margins it publishes. */
export interface CountTable {
  /** Interior cells, row by row; every row the same length. */
  cells: readonly (readonly number[])[];
  /** A total for each row (a total column) is published. */
  rowTotals: boolean;
  /** A total for each column (a total row) is published. */
  columnTotals: boolean;
}

/** A cell by row and column index; `'total'` names the total row or column (the grand total is both). */
export interface CellRef {
  row: number | 'total';
  column: number | 'total';
}

export type SuppressionWarning =
  /** The cell's value follows from the published cells whatever else is withheld. */
  { code: 'cannot-protect'; cell: CellRef };

interface Cell {
  ref: CellRef;
  value: number;
  ends: [number, number];
  cost: number;
}

function shape(table: CountTable): { rows: number; columns: number } {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  if (table.cells.some((r) => r.length !== columns))
    throw new RangeError('every row must have the same length');
  return { rows, columns };
}

/** All published cells, interior first, with their graph ends and their cost of being withheld. */
function publishedCells(table: CountTable): { cells: Cell[]; nodes: number } {
  const { rows, columns } = shape(table);
  const ground = rows + columns + 2;
  const rowNode = (r: number | 'total') =>
    r === 'total' ? (table.columnTotals ? rows : ground) : table.rowTotals ? r : ground;
  const columnNode = (c: number | 'total') =>
    c === 'total'
      ? table.rowTotals
        ? rows + 1 + columns
        : ground
      : table.columnTotals
        ? rows + 1 + c
        : ground;
  const at = (r: number, c: number) => (table.cells[r] as readonly number[])[c] as number;
  const value = ({ row, column }: CellRef): number => {
    const rs = row === 'total' ? [...Array(rows).keys()] : [row];
    const cs = column === 'total' ? [...Array(columns).keys()] : [column];
    return rs.reduce((s, r) => s + cs.reduce((t, c) => t + at(r, c), 0), 0);
  };
  const refs: CellRef[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) refs.push({ row: r, column: c });
  const interiorCost = refs.reduce((s, ref) => s + value(ref) + 1, 0);
  if (table.rowTotals) for (let r = 0; r < rows; r++) refs.push({ row: r, column: 'total' });
  if (table.columnTotals) for (let c = 0; c < columns; c++) refs.push({ row: 'total', column: c });
  if (table.rowTotals || table.columnTotals) refs.push({ row: 'total', column: 'total' });
  const cells = refs.map((ref) => {
    const isTotal = ref.row === 'total' || ref.column === 'total';
    const v = value(ref);
    // Withholding a total costs more than any set of interior cells: readers need the totals most.
    return {
      ref,
      value: v,
      ends: [rowNode(ref.row), columnNode(ref.column)] as [number, number],
      cost: v + 1 + (isTotal ? interiorCost : 0),
    };
  });
  return { cells, nodes: ground + 1 };
}

const same = (a: CellRef, b: CellRef) => a.row === b.row && a.column === b.column;

function indexOf(cells: readonly Cell[], ref: CellRef): number {
  const i = cells.findIndex((c) => same(c.ref, ref));
  if (i < 0)
    throw new RangeError(`cell ${String(ref.row)}/${String(ref.column)} is not published in this table`);
  return i;
}

/** True when edge `skip` is a bridge among the withheld edges: its ends are not otherwise connected. */
function isBridge(
  cells: readonly Cell[],
  withheld: ReadonlySet<number>,
  skip: number,
  nodes: number,
): boolean {
  const [from, to] = (cells[skip] as Cell).ends;
  if (from === to) return false;
  const seen = new Array<boolean>(nodes).fill(false);
  const stack = [from];
  seen[from] = true;
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const i of withheld) {
      if (i === skip) continue;
      const [a, b] = (cells[i] as Cell).ends;
      const next = a === node ? b : b === node ? a : -1;
      if (next >= 0 && !seen[next]) {
        if (next === to) return false;
        seen[next] = true;
        stack.push(next);
      }
    }
  }
  return true;
}

/** The cheapest set of further cells that closes a cycle through `skip`; `null` if none exists. */
function cheapestCycle(
  cells: readonly Cell[],
  withheld: ReadonlySet<number>,
  skip: number,
  nodes: number,
): number[] | null {
  const [from, to] = (cells[skip] as Cell).ends;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via = new Array<number>(nodes).fill(-1);
  const done = new Array<boolean>(nodes).fill(false);
  distance[from] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++)
      if (!done[n] && (node < 0 || (distance[n] as number) < (distance[node] as number))) node = n;
    if (node < 0 || distance[node] === Number.POSITIVE_INFINITY) return null;
    if (node === to) break;
    done[node] = true;
    cells.forEach((cell, i) => {
      if (i === skip) return;
      const [a, b] = cell.ends;
      const next = a === node ? b : b === node ? a : -1;
      const d = (distance[node] as number) + (withheld.has(i) ? 0 : cell.cost);
      if (next >= 0 && d < (distance[next] as number)) [distance[next], via[next]] = [d, i];
    });
  }
  const path: number[] = [];
  for (let node = to; node !== from;) {
    const i = via[node] as number;
    if (!withheld.has(i)) path.push(i);
    const [a, b] = (cells[i] as Cell).ends;
    node = a === node ? b : a;
  }
  return path;
}

/**
 * The withheld cells whose values a reader could work out exactly from the published cells and totals.
 * @example recoverableCells({ cells: [[2, 7, 9]], rowTotals: true, columnTotals: false }, [{ row: 0, column: 0 }]) // → [{ row: 0, column: 0 }] (18 − 7 − 9)
 */
export function recoverableCells(table: CountTable, withheld: readonly CellRef[]): CellRef[] {
  const { cells, nodes } = publishedCells(table);
  const set = new Set(withheld.map((ref) => indexOf(cells, ref)));
  return [...set]
    .sort((a, b) => a - b)
    .filter((i) => isBridge(cells, set, i, nodes))
    .map((i) => (cells[i] as Cell).ref);
}

/**
 * The extra cells, totals included, to withhold besides `primary` so that no withheld value can be
 * recovered by subtraction; in the table's order (interior row by row, then row totals, column totals and
 * the grand total). Prefers few and small interior cells; withholds a total only when nothing else works.
 * @example secondarySuppression({ cells: [[2, 7, 9]], rowTotals: true, columnTotals: false }, [{ row: 0, column: 0 }]).cells // → [{ row: 0, column: 1 }]
 */
export function secondarySuppression(
  table: CountTable,
  primary: readonly CellRef[],
): { cells: CellRef[]; warnings: SuppressionWarning[] } {
  const { cells, nodes } = publishedCells(table);
  const withheld = new Set(primary.map((ref) => indexOf(cells, ref)));
  const original = new Set(withheld);
  const hopeless = new Set<number>();
  for (;;) {
    const bridge = [...withheld]
      .sort((a, b) => a - b)
      .find((i) => !hopeless.has(i) && isBridge(cells, withheld, i, nodes));
    if (bridge === undefined) break;
    const path = cheapestCycle(cells, withheld, bridge, nodes);
    if (path === null) hopeless.add(bridge);
    else for (const i of path) withheld.add(i);
  }
  const extra = [...withheld].filter((i) => !original.has(i)).sort((a, b) => a - b);
  const warnings = [...hopeless]
    .sort((a, b) => a - b)
    .map((i) => ({ code: 'cannot-protect' as const, cell: (cells[i] as Cell).ref }));
  return { cells: extra.map((i) => (cells[i] as Cell).ref), warnings };
}

/**
 * The primary suppressions of a count table: published cells and totals with 1 to `threshold` − 1
 * persons (empty cells reveal nothing about anyone and stay).
 * @example smallCells({ cells: [[2, 7, 9]], rowTotals: true, columnTotals: false }) // → [{ row: 0, column: 0 }]
 */
export function smallCells(table: CountTable, threshold = MINIMUM_GROUP_SIZE): CellRef[] {
  return publishedCells(table)
    .cells.filter((c) => c.value > 0 && c.value < threshold)
    .map((c) => c.ref);
}
