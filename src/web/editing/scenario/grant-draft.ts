/**
 * Which one-off cost a grant of the scenario finances, as the editor holds it: a grant is counted only up
 * to the cost it finances, and not at all without one. The choice is one text, `area-id/cost-id`, or empty.
 * @module
 */
import type { Scenario } from '../../../case/schema/scenario.ts';

export interface GrantDraft {
  grantId: string;
  /** `areaId/costId` of the one-off cost it finances; empty: none (the grant is not counted). */
  financesCost: string;
}

/** Ids have no `/`, so the pair can be split again. */
export function costRef(areaId: string, costId: string): string {
  return `${areaId}/${costId}`;
}

/** @example parseCostRef('lonn/ict-investment-1') // → { areaId: 'lonn', costId: 'ict-investment-1' } */
export function parseCostRef(ref: string): { areaId: string; costId: string } | undefined {
  const [areaId, costId, ...rest] = ref.split('/');
  if (!areaId || !costId || rest.length > 0) return undefined;
  return { areaId, costId };
}

export function grantDraft(grant: Scenario['grants'][number]): GrantDraft {
  return {
    grantId: grant.grantId,
    financesCost: grant.financesCost ? costRef(grant.financesCost.areaId, grant.financesCost.costId) : '',
  };
}

/** A one-off cost a grant can finance, with where it is in the draft (for its name). */
export interface FinanceableCost {
  ref: string;
  areaId: string;
  areaIndex: number;
  costIndex: number;
  kind: string;
  year: string;
}

/** What `financeableCosts` reads of an area's draft (a structural type, so this module needs no import of it). */
interface AreaWithOneOffCosts {
  areaId: string;
  oneOffCosts: readonly { id: string; kind: string; year: string }[];
}

/** The scenario's one-off costs as the draft has them, area by area. */
export function financeableCosts(areas: readonly AreaWithOneOffCosts[]): FinanceableCost[] {
  return areas.flatMap((area, areaIndex) =>
    area.oneOffCosts.map((cost, costIndex) => ({
      ref: costRef(area.areaId, cost.id),
      areaId: area.areaId,
      areaIndex,
      costIndex,
      kind: cost.kind,
      year: cost.year,
    })),
  );
}
