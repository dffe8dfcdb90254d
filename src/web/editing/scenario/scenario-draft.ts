/**
 * A scenario as the editor holds it: every figure as typed, per area and for the scenario as a whole.
 * Fields the editor does not show (id, name, description, `includeDecentral`, a grant's year and key) are
 * taken from the saved scenario when the draft is turned back into a document (`build-scenario.ts`).
 * @module
 */
import type { Scenario, ScenarioArea } from '../../../case/schema/scenario.ts';
import { numberToInput } from '../parse-number.ts';
import { oneOffCostDraft, recurringCostDraft, type CostDraft } from './cost-draft.ts';
import { distributionDraft, toInput, type DistributionDraft } from './distribution-draft.ts';
import { grantDraft, type GrantDraft } from './grant-draft.ts';
import { keyDraft, type KeyDraft } from './key-draft.ts';
import { newProvenanceDraft, provenanceDraft, type ProvenanceDraft } from './provenance-draft.ts';
import { scaleDraft, type ScaleDraft } from './scale-draft.ts';
import { zeroAlternativeCostDraft, type ZeroAlternativeCostDraft } from './zero-alternative-draft.ts';

/** An uncertain input with its provenance. */
export interface QuantityDraft {
  distribution: DistributionDraft;
  provenance: ProvenanceDraft;
}

export interface AreaDraft {
  areaId: string;
  /** Municipality numbers taking part, in the order of the case's participants. */
  participants: string[];
  /** In percent of today's FTE. */
  savingsShare: QuantityDraft;
  startYear: string;
  rampUpYears: string;
  /** In percent per year; empty for no cap. */
  attritionCap: string;
  costKey: KeyDraft;
  oneOffKey: KeyDraft;
  /** Volume figures as typed: municipality → measure → figure. */
  volumes: Record<string, Record<string, string>>;
  oneOffCosts: CostDraft[];
  recurringCosts: CostDraft[];
  /** The zero alternative's known future costs of going on alone, per municipality. */
  zeroAlternativeCosts: ZeroAlternativeCostDraft[];
  /** The economies-of-scale curve; `null`: every group saves the same share. */
  scale: ScaleDraft | null;
}

export interface DiscountStepDraft {
  fromYear: string;
  /** In percent. */
  rate: string;
}

export interface ScenarioDraft {
  baseYear: string;
  firstYear: string;
  horizonYears: string;
  /** In percent per year. */
  realWageGrowth: QuantityDraft;
  /** In percent per year. */
  inflation: string;
  inflationProvenance: ProvenanceDraft;
  /** Years from the first year; empty: the horizon (no residual value). */
  lifetimeYears: string;
  lifetimeProvenance: ProvenanceDraft;
  /** Tax financing cost in percent of net public spending; empty: none. */
  taxFinancingRate: string;
  taxFinancingProvenance: ProvenanceDraft;
  /** False: R-109/21's schedule (the field is left out of the document). */
  customDiscount: boolean;
  discountSteps: DiscountStepDraft[];
  areas: AreaDraft[];
  /** Which one-off cost each grant finances, in the scenario's order of grants. */
  grants: GrantDraft[];
}

/** R-109/21 as editable steps, the starting point when the user chooses their own schedule. */
export const STATE_DISCOUNT_STEPS: readonly DiscountStepDraft[] = [
  { fromYear: '0', rate: '4' },
  { fromYear: '41', rate: '3' },
  { fromYear: '76', rate: '2' },
];

function quantityDraft(quantity: ScenarioArea['savingsShare'], unit: 'percent' | 'kroner'): QuantityDraft {
  return {
    distribution: distributionDraft(quantity.distribution, unit),
    provenance: provenanceDraft(quantity.provenance),
  };
}

function volumesDraft(volumes: ScenarioArea['volumes']): AreaDraft['volumes'] {
  return Object.fromEntries(
    Object.entries(volumes).map(([municipality, measures]) => [
      municipality,
      Object.fromEntries(Object.entries(measures).map(([measure, value]) => [measure, numberToInput(value)])),
    ]),
  );
}

export function areaDraft(area: ScenarioArea): AreaDraft {
  return {
    areaId: area.areaId,
    participants: [...area.participants],
    savingsShare: quantityDraft(area.savingsShare, 'percent'),
    startYear: String(area.startYear),
    rampUpYears: String(area.rampUpYears),
    attritionCap: area.attritionCap === null ? '' : toInput(area.attritionCap, 'percent'),
    costKey: keyDraft(area.costKey),
    oneOffKey: keyDraft(area.oneOffKey),
    volumes: volumesDraft(area.volumes),
    oneOffCosts: area.oneOffCosts.map(oneOffCostDraft),
    recurringCosts: area.recurringCosts.map(recurringCostDraft),
    zeroAlternativeCosts: area.zeroAlternativeCosts.map(zeroAlternativeCostDraft),
    scale: scaleDraft(area.scale),
  };
}

export function scenarioDraft(scenario: Scenario): ScenarioDraft {
  const steps = scenario.discountSchedule;
  return {
    baseYear: String(scenario.baseYear),
    firstYear: scenario.firstYear === undefined ? '' : String(scenario.firstYear),
    horizonYears: String(scenario.horizonYears),
    realWageGrowth: quantityDraft(scenario.realWageGrowth, 'percent'),
    inflation: toInput(scenario.inflation.value, 'percent'),
    inflationProvenance: provenanceDraft(scenario.inflation.provenance),
    lifetimeYears: scenario.lifetimeYears ? String(scenario.lifetimeYears.value) : '',
    lifetimeProvenance: scenario.lifetimeYears
      ? provenanceDraft(scenario.lifetimeYears.provenance)
      : newProvenanceDraft(),
    taxFinancingRate: scenario.taxFinancingCost ? toInput(scenario.taxFinancingCost.rate, 'percent') : '',
    taxFinancingProvenance: scenario.taxFinancingCost
      ? provenanceDraft(scenario.taxFinancingCost.provenance)
      : newProvenanceDraft(),
    customDiscount: steps !== undefined,
    discountSteps: steps
      ? steps.map((step) => ({ fromYear: String(step.fromYear), rate: toInput(step.rate, 'percent') }))
      : [...STATE_DISCOUNT_STEPS],
    areas: scenario.areas.map(areaDraft),
    grants: scenario.grants.map(grantDraft),
  };
}
