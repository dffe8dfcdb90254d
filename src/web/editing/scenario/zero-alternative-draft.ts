/**
 * The zero alternative's known future costs as the editor holds them: what a municipality must pay if it
 * goes on alone (system renewal, vacancies, statutory changes), per year from a start year, as an uncertain
 * amount with its provenance. They are avoided once the joint unit runs.
 * @module
 */
import type { ScenarioArea } from '../../../case/schema/scenario.ts';
import { distributionDraft, emptyDistributionDraft, type DistributionDraft } from './distribution-draft.ts';
import { newProvenanceDraft, provenanceDraft, type ProvenanceDraft } from './provenance-draft.ts';

export interface ZeroAlternativeCostDraft {
  /** The cost's id in the document; kept as saved, generated for new rows. */
  id: string;
  /** Municipality number, one of the area's participants. */
  municipality: string;
  /** Per year, in kroner. */
  amount: DistributionDraft;
  provenance: ProvenanceDraft;
  startYear: string;
  /** Empty for the end of the horizon. */
  endYear: string;
}

export function zeroAlternativeCostDraft(
  cost: ScenarioArea['zeroAlternativeCosts'][number],
): ZeroAlternativeCostDraft {
  return {
    id: cost.id,
    municipality: cost.municipality,
    amount: distributionDraft(cost.amount.distribution, 'kroner'),
    provenance: provenanceDraft(cost.amount.provenance),
    startYear: String(cost.startYear),
    endYear: cost.endYear === undefined ? '' : String(cost.endYear),
  };
}

/**
 * A new, empty row: a PERT estimate to fill in and a placeholder provenance, with an id unique in the area.
 * @example newZeroAlternativeCostDraft(['zero-alternative-1'], '5029', '2027').id // → 'zero-alternative-2'
 */
export function newZeroAlternativeCostDraft(
  takenIds: readonly string[],
  municipality: string,
  year: string,
): ZeroAlternativeCostDraft {
  let n = 1;
  while (takenIds.includes(`zero-alternative-${n}`)) n++;
  return {
    id: `zero-alternative-${n}`,
    municipality,
    amount: emptyDistributionDraft('pert'),
    provenance: newProvenanceDraft(),
    startYear: year,
    endYear: '',
  };
}
