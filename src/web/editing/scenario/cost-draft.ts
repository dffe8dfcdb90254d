/**
 * One-off and recurring costs as the editor holds them: kind, amount (an uncertain quantity in kroner),
 * year(s) and provenance. New rows get an id made from their kind that is unique in the area.
 * @module
 */
import type { z } from 'zod';
import type { OneOffCostKind, RecurringCostKind, ScenarioArea } from '../../../case/schema/scenario.ts';
import { distributionDraft, emptyDistributionDraft, type DistributionDraft } from './distribution-draft.ts';
import { newProvenanceDraft, provenanceDraft, type ProvenanceDraft } from './provenance-draft.ts';

export type OneOffKind = z.infer<typeof OneOffCostKind>;
export type RecurringKind = z.infer<typeof RecurringCostKind>;

/** The two lists of costs an area has. */
export type CostList = 'oneOffCosts' | 'recurringCosts';

/** The kinds, in the order the editor offers them (the schema's order). */
export const ONE_OFF_KINDS: readonly OneOffKind[] = [
  'projectManagement',
  'systemHarmonisation',
  'relocation',
  'ictInvestment',
  'legalWork',
  'other',
];
export const RECURRING_KINDS: readonly RecurringKind[] = [
  'management',
  'premises',
  'systems',
  'travel',
  'other',
];

export interface CostDraft {
  /** The cost's id in the document; kept as saved, generated for new rows. */
  id: string;
  kind: string;
  amount: DistributionDraft;
  provenance: ProvenanceDraft;
  /** One-off: the year; recurring: the first year. */
  year: string;
  /** Recurring only: the last year, empty for the end of the horizon. */
  endYear: string;
}

export function oneOffCostDraft(cost: ScenarioArea['oneOffCosts'][number]): CostDraft {
  return {
    id: cost.id,
    kind: cost.kind,
    amount: distributionDraft(cost.amount.distribution, 'kroner'),
    provenance: provenanceDraft(cost.amount.provenance),
    year: String(cost.year),
    endYear: '',
  };
}

export function recurringCostDraft(cost: ScenarioArea['recurringCosts'][number]): CostDraft {
  return {
    id: cost.id,
    kind: cost.kind,
    amount: distributionDraft(cost.amount.distribution, 'kroner'),
    provenance: provenanceDraft(cost.amount.provenance),
    year: String(cost.startYear),
    endYear: cost.endYear === undefined ? '' : String(cost.endYear),
  };
}

const kebab = (kind: string) => kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * A new, empty cost row: a PERT estimate to fill in, and a placeholder provenance (nobody has set it).
 * @example newCostDraft('projectManagement', ['project-management-1'], '2027').id // → 'project-management-2'
 */
export function newCostDraft(kind: string, takenIds: readonly string[], year: string): CostDraft {
  let n = 1;
  while (takenIds.includes(`${kebab(kind)}-${n}`)) n++;
  return {
    id: `${kebab(kind)}-${n}`,
    kind,
    amount: emptyDistributionDraft('pert'),
    provenance: newProvenanceDraft(),
    year,
    endYear: '',
  };
}
