/**
 * The net effect per municipality and year under each allocation on the cost-sharing page: the scenario's
 * own net effect (`netEffect` in `analyse-scenario.ts`, the one place it is computed) with the running-cost
 * key of the areas shared replaced by that key or method. A game-theoretic method is applied to each area's
 * own coalition costs, exactly as when it is chosen as the scenario's cost key, so the cost-sharing page,
 * the scenario page, `flokk share`, `flokk analyse` and the API show the same figure to the krone for the
 * same scenario and method. One-off costs and grants are in it too, shared by the scenario's own keys.
 * @module
 */
import { CostKeyError } from '../../engine/cost-sharing/cost-key-error.ts';
import { EconomicsInputError } from '../../engine/economics/economics-error.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { CostKeyChoice } from '../schema/scenario.ts';
import { netEffect } from '../scenario/analyse-scenario.ts';
import type { z } from 'zod';

export type KeyChoiceInput = z.infer<typeof CostKeyChoice>;

/** The net effect per municipality and year, and the years, under each allocation (by row id). */
export interface NetEffectByAllocation {
  years: number[];
  perAllocation: Record<string, Record<string, number[]>>;
}

/**
 * The document with the running-cost key of `areaIds` in scenario `scenarioId` set to `key`.
 * @example withCostKey(document, 'administrative-tjenester', ['sentralbord'], { keyId: 'nucleolus' })
 */
export function withCostKey(
  document: CaseDocument,
  scenarioId: string,
  areaIds: readonly string[],
  key: KeyChoiceInput,
): CaseDocument {
  return {
    ...document,
    scenarios: document.scenarios.map((scenario) =>
      scenario.id !== scenarioId
        ? scenario
        : {
            ...scenario,
            areas: scenario.areas.map((area) =>
              areaIds.includes(area.areaId) ? { ...area, costKey: key } : area,
            ),
          },
    ),
  };
}

/**
 * The scenario's net effect per municipality and year with the running cost of `areaIds` shared by `key`;
 * null when that key cannot be applied (a method unavailable for an area, a volume key without volumes).
 */
export function netEffectWithKey(
  document: CaseDocument,
  scenarioId: string,
  areaIds: readonly string[],
  key: KeyChoiceInput,
  solver?: LpSolver,
): { years: number[]; perMunicipality: Record<string, number[]> } | null {
  try {
    const flows = netEffect(withCostKey(document, scenarioId, areaIds, key), scenarioId, solver);
    return flows && { years: flows.years, perMunicipality: flows.perMunicipality };
  } catch (error) {
    if (error instanceof EconomicsInputError || error instanceof CostKeyError) return null;
    throw error;
  }
}
