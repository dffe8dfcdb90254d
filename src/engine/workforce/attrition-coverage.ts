/**
 * How far natural attrition (naturlig avgang) goes toward a planned FTE reduction, and what must be
 * recruited once it has gone further than planned.
 * @module
 */

/** One year's coverage of the reduction target. */
export interface CoverageYear {
  /** Share of the target reduction covered by departures so far, in [0, 1]; `null` without a target. */
  coveredShare: number | null;
  /**
   * FTE to recruit by the end of the year to stay at the planned staffing (today's FTE less the target)
   * if nobody who leaves is replaced: max(0, departed so far − target). Without a target every departure
   * must be replaced.
   */
  recruitmentNeedFte: number;
}

/**
 * Coverage per year from the cumulative FTE departed: covered = min(1, departed / target), recruitment
 * need = max(0, departed − target), and the first year index (0-based) in which departures reach the
 * target, `null` if they do not within the horizon or there is no target (target absent or 0).
 * @example attritionCoverage([0.5, 1.5, 2.5], 2) // → { years: [{ 0.25, 0 }, { 0.75, 0 }, { 1, 0.5 }], fullyCoveredIndex: 2 }
 */
export function attritionCoverage(
  cumulativeDepartedFte: readonly number[],
  targetReductionFte: number | null,
): { years: CoverageYear[]; fullyCoveredIndex: number | null } {
  const target = targetReductionFte !== null && targetReductionFte > 0 ? targetReductionFte : null;
  if (targetReductionFte !== null && !(targetReductionFte >= 0)) {
    throw new RangeError(`targetReductionFte must be ≥ 0, got ${targetReductionFte}`);
  }
  let fullyCoveredIndex: number | null = null;
  const years = cumulativeDepartedFte.map((departed, i) => {
    // Departed FTE are sums of shares like 0.8 + 0.2; 0.9999999999 of a target is the target.
    if (target !== null && fullyCoveredIndex === null && departed >= target - 1e-9) fullyCoveredIndex = i;
    return {
      coveredShare: target === null ? null : Math.min(1, departed / target),
      recruitmentNeedFte: Math.max(0, departed - (target ?? 0)),
    };
  });
  return { years, fullyCoveredIndex };
}
