/**
 * The operations of explained people figures: a switchboard's FTE need (Erlang agents per interval, agent
 * hours to FTE) and a group's expected departures (retirement and turnover per person and year). Each is
 * evaluated again by the engine's own function, so an explanation cannot drift from the computation: the
 * agents by the queue model `switchboardSizing` uses, departures by `expectedDepartures`.
 * @module
 */
import { erlangAModel } from '../queueing/erlang-a-staffing.ts';
import { erlangCModel } from '../queueing/erlang-c.ts';
import { fteForAgentHours } from '../queueing/fte-conversion.ts';
import { smallestPossibleGroup } from '../privacy/small-groups.ts';
import { expectedDepartures } from '../workforce/expected-departures.ts';
import type { AgeInfo } from '../workforce/person-ages.ts';

export type StaffingFormula =
  /** x₀ / x₁, e.g. FTE per person: a group's FTE over its headcount. */
  | { op: 'quotient' }
  /** ⌈x₀⌉: the fewest persons an FTE figure can be (nobody works more than one FTE). */
  | { op: 'fewestPersons' }
  /**
   * Whole agents for one interval open `openMinutes`, at least one while open: inputs calls, handling time
   * (s), target service level, target seconds, then the occupancy cap when `capped`, then the callers' mean
   * patience (s) when `patience` (Erlang A; Erlang C without).
   */
  | { op: 'erlangAgents'; openMinutes: number; capped: boolean; patience: boolean }
  /** FTE = h · w / (1 − s) / H: inputs agent hours a week h, weeks a year w, shrinkage s, hours per FTE H. */
  | { op: 'fteForAgentHours' }
  /**
   * A group's expected retirements or turnover (`part`) in projected year `year` (1 = the first): inputs the
   * six retirement assumptions (early age, early share, ordinary age, ordinary share, upper limit, turnover),
   * the headcount, then the ages: [value] (`single`), [min, max] (`range`) or [from, to, count]… (`bands`).
   */
  | { op: 'expectedDepartures'; part: 'retirements' | 'turnover'; year: number; ages: AgeInfo['kind'] };

const at = (values: readonly number[], i: number) => values[i] as number;

function agesFrom(kind: AgeInfo['kind'], values: readonly number[]): AgeInfo {
  if (kind === 'single') return { kind, value: at(values, 0) };
  if (kind === 'range') return { kind, min: at(values, 0), max: at(values, 1) };
  const bands = [];
  for (let k = 0; k + 2 < values.length; k += 3)
    bands.push({ from: at(values, k), to: at(values, k + 1), count: at(values, k + 2) });
  return { kind, bands };
}

function departures(
  formula: Extract<StaffingFormula, { op: 'expectedDepartures' }>,
  values: readonly number[],
) {
  const projection = expectedDepartures({
    groups: [{ id: 'g', fte: null, headcount: at(values, 6), ages: agesFrom(formula.ages, values.slice(7)) }],
    assumptions: {
      earlyRetirementAge: at(values, 0),
      earlyRetirementShare: at(values, 1),
      ordinaryRetirementAge: at(values, 2),
      ordinaryRetirementShare: at(values, 3),
      upperAgeLimit: at(values, 4),
      yearlyTurnover: at(values, 5),
    },
    firstYear: 1,
    years: formula.year,
  });
  return projection.groups[0]?.years[formula.year - 1]?.[formula.part] ?? null;
}

function agents(formula: Extract<StaffingFormula, { op: 'erlangAgents' }>, values: readonly number[]) {
  const [calls, aht, level, seconds] = values as [number, number, number, number];
  const rest = values.slice(4);
  const cap = formula.capped ? rest.shift() : undefined;
  const model = formula.patience ? erlangAModel(at(rest, 0)) : erlangCModel;
  const load = { callsPerInterval: calls, intervalMinutes: formula.openMinutes, ahtSeconds: aht };
  const target = {
    targetServiceLevel: level,
    targetSeconds: seconds,
    ...(cap === undefined ? {} : { maxOccupancy: cap }),
  };
  // As `switchboardSizing`: the model's answer, but at least one person while the line is open.
  return Math.max(1, model.staffing(load, target).agents);
}

/**
 * The value `formula` gives over `values`; null where the engine gives none.
 * @example evaluateStaffingFormula({ op: 'erlangAgents', openMinutes: 30, capped: false, patience: false }, [100, 180, 0.8, 20]) // → 14
 */
export function evaluateStaffingFormula(formula: StaffingFormula, values: readonly number[]): number | null {
  switch (formula.op) {
    case 'quotient':
      return at(values, 0) / at(values, 1);
    case 'fewestPersons':
      return smallestPossibleGroup({ headcount: null, fte: at(values, 0) });
    case 'erlangAgents':
      return agents(formula, values);
    case 'fteForAgentHours':
      return fteForAgentHours(at(values, 0), {
        openWeeksPerYear: at(values, 1),
        shrinkage: at(values, 2),
        fteHoursPerYear: at(values, 3),
      });
    case 'expectedDepartures':
      return departures(formula, values);
  }
}
