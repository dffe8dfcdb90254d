/**
 * What can be shared in a scenario: each service area on its own, and, when there are several, the package
 * of all of them. Kept apart from the computation so the web app can list the choices without the engine.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import type { CostSharingScope } from './coalition-costs.ts';

/**
 * The scopes of a scenario in the order the screen offers them: each area, then the package.
 * @example costSharingScopes(defaultCase(), 'lonn-regnskap-lik-andel') // → [{ kind: 'area', areaId: 'lonn-regnskap-fakturering' }]
 */
export function costSharingScopes(
  document: Pick<CaseDocument, 'scenarios'>,
  scenarioId: string,
): CostSharingScope[] {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return [];
  const areas: CostSharingScope[] = scenario.areas.map((a) => ({ kind: 'area', areaId: a.areaId }));
  return scenario.areas.length > 1 ? [...areas, { kind: 'package' }] : areas;
}
