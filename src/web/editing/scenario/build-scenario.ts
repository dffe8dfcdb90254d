/**
 * Turns a scenario draft back into the scenario of the case document, not yet validated. Text that is not
 * a number, a source without its document and other gaps the form can see are reported by their path in
 * the document (`scenarios[0].areas[0].savingsShare.distribution.max`); `parseCase` checks the rest.
 * @module
 */
import type { Scenario } from '../../../case/schema/scenario.ts';
import type { ParameterProblem } from '../../../engine/statistics/distribution.ts';
import {
  checkDistribution,
  type DistributionSpec,
} from '../../../engine/statistics/distributions/registry.ts';
import type { CostDraft, CostList } from './cost-draft.ts';
import { buildDistribution, fromInput, type QuantityUnit } from './distribution-draft.ts';
import { parseCostRef, type GrantDraft } from './grant-draft.ts';
import { buildKey } from './key-draft.ts';
import { buildProvenance, type ProvenanceDraft } from './provenance-draft.ts';
import type { ScaleDraft } from './scale-draft.ts';
import type { AreaDraft, QuantityDraft, ScenarioDraft } from './scenario-draft.ts';
import type { ZeroAlternativeCostDraft } from './zero-alternative-draft.ts';

/** A problem found in the draft before validation. */
export interface ScenarioDraftIssue {
  path: string;
  kind: 'invalidNumber' | 'required' | 'sourceRequired' | 'outOfOrder' | 'notPositive' | 'notParticipant';
}

const PROBLEM_KIND: Record<ParameterProblem, ScenarioDraftIssue['kind']> = {
  not_finite: 'invalidNumber',
  not_positive: 'notPositive',
  negative: 'notPositive',
  out_of_order: 'outOfOrder',
};

function isNumberSpec(spec: object): spec is DistributionSpec {
  return Object.entries(spec).every(([name, value]) => name === 'kind' || typeof value === 'number');
}

class Builder {
  readonly issues: ScenarioDraftIssue[] = [];

  /** A plain number; `percent` text is divided by 100. Empty is `null` (the schema then names the field). */
  number(text: string, path: string, unit: QuantityUnit = 'kroner'): unknown {
    const value = fromInput(text, unit);
    if (value === undefined) {
      this.issues.push({ path, kind: 'invalidNumber' });
      return text;
    }
    return value;
  }

  /** An optional whole number: empty leaves the field out. */
  optional(text: string, path: string): unknown {
    return text.trim() === '' ? undefined : this.number(text, path);
  }

  provenance(draft: ProvenanceDraft, path: string): unknown {
    const built = buildProvenance(draft);
    for (const issue of built.issues)
      this.issues.push({ path: `${path}.${issue.field}`, kind: 'sourceRequired' });
    return built.provenance;
  }

  quantity(draft: QuantityDraft, path: string, unit: QuantityUnit): unknown {
    const built = buildDistribution(draft.distribution, unit);
    for (const issue of built.issues)
      this.issues.push({ path: `${path}.distribution.${issue.name}`, kind: 'invalidNumber' });
    this.distributionParameters(built.distribution, `${path}.distribution`);
    return {
      distribution: built.distribution,
      provenance: this.provenance(draft.provenance, `${path}.provenance`),
    };
  }

  /**
   * The engine's own parameter checks (the case schema lets through a PERT with low = high or a normal with
   * standard deviation 0, which the engine cannot draw from). Lognormal is stored as P10/P90, which the
   * schema checks itself.
   */
  distributionParameters(spec: Record<string, unknown>, path: string): void {
    if (spec['kind'] === 'lognormal' || !isNumberSpec(spec)) return;
    for (const issue of checkDistribution(spec))
      this.issues.push({ path: `${path}.${issue.path[0]}`, kind: PROBLEM_KIND[issue.problem] });
  }

  key(draft: AreaDraft['costKey'], path: string): unknown {
    const built = buildKey(draft);
    for (const issue of built.issues) this.issues.push({ path: `${path}.${issue.field}`, kind: issue.kind });
    return built.choice;
  }
}

const withoutUndefined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

function buildCost(b: Builder, cost: CostDraft, list: CostList, path: string): unknown {
  const amount = b.quantity(
    { distribution: cost.amount, provenance: cost.provenance },
    `${path}.amount`,
    'kroner',
  );
  if (list === 'oneOffCosts')
    return { id: cost.id, kind: cost.kind, amount, year: b.number(cost.year, `${path}.year`) };
  return withoutUndefined({
    id: cost.id,
    kind: cost.kind,
    amount,
    startYear: b.number(cost.year, `${path}.startYear`),
    endYear: b.optional(cost.endYear, `${path}.endYear`),
  });
}

function buildZeroAlternativeCost(
  b: Builder,
  cost: ZeroAlternativeCostDraft,
  participants: readonly string[],
  path: string,
): unknown {
  // The engine refuses a municipality outside the area; say so at the select, not as a failed analysis.
  if (!participants.includes(cost.municipality))
    b.issues.push({ path: `${path}.municipality`, kind: 'notParticipant' });
  return withoutUndefined({
    id: cost.id,
    municipality: cost.municipality,
    amount: b.quantity(
      { distribution: cost.amount, provenance: cost.provenance },
      `${path}.amount`,
      'kroner',
    ),
    startYear: b.number(cost.startYear, `${path}.startYear`),
    endYear: b.optional(cost.endYear, `${path}.endYear`),
  });
}

/** The curve, or `undefined` (left out: every group saves the same share). The schema checks the order. */
function buildScale(b: Builder, scale: ScaleDraft | null, path: string): unknown {
  if (scale === null) return undefined;
  return {
    points: scale.points.map((point, i) => ({
      fte: b.number(point.fte, `${path}.points[${i}].fte`),
      relative: b.number(point.relative, `${path}.points[${i}].relative`, 'percent'),
    })),
    provenance: b.provenance(scale.provenance, `${path}.provenance`),
  };
}

/** The saved grants with the cost each finances as the draft has it (matched by grant id). */
function buildGrants(original: Scenario['grants'], drafts: readonly GrantDraft[]): unknown[] {
  return original.map((grant) => {
    const draft = drafts.find((g) => g.grantId === grant.grantId);
    if (!draft) return grant;
    const ref = parseCostRef(draft.financesCost);
    return withoutUndefined({ ...grant, financesCost: ref });
  });
}

function buildVolumes(b: Builder, draft: AreaDraft, path: string): Record<string, Record<string, unknown>> {
  const volumes: Record<string, Record<string, unknown>> = {};
  for (const [municipality, measures] of Object.entries(draft.volumes)) {
    const built: Record<string, unknown> = {};
    for (const [measure, text] of Object.entries(measures)) {
      // An emptied figure is no figure; the volume key then reports which one is missing.
      if (text.trim() === '') continue;
      built[measure] = b.number(text, `${path}.volumes.${municipality}.${measure}`);
    }
    if (Object.keys(built).length > 0) volumes[municipality] = built;
  }
  return volumes;
}

function buildArea(
  b: Builder,
  original: Scenario['areas'][number] | undefined,
  draft: AreaDraft,
  path: string,
) {
  return withoutUndefined({
    ...original,
    areaId: draft.areaId,
    participants: draft.participants,
    savingsShare: b.quantity(draft.savingsShare, `${path}.savingsShare`, 'percent'),
    startYear: b.number(draft.startYear, `${path}.startYear`),
    rampUpYears: b.number(draft.rampUpYears, `${path}.rampUpYears`),
    attritionCap:
      draft.attritionCap.trim() === ''
        ? null
        : b.number(draft.attritionCap, `${path}.attritionCap`, 'percent'),
    costKey: b.key(draft.costKey, `${path}.costKey`),
    oneOffKey: b.key(draft.oneOffKey, `${path}.oneOffKey`),
    volumes: buildVolumes(b, draft, path),
    oneOffCosts: draft.oneOffCosts.map((cost, i) =>
      buildCost(b, cost, 'oneOffCosts', `${path}.oneOffCosts[${i}]`),
    ),
    recurringCosts: draft.recurringCosts.map((cost, i) =>
      buildCost(b, cost, 'recurringCosts', `${path}.recurringCosts[${i}]`),
    ),
    zeroAlternativeCosts: draft.zeroAlternativeCosts.map((cost, i) =>
      buildZeroAlternativeCost(b, cost, draft.participants, `${path}.zeroAlternativeCosts[${i}]`),
    ),
    scale: buildScale(b, draft.scale, `${path}.scale`),
  });
}

/**
 * The scenario with the draft's figures; `at` is its path in the document, e.g. `scenarios[0]`.
 * @example buildScenario(saved, scenarioDraft(saved), 'scenarios[0]').issues // → []
 */
export function buildScenario(
  original: Scenario,
  draft: ScenarioDraft,
  at: string,
): { scenario: Record<string, unknown>; issues: ScenarioDraftIssue[] } {
  const b = new Builder();
  const scenario = withoutUndefined({
    ...original,
    baseYear: b.number(draft.baseYear, `${at}.baseYear`),
    firstYear: b.optional(draft.firstYear, `${at}.firstYear`),
    horizonYears: b.number(draft.horizonYears, `${at}.horizonYears`),
    realWageGrowth: b.quantity(draft.realWageGrowth, `${at}.realWageGrowth`, 'percent'),
    inflation: {
      value: b.number(draft.inflation, `${at}.inflation.value`, 'percent'),
      provenance: b.provenance(draft.inflationProvenance, `${at}.inflation.provenance`),
    },
    lifetimeYears:
      draft.lifetimeYears.trim() === ''
        ? undefined
        : {
            value: b.number(draft.lifetimeYears, `${at}.lifetimeYears.value`),
            provenance: b.provenance(draft.lifetimeProvenance, `${at}.lifetimeYears.provenance`),
          },
    taxFinancingCost:
      draft.taxFinancingRate.trim() === ''
        ? undefined
        : {
            rate: b.number(draft.taxFinancingRate, `${at}.taxFinancingCost.rate`, 'percent'),
            provenance: b.provenance(draft.taxFinancingProvenance, `${at}.taxFinancingCost.provenance`),
          },
    discountSchedule: draft.customDiscount
      ? draft.discountSteps.map((step, i) => ({
          fromYear: b.number(step.fromYear, `${at}.discountSchedule[${i}].fromYear`),
          rate: b.number(step.rate, `${at}.discountSchedule[${i}].rate`, 'percent'),
        }))
      : undefined,
    areas: draft.areas.map((area, a) => buildArea(b, original.areas[a], area, `${at}.areas[${a}]`)),
    grants: buildGrants(original.grants, draft.grants),
  });
  return { scenario, issues: b.issues };
}
