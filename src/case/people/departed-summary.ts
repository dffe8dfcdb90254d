/**
 * How many FTE leave the joint units naturally by the last projected year, summed over the areas: the people
 * page's answer, derived once from the workforce projection beside it rather than in the page.
 * @module
 */
import type { WorkforceProjectionView } from './workforce-projection.ts';

/** FTE departed naturally by the last year, summed over the areas' joint units, under each bound. */
export interface DepartedSummary {
  year: number;
  low: number;
  high: number;
  areaIds: string[];
}

/**
 * The sum over areas of the joint unit's cumulative departed FTE in the last projected year; null when no
 * area has a figure for it (the baseline lacks ages or FTE). An area without a figure is left out, not
 * counted as zero.
 * @example departedSummary(view) // → { year: 2036, low: 12.5, high: 14, areaIds: ['barnevern'] }
 */
export function departedSummary(workforce: WorkforceProjectionView): DepartedSummary | null {
  const year = workforce.firstYear + workforce.years - 1;
  let low = 0;
  let high = 0;
  const areaIds: string[] = [];
  for (const area of workforce.areas) {
    const last = area.joint?.years?.find((y) => y.year === year)?.cumulativeDepartedFte;
    if (!last || last.low === null || last.high === null) continue;
    low += last.low;
    high += last.high;
    areaIds.push(area.areaId);
  }
  return areaIds.length === 0 ? null : { year, low, high, areaIds };
}
