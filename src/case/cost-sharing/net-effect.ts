/**
 * The net effect per municipality and year of sharing the joint unit's running cost by an allocation:
 * cost today − the municipality's part of the joint unit's running cost, year by year from the unit's start
 * and through its ramp-up, as the scenario analysis computes them (`computeCashFlows` at the inputs'
 * medians). An allocation of c(N) is applied as a key: municipality i pays x_i / Σx of each year's running
 * cost, in whole kroner by the largest-remainder method. At full effect the net effect is then
 * c({i}) − x_i, the saving of the comparison table. One-off costs and grants are left out: the scenario
 * shares them by its own keys, and the analysis page shows them.
 * @module
 */
import { CostKeyError } from '../../engine/cost-sharing/cost-key-error.ts';
import { apportionShares } from '../../engine/cost-sharing/largest-remainder.ts';
import { EconomicsInputError } from '../../engine/economics/economics-error.ts';
import { computeCashFlows } from '../../engine/economics/scenario-cash-flows.ts';
import { quantileDraw } from '../../engine/economics/uncertain-inputs.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { toScenarioInput } from '../scenario/to-scenario-input.ts';

/** The running-cost lines of the areas shared, per year, whole kroner of the base year. */
export interface RunningCostFlows {
  years: number[];
  /** Each player's own cost today, summed over the areas, from each unit's start (0 before). */
  costToday: Record<string, number[]>;
  /** The joint units' running cost per year, summed over the areas. */
  jointCost: number[];
}

/**
 * The running-cost lines of `areaIds` in scenario `scenarioId` for the municipalities `players`; null when
 * the scenario cannot be computed (the analysis reports why).
 * @example runningCostFlows(defaultCase(), 'administrative-tjenester', ['sentralbord'], ['5027', '5028', '5029'])?.jointCost
 */
export function runningCostFlows(
  document: CaseDocument,
  scenarioId: string,
  areaIds: readonly string[],
  players: readonly string[],
): RunningCostFlows | null {
  const mapped = toScenarioInput(document, scenarioId);
  if (!mapped) return null;
  let flows;
  try {
    flows = computeCashFlows(mapped.input, quantileDraw(mapped.input, 0.5));
  } catch (error) {
    if (error instanceof EconomicsInputError || error instanceof CostKeyError) return null;
    throw error;
  }
  const areas = new Set(areaIds);
  const zeros = () => flows.years.map(() => 0);
  const costToday: Record<string, number[]> = Object.fromEntries(players.map((m) => [m, zeros()]));
  for (const line of flows.lines) {
    const own = costToday[line.municipality];
    if (line.kind !== 'costToday' || !areas.has(line.sourceId) || !own) continue;
    line.values.forEach((value, y) => (own[y] = (own[y] as number) + value));
  }
  const jointCost = zeros();
  for (const area of flows.areas) {
    if (areas.has(area.areaId))
      area.jointUnitCost.forEach((value, y) => (jointCost[y] = (jointCost[y] as number) + value));
  }
  return { years: flows.years, costToday, jointCost };
}

/** Whole kroner summing to `total`; shares below zero (possible outside the imputations) are rounded plainly. */
function split(total: number, shares: readonly number[]): number[] {
  if (shares.every((s) => s >= 0)) return apportionShares(total, shares);
  const rounded = shares.map((s) => Math.round(total * s));
  const rest = total - rounded.reduce((sum, r) => sum + r, 0);
  const largest = shares.indexOf(Math.max(...shares));
  rounded[largest] = (rounded[largest] as number) + rest;
  return rounded;
}

/**
 * Net effect per player and year when the running cost is shared as `amounts` (kroner per player of c(N)).
 * @example netEffectUnder(flows, ['A', 'B'], [4.5, 6.5]) // → { A: [0, …, costToday_A − 45 % of the joint cost], … }
 */
export function netEffectUnder(
  flows: RunningCostFlows,
  players: readonly string[],
  amounts: readonly number[],
): Record<string, number[]> {
  const sum = amounts.reduce((s, x) => s + x, 0);
  const shares = sum === 0 ? amounts.map(() => 1 / amounts.length) : amounts.map((x) => x / sum);
  const parts = flows.jointCost.map((joint) => split(joint, shares));
  return Object.fromEntries(
    players.map((m, i) => [
      m,
      flows.years.map((_, y) => (flows.costToday[m]?.[y] ?? 0) - ((parts[y] as number[])[i] as number) + 0),
    ]),
  );
}
