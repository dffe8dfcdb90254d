/**
 * A strict reader of JSON-stat 2 datasets (https://json-stat.org/full/), the format SSB's API answers in.
 * A dataset is a cube: `id` names the dimensions in order, `size` gives each one's number of categories, and
 * `value` lists the cells in row-major order (the last dimension varies fastest), either as an array or, when
 * sparse, as an object keyed by the cell's position. A cell SSB does not give is `null`, or has a `status` of
 * `..` (not available), `.` (cannot occur) or `:` (confidential); all of them read as `null`, never 0.
 * @module
 */
import { z } from 'zod';

/** The most cells a dataset may have: far more than one SSB answer (limited to 800 000 cells) holds. */
const MAX_CELLS = 1_000_000;
const Code = z.string().min(1).max(200);

const Category = z.strictObject({
  index: z.union([z.array(Code).max(MAX_CELLS), z.record(Code, z.number().int().nonnegative())]).optional(),
  label: z.record(Code, z.string().max(1_000)).optional(),
  unit: z.record(Code, z.unknown()).optional(),
  note: z.unknown().optional(),
  child: z.unknown().optional(),
  coordinates: z.unknown().optional(),
});

const Dimension = z.looseObject({ label: z.string().max(1_000).optional(), category: Category });

const Cell = z.number().finite().nullable();

/** The shape of a JSON-stat 2 dataset; extra top-level properties (`note`, `extension`, …) are allowed. */
export const JsonStatDataset = z.looseObject({
  version: z.literal('2.0'),
  class: z.literal('dataset'),
  label: z.string().max(2_000).optional(),
  updated: z.string().max(100).optional(),
  id: z.array(Code).min(1).max(20),
  size: z.array(z.number().int().nonnegative()).min(1).max(20),
  dimension: z.record(Code, Dimension),
  value: z.union([z.array(Cell).max(MAX_CELLS), z.record(z.string().regex(/^\d+$/), Cell)]),
  status: z
    .union([
      z.string().max(10),
      z.array(z.string().max(10).nullable()),
      z.record(z.string(), z.string().max(10)),
    ])
    .nullable()
    .optional(),
});
export type JsonStatDataset = z.infer<typeof JsonStatDataset>;

/** Status symbols that mean the figure is missing (SSB's «Tegnforklaring»). */
const MISSING_STATUS = new Set(['..', '.', ':']);

/** One dimension of a read cube: its category codes in index order, and their labels. */
export interface CubeDimension {
  id: string;
  label: string;
  codes: string[];
  labels: Record<string, string>;
}

/** A validated cube: cells are read with {@link cubeCell}. */
export interface JsonStatCube {
  label: string;
  updated: string | undefined;
  dimensions: CubeDimension[];
  /** The value of each cell in row-major order; `null` where the figure is missing. */
  cells: (number | null)[];
}

export type JsonStatResult = { success: true; cube: JsonStatCube } | { success: false; problem: string };

function orderedCodes(id: string, dimension: z.infer<typeof Dimension>, size: number): string[] | string {
  const { index, label } = dimension.category;
  // A single category may give only a label (JSON-stat allows leaving out the index then).
  const codes = Array.isArray(index)
    ? index
    : index
      ? Object.keys(index).sort((a, b) => (index[a] ?? 0) - (index[b] ?? 0))
      : Object.keys(label ?? {});
  if (codes.length !== size) return `dimension ${id}: ${codes.length} categories, size says ${size}`;
  if (new Set(codes).size !== codes.length) return `dimension ${id}: a category twice`;
  if (index && !Array.isArray(index) && codes.some((code, i) => index[code] !== i))
    return `dimension ${id}: the category index is not 0…${size - 1}`;
  return codes;
}

function statusAt(status: JsonStatDataset['status'], position: number): string | null | undefined {
  if (status === null || status === undefined) return undefined;
  if (typeof status === 'string') return status;
  if (Array.isArray(status)) return status.length === 1 ? status[0] : status[position];
  return status[String(position)];
}

/** Reads a JSON-stat 2 dataset, checking that its dimensions, sizes and values agree. */
export function readJsonStat(input: unknown): JsonStatResult {
  const parsed = JsonStatDataset.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { success: false, problem: `not a JSON-stat 2 dataset (${issue?.path.join('.') ?? ''})` };
  }
  const data = parsed.data;
  if (data.id.length !== data.size.length) return { success: false, problem: 'id and size differ in length' };
  const count = data.size.reduce((product, n) => product * n, 1);
  if (count > MAX_CELLS) return { success: false, problem: `${count} cells is more than ${MAX_CELLS}` };
  const dimensions: CubeDimension[] = [];
  for (const [i, id] of data.id.entries()) {
    const dimension = data.dimension[id];
    if (!dimension) return { success: false, problem: `dimension ${id} is not described` };
    const codes = orderedCodes(id, dimension, data.size[i] ?? 0);
    if (typeof codes === 'string') return { success: false, problem: codes };
    const labels = Object.fromEntries(codes.map((code) => [code, dimension.category.label?.[code] ?? code]));
    dimensions.push({ id, label: dimension.label ?? id, codes, labels });
  }
  const dense = Array.isArray(data.value);
  if (dense && (data.value as unknown[]).length !== count)
    return { success: false, problem: `${(data.value as unknown[]).length} values for ${count} cells` };
  if (!dense && Object.keys(data.value).some((key) => Number(key) >= count))
    return { success: false, problem: `a value outside the ${count} cells` };
  const cells = Array.from({ length: count }, (_, position) => {
    const raw = dense
      ? (data.value as (number | null)[])[position]
      : (data.value as Record<string, number | null>)[position];
    const status = statusAt(data.status, position);
    if (status && MISSING_STATUS.has(status)) return null;
    return raw ?? null;
  });
  return { success: true, cube: { label: data.label ?? '', updated: data.updated, dimensions, cells } };
}

/**
 * The row-major position of a cell: for categories at positions p₀…pₙ₋₁ of dimensions with sizes s₀…sₙ₋₁,
 * ((p₀·s₁ + p₁)·s₂ + p₂)… The last dimension varies fastest.
 * @example cellPosition([2, 3, 4], [1, 2, 3]) // → (1·3 + 2)·4 + 3 = 23
 */
export function cellPosition(sizes: readonly number[], positions: readonly number[]): number {
  return sizes.reduce((offset, size, i) => offset * size + (positions[i] ?? 0), 0);
}

/** The cell at the given category codes (one per dimension, by dimension id); `null` when missing or not in the cube. */
export function cubeCell(cube: JsonStatCube, at: Readonly<Record<string, string>>): number | null {
  const positions: number[] = [];
  for (const dimension of cube.dimensions) {
    const code = at[dimension.id] ?? (dimension.codes.length === 1 ? dimension.codes[0] : undefined);
    const position = code === undefined ? -1 : dimension.codes.indexOf(code);
    if (position < 0) return null;
    positions.push(position);
  }
  const sizes = cube.dimensions.map((d) => d.codes.length);
  return cube.cells[cellPosition(sizes, positions)] ?? null;
}

/** The dimension with the given id, or undefined. */
export function cubeDimension(cube: JsonStatCube, id: string): CubeDimension | undefined {
  return cube.dimensions.find((d) => d.id === id);
}
