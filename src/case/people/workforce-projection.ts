/**
 * The workforce projection for a case: per service area, one group per municipality (the central baseline
 * rows) and the joint unit, with expected departures per year. Where the case lacks a retirement share,
 * two bounds are projected instead of a guess: `low` (nobody leaves before the upper age limit) and `high`
 * (everybody leaves at the first retirement age). Missing turnover counts as none, and is listed as missing.
 * @module
 */
import { expectedDepartures, type UnitProjection } from '../../engine/workforce/expected-departures.ts';
import { simulateDepartures } from '../../engine/workforce/departure-simulation.ts';
import type { WorkforceGroup, WorkforceWarning } from '../../engine/workforce/person-ages.ts';
import type { RetirementAssumptions } from '../../engine/workforce/retirement-assumptions.ts';
import type { AgeInfo } from '../schema/baseline.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { areaReductionTargets } from './attrition-target.ts';

/** Years projected from the year after the latest budget year. */
export const PROJECTION_YEARS = 10;
/** Monte Carlo runs and seed for the joint units; the same seed gives the same figures everywhere. */
export const WORKFORCE_RUNS = 2000;
export const WORKFORCE_SEED = 7;

export type Bound = 'low' | 'high';

export interface WorkforceYear {
  year: number;
  /** Expected persons retiring in the year, under each bound. */
  retirements: Record<Bound, number>;
  /** Expected persons leaving in the year (retirement and turnover). */
  departures: Record<Bound, number>;
  cumulativeDepartedFte: Record<Bound, number | null>;
  /** Share of the scenario's reduction covered by departures so far; `null` without a target. */
  coveredShare: Record<Bound, number | null>;
}

export interface WorkforceUnit {
  /** The municipality number, or `joint` for all the area's municipalities together. */
  id: string;
  fte: number | null;
  headcount: number;
  headcountBasis: UnitProjection['headcountBasis'];
  /** Ages as entered; withheld (`null`) by `redactWorkforce` for small groups. */
  ages: AgeInfo | null;
  belowMinimumGroupSize: boolean;
  targetReductionFte: number | null;
  years: WorkforceYear[] | null;
  fullyCoveredYear: Record<Bound, number | null> | null;
  /** Joint unit only: P10 and P90 of FTE departed by the last year over the Monte Carlo runs. */
  simulatedCumulativeFte: Record<Bound, { p10: number; p90: number }> | null;
}

export interface WorkforceArea {
  areaId: string;
  groups: WorkforceUnit[];
  joint: WorkforceUnit | null;
  warnings: WorkforceWarning[];
}

export interface WorkforceProjectionView {
  firstYear: number;
  years: number;
  scenarioId: string | null;
  /** Assumption fields still empty, e.g. `people.workforce.earlyRetirementShare`. */
  missing: string[];
  /** True when a retirement share is missing, so `low` and `high` differ. */
  bounded: boolean;
  areas: WorkforceArea[];
}

export function assumptionsFor(document: CaseDocument, bound: Bound): RetirementAssumptions {
  const w = document.people.workforce;
  const missingShare = bound === 'low' ? 0 : 1;
  return {
    earlyRetirementAge: w.earlyRetirementAge.value ?? 62,
    earlyRetirementShare: w.earlyRetirementShare.value ?? missingShare,
    ordinaryRetirementAge: w.ordinaryRetirementAge.value ?? 67,
    ordinaryRetirementShare: w.ordinaryRetirementShare.value ?? missingShare,
    upperAgeLimit: w.upperAgeLimit.value ?? 72,
    yearlyTurnover: w.yearlyTurnover.value ?? 0,
  };
}

function missingAssumptions(document: CaseDocument): string[] {
  return Object.entries(document.people.workforce)
    .filter(([, field]) => field.value === null)
    .map(([key]) => `people.workforce.${key}`);
}

export function groupsOf(document: CaseDocument, areaId: string, targets: Record<string, number>) {
  return document.baseline
    .filter((row) => row.areaId === areaId && row.scope === 'central')
    .map((row): WorkforceGroup => ({
      id: row.municipalityNumber,
      fte: row.fte,
      headcount: row.headcount,
      ages: row.ages,
      ...(targets[row.municipalityNumber] === undefined
        ? {}
        : { targetReductionFte: targets[row.municipalityNumber] as number }),
    }));
}

function combine(low: UnitProjection, high: UnitProjection, ages: AgeInfo | null): WorkforceUnit {
  const both = <T>(pick: (u: UnitProjection) => T): Record<Bound, T> => ({
    low: pick(low),
    high: pick(high),
  });
  return {
    id: low.id,
    fte: low.fte,
    headcount: low.headcount,
    headcountBasis: low.headcountBasis,
    ages,
    belowMinimumGroupSize: low.belowMinimumGroupSize,
    targetReductionFte: low.targetReductionFte,
    years: low.years.map((y, i) => {
      const h = high.years[i] ?? y;
      return {
        year: y.year,
        retirements: { low: y.retirements, high: h.retirements },
        departures: { low: y.departures, high: h.departures },
        cumulativeDepartedFte: { low: y.cumulativeDepartedFte, high: h.cumulativeDepartedFte },
        coveredShare: { low: y.coveredShare, high: h.coveredShare },
      };
    }),
    fullyCoveredYear: both((u) => u.fullyCoveredYear),
    simulatedCumulativeFte: null,
  };
}

function projectArea(document: CaseDocument, areaId: string, scenarioId: string | null): WorkforceArea {
  const targets = areaReductionTargets(document, scenarioId, areaId);
  const groups = groupsOf(document, areaId, targets.perMunicipality);
  const firstYear = firstProjectionYear(document);
  const input = {
    groups,
    firstYear,
    years: PROJECTION_YEARS,
    ...(targets.joint === null ? {} : { jointTargetReductionFte: targets.joint }),
  };
  const low = expectedDepartures({ ...input, assumptions: assumptionsFor(document, 'low') });
  const high = expectedDepartures({ ...input, assumptions: assumptionsFor(document, 'high') });
  const ages = (id: string) =>
    document.baseline.find((r) => r.areaId === areaId && r.scope === 'central' && r.municipalityNumber === id)
      ?.ages ?? null;
  const units = low.groups.map((g, i) => combine(g, high.groups[i] ?? g, ages(g.id)));
  let joint: WorkforceUnit | null = null;
  if (low.joint !== null && high.joint !== null) {
    joint = combine(low.joint, high.joint, null);
    const simulate = (bound: Bound) => {
      const sim = simulateDepartures({
        ...input,
        assumptions: assumptionsFor(document, bound),
        runs: WORKFORCE_RUNS,
        seed: WORKFORCE_SEED,
      });
      const last = sim.joint?.years.at(-1)?.cumulativeDepartedFte;
      return last ? { p10: last.p10, p90: last.p90 } : null;
    };
    const simLow = simulate('low');
    const simHigh = simulate('high');
    joint.simulatedCumulativeFte = simLow && simHigh ? { low: simLow, high: simHigh } : null;
  }
  return { areaId, groups: units, joint, warnings: low.warnings };
}

/** The year after the latest budget year of the baseline: the ages in the case are taken as ages then. */
export function firstProjectionYear(document: CaseDocument): number {
  return Math.max(...document.baseline.map((row) => row.budgetYear)) + 1;
}

/**
 * Projects departures for every service area with central baseline rows, against the reduction of
 * `scenarioId` (the first scenario when omitted; none when the case has no scenarios).
 * @example workforceProjection(defaultCase()).areas[0].groups[2].years[0].retirements
 */
export function workforceProjection(document: CaseDocument, scenarioId?: string): WorkforceProjectionView {
  const chosen = scenarioId ?? document.scenarios[0]?.id ?? null;
  const missing = missingAssumptions(document);
  const areaIds = document.serviceAreas
    .map((a) => a.id)
    .filter((id) => document.baseline.some((r) => r.areaId === id && r.scope === 'central'));
  return {
    firstYear: firstProjectionYear(document),
    years: PROJECTION_YEARS,
    scenarioId: chosen,
    missing,
    bounded:
      document.people.workforce.earlyRetirementShare.value === null ||
      document.people.workforce.ordinaryRetirementShare.value === null,
    areas: areaIds.map((id) => projectArea(document, id, chosen)),
  };
}
