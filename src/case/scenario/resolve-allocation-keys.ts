/**
 * A scenario's cost key may be a game-theoretic allocation method (nucleolus, Shapley, SCRB, Equal Profit
 * Method …). Such a key is resolved here, once, into the shares the method gives the area's coalition
 * costs: municipality i pays x_i / Σx of each year's cost, as on the cost-sharing page. The coalition costs
 * are the scenario's own at the inputs' medians (`coalition-costs.ts`), so the shares stay fixed across the
 * Monte Carlo draws: the key is an agreement made once, not renegotiated every year.
 * @module
 */
import { EconomicsInputError } from '../../engine/economics/economics-error.ts';
import type { ScenarioInput, ShareRule } from '../../engine/economics/scenario-input.ts';
import type { AllocationMethodId } from '../../engine/games/allocation-method.ts';
import { ALLOCATION_METHOD_IDS } from '../../engine/games/allocation-method-ids.ts';
import { allocationMethod, runAllocationMethod } from '../../engine/games/allocation-methods.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { coalitionCostTable, costGameOf } from '../cost-sharing/coalition-costs.ts';
import type { CaseDocument } from '../schema/case-document.ts';

const METHOD_IDS: ReadonlySet<string> = new Set(ALLOCATION_METHOD_IDS);

/** True when `keyId` names an allocation method rather than a simple key. */
export function isAllocationMethod(keyId: string): keyId is AllocationMethodId {
  return METHOD_IDS.has(keyId);
}

/** The methods a scenario's keys use that need the LP solver (all but Shapley and SCRB). */
export function scenarioNeedsSolver(document: CaseDocument, scenarioId: string): boolean {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  return (scenario?.areas ?? []).some((area) =>
    [area.costKey.keyId, area.oneOffKey.keyId].some(
      (id) => isAllocationMethod(id) && id !== 'shapley' && id !== 'scrb',
    ),
  );
}

/**
 * The shares method `methodId` gives area `areaId`'s coalition costs in the scenario, by municipality.
 * @throws EconomicsInputError `allocation_unavailable` at `path` when the method cannot allocate the game.
 */
export function allocationShares(
  document: CaseDocument,
  scenarioId: string,
  areaId: string,
  methodId: AllocationMethodId,
  path: (string | number)[],
  solver?: LpSolver,
): ShareRule {
  const table = coalitionCostTable(document, scenarioId, { kind: 'area', areaId });
  const game = table ? costGameOf(table) : null;
  if (!table || !game)
    throw new EconomicsInputError(
      'allocation_unavailable',
      path,
      `area «${areaId}» has no complete cost game`,
    );
  const attempt = runAllocationMethod(allocationMethod(methodId), game, solver);
  if (!attempt.available)
    throw new EconomicsInputError('allocation_unavailable', path, `${methodId}: ${attempt.reason}`);
  const shares = Object.fromEntries(
    table.players.map((id, i) => [id, Math.max(0, attempt.allocation[i] as number)]),
  );
  return { shares, methodId };
}

/**
 * The engine input with every method key replaced by its shares; simple keys are left as they are.
 * @throws Error when a key needs the LP solver and none is given (a programming error: load it first,
 *   see `scenarioNeedsSolver`); EconomicsInputError `allocation_unavailable` naming the key.
 */
export function resolveAllocationKeys(
  document: CaseDocument,
  scenarioId: string,
  input: ScenarioInput,
  solver?: LpSolver,
): ScenarioInput {
  const resolve = (rule: ShareRule, areaId: string, path: (string | number)[]): ShareRule => {
    if ('shares' in rule || !isAllocationMethod(rule.keyId)) return rule;
    return allocationShares(document, scenarioId, areaId, rule.keyId, [...path, 'keyId'], solver);
  };
  return {
    ...input,
    serviceAreas: input.serviceAreas.map((area, a) => ({
      ...area,
      costKey: resolve(area.costKey, area.id, ['serviceAreas', a, 'costKey']),
      oneOffKey: resolve(area.oneOffKey, area.id, ['serviceAreas', a, 'oneOffKey']),
    })),
  };
}
