/**
 * The cash-flow table of a scenario: yearly net effect per municipality and in total, with the lines it
 * is made of, for one value of each uncertain input.
 * @module
 */
import { compileScenario } from './compile-scenario.ts';
import type { CompiledArea, CompiledScenario } from './compiled-scenario.ts';
import { createKernelScratch, evaluateScenario, type KernelDetail } from './scenario-kernel.ts';
import type { ScenarioInput, ScenarioWarning } from './scenario-input.ts';
import { inputValues, type Draw } from './uncertain-inputs.ts';

/** What a line of the table is. Lines carry the sign they enter the net effect with. */
export type CashFlowLineKind =
  /** The municipality's own cost of the service today, avoided once the joint unit runs (+). */
  | 'costToday'
  /** Its share of the joint unit's running cost (−). */
  | 'jointUnitShare'
  /** Its share of the area's one-off costs (−). */
  | 'oneOffShare'
  /** Its share of a grant (+). */
  | 'grantShare';

/** One line per municipality, per area (or grant) and kind, in whole kroner per year. */
export interface CashFlowLine {
  municipality: string;
  /** The service area's id, or the grant's id for `grantShare`. */
  sourceId: string;
  kind: CashFlowLineKind;
  values: number[];
}

/** An area's own figures per year, whole kroner, real. */
export interface AreaCashFlows {
  areaId: string;
  /** The participants' cost today, summed, from the unit's start. */
  costToday: number[];
  /** The joint unit's running cost (including recurring new costs). */
  jointUnitCost: number[];
  oneOffCosts: number[];
  /** Today's FTE, summed over participants. */
  fteToday: number;
  /** The joint unit's FTE per year (0 before its start). */
  fteJointUnit: number[];
}

/** The cash-flow table. Money in whole kroner of the base year (real prices). */
export interface CashFlowResult {
  baseYear: number;
  years: number[];
  /** Net effect per municipality id and year: positive is a gain for the municipality. */
  perMunicipality: Record<string, number[]>;
  /** Sum over municipalities per year. */
  total: number[];
  /**
   * The zero alternative: each municipality's cost of the scenario's services if it goes on alone, per
   * year (today's cost with real wage growth, plus the known extra costs of going alone).
   */
  zeroAlternative: Record<string, number[]>;
  /** Each municipality's cost of the same services with the cooperation: zero alternative − net effect. */
  withCooperation: Record<string, number[]>;
  lines: CashFlowLine[];
  areas: AreaCashFlows[];
  warnings: ScenarioWarning[];
}

function createDetail(model: CompiledScenario): KernelDetail {
  const years = model.years.length;
  const perParticipant = (count: number) => new Float64Array(count * years);
  return {
    costToday: model.areas.map((a) => perParticipant(a.count)),
    zeroCost: model.areas.map((a) => perParticipant(a.count)),
    jointShare: model.areas.map((a) => perParticipant(a.count)),
    oneOffShare: model.areas.map((a) => perParticipant(a.count)),
    grantShare: model.grants.map((g) => perParticipant(g.count)),
    jointCost: model.areas.map(() => new Float64Array(years)),
    reduction: model.areas.map(() => new Float64Array(years)),
    attritionBinding: model.areas.map(() => new Uint8Array(years)),
  };
}

function row(buffer: Float64Array, i: number, years: number, sign: 1 | -1): number[] {
  // Adding 0 turns −0 into 0.
  return Array.from(buffer.subarray(i * years, (i + 1) * years), (x) => sign * x + 0);
}

function linesOf(model: CompiledScenario, detail: KernelDetail): CashFlowLine[] {
  const years = model.years.length;
  const lines: CashFlowLine[] = [];
  const idOf = (m: number) => model.municipalityIds[m] as string;
  model.areas.forEach((area, a) => {
    for (let i = 0; i < area.count; i++) {
      const municipality = idOf(area.municipalities[i] as number);
      const line = (kind: CashFlowLineKind, buffer: Float64Array[], sign: 1 | -1) =>
        lines.push({
          municipality,
          sourceId: area.id,
          kind,
          values: row(buffer[a] as Float64Array, i, years, sign),
        });
      line('costToday', detail.costToday, 1);
      line('jointUnitShare', detail.jointShare, -1);
      line('oneOffShare', detail.oneOffShare, -1);
    }
  });
  model.grants.forEach((grant, g) => {
    for (let i = 0; i < grant.count; i++) {
      const values = row(detail.grantShare[g] as Float64Array, i, years, 1);
      lines.push({
        municipality: idOf(grant.municipalities[i] as number),
        sourceId: grant.id,
        kind: 'grantShare',
        values,
      });
    }
  });
  return lines;
}

function areaFlows(
  model: CompiledScenario,
  detail: KernelDetail,
  area: CompiledArea,
  a: number,
): AreaCashFlows {
  const years = model.years.length;
  const sumOver = (buffer: Float64Array) =>
    model.years.map((_, y) => {
      let sum = 0;
      for (let i = 0; i < area.count; i++) sum += buffer[i * years + y] as number;
      return sum;
    });
  const reduction = detail.reduction[a] as Float64Array;
  return {
    areaId: area.id,
    costToday: sumOver(detail.costToday[a] as Float64Array),
    jointUnitCost: Array.from(detail.jointCost[a] as Float64Array),
    oneOffCosts: sumOver(detail.oneOffShare[a] as Float64Array),
    fteToday: area.fteSum,
    fteJointUnit: model.years.map((_, y) =>
      y >= area.startIndex ? area.fteSum * (1 - (reduction[y] as number)) : 0,
    ),
  };
}

function zeroAlternativeOf(model: CompiledScenario, detail: KernelDetail): Record<string, number[]> {
  const years = model.years.length;
  const out: Record<string, number[]> = Object.fromEntries(
    model.municipalityIds.map((id) => [id, model.years.map(() => 0)]),
  );
  model.areas.forEach((area, a) => {
    const zero = detail.zeroCost[a] as Float64Array;
    for (let i = 0; i < area.count; i++) {
      const own = out[model.municipalityIds[area.municipalities[i] as number] as string] as number[];
      for (let y = 0; y < years; y++) own[y] = (own[y] as number) + (zero[i * years + y] as number);
    }
  });
  return out;
}

function attritionWarnings(model: CompiledScenario, detail: KernelDetail): ScenarioWarning[] {
  return model.areas.flatMap((_, a) => {
    const y = (detail.attritionBinding[a] as Uint8Array).indexOf(1);
    if (y < 0) return [];
    return [
      {
        code: 'attrition_limits_savings' as const,
        path: ['serviceAreas', a, 'attritionCap'],
        year: model.years[y] as number,
      },
    ];
  });
}

/**
 * The yearly cash flows of a scenario for one value of each uncertain input (`draw(id)`; use
 * `quantileDraw(input, 0.5)` for the median case). Net effect per municipality and year = its cost today
 * − its share of the joint unit's cost − its share of one-off costs + its share of grants, each share by
 * the chosen key and rounded to whole kroner by the largest-remainder method; see `evaluateScenario` for
 * the formulas. Money is real, in kroner of the base year.
 * Source: issue 4 («net effect per municipality and year»); the seed's cost tables for today's costs.
 * @throws EconomicsInputError `invalid_scenario` naming the field.
 * @example
 * const flows = computeCashFlows(input, quantileDraw(input, 0.5));
 * flows.perMunicipality['5029'] // → [−366 667, 412 000, …] whole kroner per year
 */
export function computeCashFlows(input: ScenarioInput, draw: Draw): CashFlowResult {
  const model = compileScenario(input);
  const years = model.years.length;
  const net = new Float64Array(model.municipalityIds.length * years);
  const detail = createDetail(model);
  evaluateScenario(model, inputValues(model, draw), net, createKernelScratch(model), detail);
  const perMunicipality: Record<string, number[]> = {};
  model.municipalityIds.forEach((id, m) => {
    perMunicipality[id] = row(net, m, years, 1);
  });
  const total = model.years.map((_, y) =>
    model.municipalityIds.reduce((sum, id) => sum + (perMunicipality[id]?.[y] ?? 0), 0),
  );
  const zeroAlternative = zeroAlternativeOf(model, detail);
  const withCooperation: Record<string, number[]> = {};
  for (const id of model.municipalityIds) {
    withCooperation[id] = (zeroAlternative[id] as number[]).map(
      (zero, y) => zero - (perMunicipality[id]?.[y] ?? 0) + 0,
    );
  }
  return {
    baseYear: model.baseYear,
    years: [...model.years],
    perMunicipality,
    total,
    zeroAlternative,
    withCooperation,
    lines: linesOf(model, detail),
    areas: model.areas.map((area, a) => areaFlows(model, detail, area, a)),
    warnings: [...model.warnings, ...attritionWarnings(model, detail)],
  };
}
