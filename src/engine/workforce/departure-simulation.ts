/**
 * Seeded Monte Carlo of departures, for groups whose ages are known only as ranges or bands: each run
 * draws every person's age uniformly from their possible ages, then draws year by year whether they
 * retire or leave. It shows the spread around the expected values of `expectedDepartures`.
 * @module
 */
import { type UniformSource, independentStreams } from '../random/seeded-random.ts';
import { type Summary, summary } from '../statistics/summary.ts';
import type { ProjectionInput } from './expected-departures.ts';
import { type GroupPersons, type MissingInput, type WorkforceWarning, groupPersons } from './person-ages.ts';
import {
  type RetirementAssumptions,
  checkAssumptions,
  retirementProbability,
} from './retirement-assumptions.ts';

export interface SimulationInput extends ProjectionInput {
  /** Number of simulated futures, 1 to 1 000 000. */
  runs: number;
  /** Seed for the random numbers; the same seed gives the same result everywhere. */
  seed: number;
}

export interface SimulatedYear {
  year: number;
  /** Persons leaving in the year, over the runs. */
  departures: Summary;
  /** FTE departed up to and including the year; `null` when the FTE is unknown. */
  cumulativeDepartedFte: Summary | null;
  /** Share of runs in which departures have reached the target by the end of the year; `null` without one. */
  probabilityFullyCovered: number | null;
}

export interface SimulatedUnit {
  id: string;
  years: SimulatedYear[];
  /** First year in which at least half the runs have reached the target; `null` if none. */
  medianFullyCoveredYear: number | null;
}

export interface DepartureSimulation {
  runs: number;
  seed: number;
  groups: SimulatedUnit[];
  joint: SimulatedUnit | null;
  warnings: WorkforceWarning[];
  missing: MissingInput[];
}

/** Departures per run and year, run-major: counts[run × years + year]. */
function simulateGroup(
  persons: GroupPersons,
  a: RetirementAssumptions,
  years: number,
  runs: number,
  random: UniformSource,
) {
  const counts = new Float64Array(runs * years);
  for (let run = 0; run < runs; run++) {
    for (const ages of persons.persons) {
      const age =
        ages.length === 1 ? (ages[0] as number) : (ages[Math.floor(random.next() * ages.length)] as number);
      for (let y = 1; y <= years; y++) {
        const r = retirementProbability(age + y, age, a);
        // One uniform per person-year: below r retires, below r + (1 − r)q leaves otherwise.
        if (random.next() < r + (1 - r) * a.yearlyTurnover) {
          counts[run * years + y - 1] = (counts[run * years + y - 1] as number) + 1;
          break;
        }
      }
    }
  }
  return counts;
}

function cumulativeFte(
  counts: Float64Array,
  ftePerPerson: number,
  runs: number,
  years: number,
): Float64Array {
  const fte = new Float64Array(runs * years);
  for (let run = 0; run < runs; run++) {
    let sum = 0;
    for (let y = 0; y < years; y++) {
      sum += (counts[run * years + y] as number) * ftePerPerson;
      fte[run * years + y] = sum;
    }
  }
  return fte;
}

function column(values: Float64Array, y: number, runs: number, years: number): Float64Array {
  const out = new Float64Array(runs);
  for (let run = 0; run < runs; run++) out[run] = values[run * years + y] as number;
  return out;
}

interface UnitRuns {
  id: string;
  counts: Float64Array;
  fte: Float64Array | null;
  target: number | null;
}

function summarise(unit: UnitRuns, input: SimulationInput): SimulatedUnit {
  const { runs, years, firstYear } = input;
  const target = unit.target !== null && unit.target > 0 ? unit.target : null;
  const result = Array.from({ length: years }, (_, y) => {
    const fte = unit.fte === null ? null : column(unit.fte, y, runs, years);
    const covered =
      fte === null || target === null ? null : fte.filter((v) => v >= target - 1e-9).length / runs;
    return {
      year: firstYear + y,
      departures: summary(column(unit.counts, y, runs, years)),
      cumulativeDepartedFte: fte === null ? null : summary(fte),
      probabilityFullyCovered: covered,
    };
  });
  const median = result.find((y) => (y.probabilityFullyCovered ?? 0) >= 0.5);
  return { id: unit.id, years: result, medianFullyCoveredYear: median?.year ?? null };
}

function addRuns(
  units: readonly UnitRuns[],
  pick: (u: UnitRuns) => Float64Array | null,
): Float64Array | null {
  const arrays = units.map(pick);
  if (arrays.some((a) => a === null)) return null;
  const sum = new Float64Array((arrays[0] as Float64Array).length);
  for (const a of arrays as Float64Array[])
    for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (a[i] as number);
  return sum;
}

/**
 * Simulates departures `runs` times. Each group draws from its own random stream (stream i of
 * `independentStreams(seed, groups)`), so adding a group leaves the others' draws unchanged. The joint
 * unit adds the groups run by run. Per year it reports the mean, P10, P50 and P90 of persons leaving and
 * of FTE departed so far, and the share of runs that have reached the reduction target.
 * @example simulateDepartures({ groups, assumptions, firstYear: 2026, years: 10, runs: 10_000, seed: 1 }).joint?.medianFullyCoveredYear
 */
export function simulateDepartures(input: SimulationInput): DepartureSimulation {
  checkAssumptions(input.assumptions);
  if (!Number.isInteger(input.runs) || input.runs < 1 || input.runs > 1_000_000) {
    throw new RangeError(`runs must be a whole number from 1 to 1 000 000, got ${input.runs}`);
  }
  const streams = independentStreams(input.seed, Math.max(1, input.groups.length));
  const warnings: WorkforceWarning[] = [];
  const missing: MissingInput[] = [];
  const units: UnitRuns[] = [];
  input.groups.forEach((group, i) => {
    const resolved = groupPersons(group, ['groups', i]);
    warnings.push(...resolved.warnings);
    missing.push(...resolved.missing);
    if (resolved.persons === null) return;
    const { runs, years } = input;
    const counts = simulateGroup(
      resolved.persons,
      input.assumptions,
      years,
      runs,
      streams[i] as UniformSource,
    );
    const per = resolved.persons.ftePerPerson;
    const fte = per === null ? null : cumulativeFte(counts, per, runs, years);
    units.push({ id: group.id, counts, fte, target: group.targetReductionFte ?? null });
  });
  const groups = units.map((u) => summarise(u, input));
  const complete = units.length === input.groups.length && units.length > 0;
  const joint = complete
    ? summarise(
        {
          id: 'joint',
          counts: addRuns(units, (u) => u.counts) as Float64Array,
          fte: addRuns(units, (u) => u.fte),
          target: input.jointTargetReductionFte ?? null,
        },
        input,
      )
    : null;
  return { runs: input.runs, seed: input.seed, groups, joint, warnings, missing };
}
