/**
 * Economies of scale by size: a joint unit's savings share as a function of its size in FTE, so that a
 * smaller group can save less than the whole (issue 13, point 7). The curve is given as points (FTE,
 * relative share), linear between them and flat beyond the ends; a group S of F_S FTE saves
 * s · curve(F_S) / curve(F_all), where s is the area's savings share for the whole unit.
 * @module
 */

export interface ScalePoint {
  fte: number;
  relative: number;
}

/**
 * The curve's value at `fte`: linear interpolation between the points (sorted by FTE), flat outside.
 * @example scaleCurveAt([{ fte: 0, relative: 0 }, { fte: 10, relative: 1 }], 4) // → 0.4
 */
export function scaleCurveAt(points: readonly ScalePoint[], fte: number): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) throw new RangeError('a scale curve needs at least one point');
  if (fte <= first.fte) return first.relative;
  if (fte >= last.fte) return last.relative;
  for (let i = 1; i < points.length; i++) {
    const right = points[i]!;
    if (fte > right.fte) continue;
    const left = points[i - 1]!;
    return left.relative + ((right.relative - left.relative) * (fte - left.fte)) / (right.fte - left.fte);
  }
  return last.relative;
}

/**
 * The savings share of a group of `groupFte` when the whole unit of `allFte` saves `share`:
 * share · curve(groupFte) / curve(allFte); `share` itself when the curve is 0 at the whole unit's size.
 * @example groupSavingsShare(0.21, [{ fte: 0, relative: 0 }, { fte: 17.6, relative: 1 }], 11.4, 17.6) // → 0.136…
 */
export function groupSavingsShare(
  share: number,
  points: readonly ScalePoint[],
  groupFte: number,
  allFte: number,
): number {
  const whole = scaleCurveAt(points, allFte);
  if (whole === 0) return share;
  return (share * scaleCurveAt(points, groupFte)) / whole;
}
