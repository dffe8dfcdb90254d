/**
 * Deterministic projection of departures (retirement and turnover) per group and for the joint unit:
 * expected persons and FTE leaving each year, how much of the planned reduction that covers and when,
 * and the recruitment need if nobody is replaced.
 * @module
 */
import { mustSuppressTraits } from '../privacy/small-groups.ts';
import { attritionCoverage } from './attrition-coverage.ts';
import type {
  GroupPersons,
  HeadcountBasis,
  MissingInput,
  WorkforceGroup,
  WorkforceWarning,
} from './person-ages.ts';
import { groupPersons } from './person-ages.ts';
import {
  type RetirementAssumptions,
  checkAssumptions,
  departureProbabilities,
} from './retirement-assumptions.ts';

export interface ProjectionInput {
  groups: readonly WorkforceGroup[];
  assumptions: RetirementAssumptions;
  /** Calendar year of the first projected year; ages in the case are ages at its start. */
  firstYear: number;
  /** Number of years to project. */
  years: number;
  /** FTE the scenario plans to remove from the joint unit. */
  jointTargetReductionFte?: number;
}

/** One projected year. Persons are expected values, so they need not be whole. */
export interface ProjectionYear {
  year: number;
  retirements: number;
  turnover: number;
  departures: number;
  /** Expected FTE leaving this year; `null` when the FTE is unknown. */
  departedFte: number | null;
  cumulativeDepartedFte: number | null;
  coveredShare: number | null;
  recruitmentNeedFte: number | null;
}

/** The projection for one group or for the joint unit. */
export interface UnitProjection {
  id: string;
  headcount: number;
  headcountBasis: HeadcountBasis | 'sum-of-groups';
  fte: number | null;
  targetReductionFte: number | null;
  /**
   * True when the unit may be under 5 persons: its projection reveals ages, so every boundary must
   * withhold it from readers (see privacy/small-groups).
   */
  belowMinimumGroupSize: boolean;
  years: ProjectionYear[];
  /** Calendar year in which expected departures reach the target; `null` if not within the horizon. */
  fullyCoveredYear: number | null;
}

export interface WorkforceProjection {
  groups: UnitProjection[];
  /** All groups together; `null` while a group cannot be projected. */
  joint: UnitProjection | null;
  warnings: WorkforceWarning[];
  missing: MissingInput[];
}

interface Flow {
  retirements: number[];
  turnover: number[];
  departedFte: number[] | null;
}

function groupFlow(persons: GroupPersons, input: ProjectionInput): Flow {
  const retirements = new Array<number>(input.years).fill(0);
  const turnover = new Array<number>(input.years).fill(0);
  for (const ages of persons.persons) {
    departureProbabilities(ages, input.years, input.assumptions).forEach((d, i) => {
      retirements[i] = (retirements[i] as number) + d.retirement;
      turnover[i] = (turnover[i] as number) + d.turnover;
    });
  }
  const fte = persons.ftePerPerson;
  const departedFte = fte === null ? null : retirements.map((r, i) => (r + (turnover[i] as number)) * fte);
  return { retirements, turnover, departedFte };
}

function cumulative(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

type UnitFacts = Omit<UnitProjection, 'years' | 'fullyCoveredYear'>;

function project(facts: UnitFacts, flow: Flow, firstYear: number): UnitProjection {
  const cumulativeFte = flow.departedFte === null ? null : cumulative(flow.departedFte);
  const coverage = cumulativeFte === null ? null : attritionCoverage(cumulativeFte, facts.targetReductionFte);
  const years = flow.retirements.map((retirements, i) => {
    const turnover = flow.turnover[i] as number;
    return {
      year: firstYear + i,
      retirements,
      turnover,
      departures: retirements + turnover,
      departedFte: flow.departedFte?.[i] ?? null,
      cumulativeDepartedFte: cumulativeFte?.[i] ?? null,
      coveredShare: coverage?.years[i]?.coveredShare ?? null,
      recruitmentNeedFte: coverage?.years[i]?.recruitmentNeedFte ?? null,
    };
  });
  const index = coverage?.fullyCoveredIndex ?? null;
  return { ...facts, years, fullyCoveredYear: index === null ? null : firstYear + index };
}

function sumFlows(flows: readonly Flow[], years: number): Flow {
  const add = (pick: (f: Flow) => readonly number[]) =>
    Array.from({ length: years }, (_, i) => flows.reduce((s, f) => s + (pick(f)[i] as number), 0));
  const fteKnown = flows.every((f) => f.departedFte !== null);
  return {
    retirements: add((f) => f.retirements),
    turnover: add((f) => f.turnover),
    departedFte: fteKnown ? add((f) => f.departedFte as number[]) : null,
  };
}

/**
 * Expected departures per year for each group and the joint unit. For each person and each equally likely
 * age the yearly probabilities of retiring and of leaving otherwise are those of `departureProbabilities`;
 * expected persons are their sums, expected FTE the persons times FTE per person (a cohort projection with
 * competing risks; the assumptions and their sources are the case's).
 * @example expectedDepartures({ groups: [skaunPayroll], assumptions, firstYear: 2026, years: 10 }).groups[0].years[0].departures
 */
export function expectedDepartures(input: ProjectionInput): WorkforceProjection {
  checkAssumptions(input.assumptions);
  const warnings: WorkforceWarning[] = [];
  const missing: MissingInput[] = [];
  const groups: UnitProjection[] = [];
  const flows: Flow[] = [];
  input.groups.forEach((group, i) => {
    const resolved = groupPersons(group, ['groups', i]);
    warnings.push(...resolved.warnings);
    missing.push(...resolved.missing);
    if (resolved.persons === null) return;
    const flow = groupFlow(resolved.persons, input);
    flows.push(flow);
    const facts: UnitFacts = {
      id: group.id,
      headcount: resolved.persons.headcount,
      headcountBasis: resolved.persons.basis,
      fte: group.fte,
      targetReductionFte: group.targetReductionFte ?? null,
      belowMinimumGroupSize: mustSuppressTraits(group),
    };
    groups.push(project(facts, flow, input.firstYear));
  });
  if (groups.length < input.groups.length || groups.length === 0)
    return { groups, joint: null, warnings, missing };
  const headcount = groups.reduce((s, g) => s + g.headcount, 0);
  const fte = groups.every((g) => g.fte !== null) ? groups.reduce((s, g) => s + (g.fte as number), 0) : null;
  const jointFacts: UnitFacts = {
    id: 'joint',
    headcount,
    headcountBasis: 'sum-of-groups',
    fte,
    targetReductionFte: input.jointTargetReductionFte ?? null,
    belowMinimumGroupSize: mustSuppressTraits({ headcount, fte }),
  };
  return {
    groups,
    joint: project(jointFacts, sumFlows(flows, input.years), input.firstYear),
    warnings,
    missing,
  };
}
