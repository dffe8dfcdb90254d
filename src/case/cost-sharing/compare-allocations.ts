/**
 * Fair cost sharing for a service area of a scenario, or for its package of all areas: the coalition-cost
 * table, every simple key and every game-theoretic allocation side by side (kroner per municipality and
 * share of the saving), each with its core check, the net effect per municipality and year under each, and
 * for three municipalities the core as a triangle. The screens, `flokk share` and the API all call
 * `compareAllocations`, so they show the same figures.
 * @module
 */
import type { KeyChoice, KeyInput } from '../../engine/cost-sharing/cost-key.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { keyChoicesToCompare } from './allocation-rows.ts';
import { analyseGame, type GameAnalysis } from './analyse-game.ts';
import {
  coalitionCostTable,
  costGameOf,
  type CoalitionCostTable,
  type CostSharingScope,
} from './coalition-costs.ts';
import { netEffectWithKey, type KeyChoiceInput, type NetEffectByAllocation } from './net-effect.ts';

export interface CostSharingComparison {
  scenarioId: string;
  scope: CostSharingScope;
  /** The areas shared: one, or every area of the scenario for the package. */
  areaIds: string[];
  /** The municipalities, in player order, with their names. */
  players: { municipality: string; name: string }[];
  table: CoalitionCostTable;
  /** Keys and methods side by side with their core verdicts; null while a group's cost is missing. */
  analysis: GameAnalysis | null;
  /**
   * Per allocation id, the scenario's net effect per municipality and year with that key or method for the
   * areas shared (`net-effect.ts`): the same figure the scenario page shows when it is the scenario's key.
   */
  netEffect: NetEffectByAllocation | null;
}

function keyChoice(choice: { keyId: string; options?: Record<string, unknown> | undefined }): KeyChoice {
  return choice.options ? { keyId: choice.keyId, options: choice.options } : { keyId: choice.keyId };
}

function keyInputs(
  document: CaseDocument,
  players: readonly string[],
  volumes: Record<string, Record<string, number>>,
): KeyInput[] {
  return players.map((id) => {
    const participant = document.participants.find((p) => p.municipalityNumber === id);
    const own = volumes[id];
    return {
      id,
      population: (participant?.population ?? []).map((f) => ({
        referenceDate: f.referenceDate,
        value: f.value,
      })),
      ...(own ? { volumes: own } : {}),
    };
  });
}

/**
 * Everything the cost-sharing screen shows for one scope of a scenario; `null` when the case has no such
 * scenario or area. Needs a loaded LP solver for the nucleolus, least core and EPM (`loadLpSolver`).
 * @example
 * const solver = await loadLpSolver();
 * const lrf = compareAllocations(defaultCase(), 'administrative-tjenester', { kind: 'area', areaId: 'lonn-regnskap-fakturering' }, solver);
 * lrf?.analysis?.allocations.find((row) => row.id === 'population')?.core.inCore // → false: Melhus pays more than alone
 */
export function compareAllocations(
  document: CaseDocument,
  scenarioId: string,
  scope: CostSharingScope,
  solver: LpSolver,
): CostSharingComparison | null {
  const table = coalitionCostTable(document, scenarioId, scope);
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!table || !scenario) return null;
  const areas =
    scope.kind === 'area' ? scenario.areas.filter((a) => a.areaId === scope.areaId) : scenario.areas;
  const area = scope.kind === 'area' ? areas[0] : undefined;
  const players = table.players.map((municipality) => ({
    municipality,
    name: document.participants.find((p) => p.municipalityNumber === municipality)?.name ?? municipality,
  }));
  const base = {
    scenarioId,
    scope,
    areaIds: areas.map((a) => a.areaId),
    players,
    table,
  };
  const game = costGameOf(table);
  if (!game) return { ...base, analysis: null, netEffect: null };
  const scenarioKey = area ? keyChoice(area.costKey) : null;
  const inputs = keyInputs(document, table.players, area?.volumes ?? {});
  const analysis = analyseGame(game, solver, {
    choices: keyChoicesToCompare(scenarioKey, inputs),
    inputs,
    scenarioKey,
  });
  let years: number[] | null = null;
  const perAllocation: Record<string, Record<string, number[]>> = {};
  for (const row of analysis.allocations) {
    const key = { keyId: row.registryId, ...(row.options ? { options: row.options } : {}) } as KeyChoiceInput;
    const flows = netEffectWithKey(document, scenarioId, base.areaIds, key, solver);
    if (!flows) continue;
    years = flows.years;
    perAllocation[row.id] = flows.perMunicipality;
  }
  return { ...base, analysis, netEffect: years ? { years, perAllocation } : null };
}
