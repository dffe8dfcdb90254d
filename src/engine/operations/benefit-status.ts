/**
 * Benefit realisation (gevinstrealisering) as DFØ describes it: each benefit has an indicator, a baseline
 * value (nullpunktsmåling), a target value and the date it should be reached; measurements are entered over
 * the years, and the status says whether the benefit is on its way. Source: DFØ/Prosjektveiviseren via
 * ECONOMICS.md § 8; DFØ prescribes no status rule, so the rule below is Flokk's and stated in full.
 * @module
 */
import { parseIsoDate } from './iso-date.ts';
import { OperationsError } from './operations-error.ts';

/** Which way the indicator should move. */
export type BenefitDirection =
  /** More is better, e.g. the number of staff who can do a task. */
  | 'higherIsBetter'
  /** Less is better, e.g. tasks only one person can do, or cost. */
  | 'lowerIsBetter';

/** A benefit with its indicator's baseline and target. */
export interface BenefitPlan {
  /** ISO date of the baseline measurement (nullpunktsmåling), where the planned path starts. */
  baselineDate: string;
  baselineValue: number;
  /** ISO date by which the target should be reached, after the baseline date. */
  targetDate: string;
  targetValue: number;
  direction: BenefitDirection;
  /**
   * How far behind the planned path a measurement may be and still count as on track, as a share of the
   * whole planned change (0.1: a tenth of the way from baseline to target). From 0 to 1.
   */
  tolerance: number;
}

/** A measurement of the indicator. */
export interface BenefitMeasurement {
  date: string;
  value: number;
}

/** Where a benefit stands. */
export type BenefitStatus =
  /** No measurement after the baseline yet. */
  | 'noMeasurement'
  /** The latest measurement is at or beyond the target. */
  | 'reached'
  /** The latest measurement is at or beyond the planned path, less the tolerance. */
  | 'onTrack'
  /** The latest measurement is behind the planned path by more than the tolerance. */
  | 'behind';

/** The status with the figures it was judged on. */
export interface BenefitAssessment {
  status: BenefitStatus;
  /** The measurement judged: the latest by date (the last given on a tie). */
  latest?: BenefitMeasurement;
  /** The planned value on the latest measurement's date. */
  planned?: number;
  /** The share of the planned change achieved (0 at baseline, 1 at target; may fall outside 0–1). */
  progress?: number;
}

function checkPlan(plan: BenefitPlan): { start: number; end: number } {
  const start = parseIsoDate(plan.baselineDate, ['baselineDate']).dayNumber;
  const end = parseIsoDate(plan.targetDate, ['targetDate']).dayNumber;
  if (end <= start)
    throw new OperationsError('invalid_date', ['targetDate'], 'must be after the baseline date');
  for (const field of ['baselineValue', 'targetValue'] as const) {
    if (!Number.isFinite(plan[field]))
      throw new OperationsError('invalid_option', [field], 'must be a number');
  }
  const gain = plan.targetValue - plan.baselineValue;
  if (plan.direction === 'higherIsBetter' ? gain <= 0 : gain >= 0) {
    throw new OperationsError(
      'invalid_option',
      ['targetValue'],
      `must be better than the baseline (${plan.direction})`,
    );
  }
  if (!(plan.tolerance >= 0 && plan.tolerance <= 1)) {
    throw new OperationsError('invalid_option', ['tolerance'], 'must be a share from 0 to 1');
  }
  return { start, end };
}

/**
 * The benefit's status. Rule: the planned path runs in a straight line from the baseline value on the
 * baseline date to the target value on the target date, and stays at the target after it. The latest
 * measurement is `reached` when at or beyond the target, `onTrack` when at or beyond the planned value on its
 * date less tolerance · |target − baseline|, else `behind`; with no measurement after the baseline,
 * `noMeasurement`. Comparisons are made as progress (the share of the planned change achieved), so one rule
 * serves both directions.
 * @throws OperationsError naming the field (dates, values, tolerance, a measurement before the baseline).
 * @example benefitStatus({ baselineDate: '2027-01-01', baselineValue: 14, targetDate: '2030-01-01', targetValue: 4, direction: 'lowerIsBetter', tolerance: 0.1 }, [{ date: '2028-01-01', value: 11 }]).status // → 'onTrack'
 */
export function benefitStatus(
  plan: BenefitPlan,
  measurements: readonly BenefitMeasurement[],
): BenefitAssessment {
  const { start, end } = checkPlan(plan);
  let latest: { day: number; measurement: BenefitMeasurement } | undefined;
  measurements.forEach((measurement, i) => {
    const day = parseIsoDate(measurement.date, ['measurements', i, 'date']).dayNumber;
    if (day < start)
      throw new OperationsError('invalid_date', ['measurements', i, 'date'], 'is before the baseline');
    if (!Number.isFinite(measurement.value)) {
      throw new OperationsError('invalid_option', ['measurements', i, 'value'], 'must be a number');
    }
    // The baseline date's own measurement is the baseline, not progress.
    if (day > start && (latest === undefined || day >= latest.day)) latest = { day, measurement };
  });
  if (latest === undefined) return { status: 'noMeasurement' };
  const gain = plan.targetValue - plan.baselineValue;
  const progress = (latest.measurement.value - plan.baselineValue) / gain;
  const plannedProgress = Math.min(1, (latest.day - start) / (end - start));
  const planned = plan.baselineValue + gain * plannedProgress;
  const status =
    progress >= 1 ? 'reached' : progress >= plannedProgress - plan.tolerance ? 'onTrack' : 'behind';
  return { status, latest: latest.measurement, planned, progress };
}
