/**
 * From agent hours a week to FTE (årsverk): the staffing a queue needs, as positions.
 * @module
 */
import { staffForAgents } from './shrinkage.ts';

/**
 * Hours in one FTE per year, an assumption: 37.5 h a week × 52.14 weeks = 1 955 h, less five weeks of
 * holiday (ferieloven § 5 with the tariff agreement's fifth week) and about ten weekday public holidays,
 * ≈ 1 695 h. A common Norwegian planning norm; replace it with the municipality's own figure.
 */
export const FTE_HOURS_PER_YEAR = 1695;

/** What the conversion needs besides the agent hours. */
export interface FteBasis {
  /** Weeks a year the weekly pattern applies. */
  openWeeksPerYear: number;
  /** Share of paid time not available for calls, in [0, 1). */
  shrinkage: number;
  /** Hours in one FTE a year; see `FTE_HOURS_PER_YEAR`. */
  fteHoursPerYear: number;
}

/**
 * FTE = agent hours a week × weeks a year / (1 − shrinkage) / hours per FTE.
 * Holidays are already out of the hours per FTE, so shrinkage should hold only what remains (breaks,
 * meetings, training, sickness), or holidays are counted twice.
 * @example fteForAgentHours(35, { openWeeksPerYear: 50, shrinkage: 0.25, fteHoursPerYear: 1695 }) // → 1.3766
 */
export function fteForAgentHours(agentHoursPerWeek: number, basis: FteBasis): number {
  if (!(basis.fteHoursPerYear > 0))
    throw new RangeError(`fteHoursPerYear must be > 0, got ${basis.fteHoursPerYear}`);
  if (!(basis.openWeeksPerYear >= 0 && basis.openWeeksPerYear <= 53)) {
    throw new RangeError(`openWeeksPerYear must be in [0, 53], got ${basis.openWeeksPerYear}`);
  }
  return staffForAgents(agentHoursPerWeek * basis.openWeeksPerYear, basis.shrinkage) / basis.fteHoursPerYear;
}
