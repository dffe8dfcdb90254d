/**
 * Compiles a scenario into flat typed arrays once, so that each draw of a simulation only does
 * arithmetic: everything that does not depend on the draw (key shares, ramp-up, which cost falls in which
 * year, discount factors) is worked out here.
 * @module
 */
import { DistributionParameterError, type Distribution } from '../statistics/distribution.ts';
import { createDistribution } from '../statistics/distributions/registry.ts';
import { compileArea } from './compile-area.ts';
import {
  byYear,
  invalid,
  municipalityIndexes,
  requireInteger,
  sharesFor,
  SlotTable,
  type Context,
  type Path,
} from './compile-context.ts';
import type { CompiledArea, CompiledGrant, CompiledScenario } from './compiled-scenario.ts';
import { checkDiscountSchedule, discountFactors, NORWEGIAN_STATE_DISCOUNT_SCHEDULE } from './discounting.ts';
import { EconomicsInputError } from './economics-error.ts';
import type { ScenarioInput } from './scenario-input.ts';

// The value slots of the one-off costs grant g finances; a reference to no such cost is an error.
function financedSlots(context: Context, areas: readonly CompiledArea[], g: number): Int32Array {
  const grant = context.input.grants[g]!;
  const slots = (grant.financedCosts ?? []).map((ref, r) => {
    const area = areas.find((a) => a.id === ref.areaId);
    const index = area?.oneOffIds.indexOf(ref.costId) ?? -1;
    if (!area || index < 0)
      invalid(['grants', g, 'financedCosts', r], `no one-off cost «${ref.costId}» in area «${ref.areaId}»`);
    return area.oneOffCostSlots[index]!;
  });
  return Int32Array.from(slots);
}

function compileGrants(context: Context, areas: readonly CompiledArea[]): CompiledGrant[] {
  const { input, slots, years } = context;
  const grants: CompiledGrant[] = [];
  input.grants.forEach((grant, g) => {
    const path: Path = ['grants', g];
    requireInteger(grant.year, [...path, 'year']);
    const ids = grant.participants ?? input.municipalities.map((m) => m.id);
    const municipalities = municipalityIndexes(context, ids, [...path, 'participants']);
    const keyInputs = ids.map((id, i) => ({ ...input.municipalities[municipalities[i] as number], id }));
    const shares = sharesFor(keyInputs, grant.key, [...path, 'key']);
    const slot = slots.resolve(grant.amount, [...path, 'amount']);
    const capSlots = financedSlots(context, areas, g);
    if (capSlots.length === 0)
      context.warnings.push({ code: 'grant_without_cost', path: [...path, 'financedCosts'] });
    const yearIndex = grant.year - (years[0] as number);
    if (yearIndex < 0 || yearIndex >= years.length) {
      context.warnings.push({ code: 'grant_outside_horizon', path: [...path, 'year'], year: grant.year });
      return;
    }
    grants.push({
      id: grant.id,
      yearIndex,
      slot,
      count: municipalities.length,
      municipalities,
      shares,
      capSlots,
    });
  });
  return grants;
}

function compileDistributions(input: ScenarioInput): Distribution[] {
  return input.uncertainInputs.map((uncertain, i) => {
    try {
      return createDistribution(uncertain.distribution);
    } catch (error) {
      if (!(error instanceof DistributionParameterError)) throw error;
      const first = error.issues[0]?.path ?? [];
      throw new EconomicsInputError(
        'invalid_scenario',
        ['uncertainInputs', i, 'distribution', ...first],
        error.message,
        {
          cause: error,
        },
      );
    }
  });
}

function yearsOf(input: ScenarioInput): number[] {
  requireInteger(input.baseYear, ['baseYear']);
  const firstYear = input.firstYear ?? input.baseYear;
  requireInteger(firstYear, ['firstYear'], input.baseYear);
  requireInteger(input.horizonYears, ['horizonYears'], 1);
  return Array.from({ length: input.horizonYears }, (_, y) => firstYear + y);
}

/**
 * Checks the scenario and flattens it (see the module comment). Money stays in base-year kroner; the
 * discount factors follow the scenario's schedule (R-109/21 by default) from year firstYear − baseYear.
 * @throws EconomicsInputError `invalid_scenario` with the path of the offending field.
 * @example compileScenario(input).areas[0].costShares // → Float64Array [0.189…, 0.548…, 0.262…] for the population key
 */
export function compileScenario(input: ScenarioInput): CompiledScenario {
  const years = yearsOf(input);
  const municipalityIndex = new Map<string, number>();
  input.municipalities.forEach((m, i) => {
    if (municipalityIndex.has(m.id)) invalid(['municipalities', i, 'id'], `duplicate municipality «${m.id}»`);
    municipalityIndex.set(m.id, i);
  });
  const schedule = input.discountSchedule ?? NORWEGIAN_STATE_DISCOUNT_SCHEDULE;
  checkDiscountSchedule(schedule);
  const distributions = compileDistributions(input);
  const slots = new SlotTable(input.uncertainInputs.map((u) => u.id));
  const context: Context = { input, slots, years, municipalityIndex, warnings: [] };
  const wageGrowthSlot = slots.resolve(input.realWageGrowth ?? 0, ['realWageGrowth']);
  const areas = input.serviceAreas.map((area, a) => compileArea(context, area, a));
  const grants = compileGrants(context, areas);
  const [grantsStart, grantOrder] = byYear(
    grants.map((grant, g) => ({ yearIndexes: [grant.yearIndex], slot: g })),
    years.length,
  );
  const firstOffset = (years[0] as number) - input.baseYear;
  return {
    baseYear: input.baseYear,
    years,
    municipalityIds: input.municipalities.map((m) => m.id),
    inputIds: [...slots.inputIds],
    distributions,
    values: Float64Array.from(slots.values),
    wageGrowthSlot,
    firstOffset,
    discount: Float64Array.from(discountFactors(years.length, schedule, firstOffset)),
    areas,
    grants,
    grantsStart,
    grantOrder,
    maxParticipants: Math.max(1, ...areas.map((a) => a.count), ...grants.map((g) => g.count)),
    warnings: context.warnings,
  };
}
