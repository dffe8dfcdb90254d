/**
 * The figures of one service area of a scenario that its coalition costs are derived from: each
 * participant's cost today (from the baseline rows, as the scenario analysis reads them), the savings share
 * and the recurring new costs at their medians, and the first year at full effect.
 * @module
 */
import type { ScalePoint } from '../../engine/economics/economies-of-scale.ts';
import type { ScenarioServiceArea, ScenarioValue } from '../../engine/economics/scenario-input.ts';
import { quantileDraw, type Draw } from '../../engine/economics/uncertain-inputs.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { toScenarioInput } from '../scenario/to-scenario-input.ts';

/** One participant's annual cost today in the area, kroner of the base year; null where the baseline has no figure. */
export interface ParticipantCostToday {
  municipality: string;
  /** Labour cost incl. social costs. */
  labourCost: number | null;
  /** Other running costs that move to the joint unit. */
  otherCosts: number | null;
  /** labourCost + otherCosts. */
  total: number | null;
  /** Today's FTE in the area; null where the baseline has no figure. */
  fte: number | null;
}

export interface AreaCostModel {
  areaId: string;
  /** Participants in the scenario's order, each with its cost today. */
  participants: ParticipantCostToday[];
  /** Share of today's labour cost the joint unit saves at full effect, at the input's median. */
  savingsShare: number;
  /** The joint unit's recurring new costs in the first year at full effect, at their medians, kroner per year. */
  recurringCosts: number;
  /** startYear + rampUpYears: the first year the unit runs at full effect. */
  fullEffectYear: number;
  /** Economies of scale: the savings share by the unit's FTE (`economies-of-scale.ts`); null: the same share for every group. */
  scale: readonly ScalePoint[] | null;
}

export interface ScenarioCostModels {
  scenarioId: string;
  baseYear: number;
  areas: AreaCostModel[];
}

function resolve(value: ScenarioValue, draw: Draw): number {
  return typeof value === 'number' ? value : draw(value.inputId);
}

function areaModel(
  area: ScenarioServiceArea,
  draw: Draw,
  scale: readonly ScalePoint[] | null,
): AreaCostModel {
  const fullEffectYear = area.startYear + area.rampUpYears;
  const recurringCosts = area.recurringCosts
    .filter((cost) => cost.startYear <= fullEffectYear && (cost.endYear ?? Infinity) >= fullEffectYear)
    .reduce((sum, cost) => sum + resolve(cost.amount, draw), 0);
  return {
    areaId: area.id,
    participants: area.participants.map((municipality) => {
      // The mapping leaves out a municipality whose rows lack FTE or labour cost; its cost today is unknown.
      const row = area.baseline.find((b) => b.municipality === municipality);
      const otherCosts = row ? (row.otherCosts ?? 0) : null;
      return {
        municipality,
        labourCost: row?.labourCost ?? null,
        otherCosts,
        total: row ? row.labourCost + (otherCosts ?? 0) : null,
        fte: row?.fte ?? null,
      };
    }),
    savingsShare: resolve(area.savingsShare, draw),
    recurringCosts,
    fullEffectYear,
    scale,
  };
}

/**
 * The cost models of every area of scenario `scenarioId`, with each uncertain input at its median (as in the
 * scenario analysis's cash-flow table); `null` when the case has no such scenario.
 * @example scenarioCostModels(defaultCase(), 'administrative-tjenester')?.areas[0]?.participants[0]?.total // → 5 500 000
 */
export function scenarioCostModels(document: CaseDocument, scenarioId: string): ScenarioCostModels | null {
  const mapped = toScenarioInput(document, scenarioId);
  if (!mapped) return null;
  const draw = quantileDraw(mapped.input, 0.5);
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  return {
    scenarioId,
    baseYear: mapped.input.baseYear,
    areas: mapped.input.serviceAreas.map((area, a) =>
      areaModel(area, draw, scenario?.areas[a]?.scale?.points ?? null),
    ),
  };
}
