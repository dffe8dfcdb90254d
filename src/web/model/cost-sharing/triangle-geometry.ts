/**
 * Drawing the triangle of savings: barycentric coordinates (shares of the saving) to SVG coordinates in an
 * equilateral triangle, a view box that holds the triangle and every point (allocations outside the
 * imputations lie outside it), and allocations that coincide gathered into one labelled mark.
 * @module
 */
import type { Barycentric } from '../../../case/cost-sharing/core-triangle.ts';

/** Side of the drawn triangle in SVG units. */
export const SIDE = 400;
const HEIGHT = (SIDE * Math.sqrt(3)) / 2;

/** The corners: player 0 at the top, player 1 bottom left, player 2 bottom right. */
export const CORNERS: readonly [number, number][] = [
  [SIDE / 2, 0],
  [0, HEIGHT],
  [SIDE, HEIGHT],
];

/**
 * The SVG point of barycentric coordinates b: Σ b_i · corner_i.
 * @example toXy([1, 0, 0]) // → [200, 0], the top corner
 */
export function toXy(b: Barycentric): [number, number] {
  let x = 0;
  let y = 0;
  CORNERS.forEach(([cx, cy], i) => {
    x += (b[i] as number) * cx;
    y += (b[i] as number) * cy;
  });
  return [x, y];
}

/**
 * A view box around the triangle and the points, with room for labels.
 * @example viewBox([]) // → '-90 -40 580 466.4…', the triangle alone with margins
 */
export function viewBox(points: readonly Barycentric[], margin = { x: 90, y: 40 }): string {
  const xy = [...CORNERS, ...points.map(toXy)];
  const xs = xy.map(([x]) => x);
  const ys = xy.map(([, y]) => y);
  const minX = Math.min(...xs) - margin.x;
  const minY = Math.min(...ys) - margin.y;
  const width = Math.max(...xs) + margin.x - minX;
  const height = Math.max(...ys) + margin.y - minY;
  return [minX, minY, width, height].map((v) => Math.round(v * 10) / 10).join(' ');
}

export interface PointGroup<T> {
  at: Barycentric;
  /** The allocations at this point, in the order given. */
  members: T[];
}

/**
 * Gathers points that coincide (within `tolerance` of a share) so their labels do not overprint.
 * @example groupPoints([{ at: [1, 0, 0] }, { at: [1, 0, 0] }]) // → one group of two
 */
export function groupPoints<T extends { at: Barycentric }>(
  points: readonly T[],
  tolerance = 1e-6,
): PointGroup<T>[] {
  const groups: PointGroup<T>[] = [];
  for (const point of points) {
    const group = groups.find((g) => g.at.every((v, i) => Math.abs(v - (point.at[i] as number)) < tolerance));
    if (group) group.members.push(point);
    else groups.push({ at: point.at, members: [point] });
  }
  return groups;
}

/**
 * A list of point numbers with runs written as ranges, for a label that stays short.
 * @example numberList([5, 6, 7, 8, 9, 10]) // → '5–10'
 * @example numberList([1, 3, 4]) // → '1, 3, 4'
 */
export function numberList(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    // Runs of three or more become a range; a pair reads better listed.
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
