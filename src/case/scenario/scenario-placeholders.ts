/**
 * What a scenario's result is built on that nobody has set: every placeholder it uses and every cost the
 * studies name that has no amount yet. The web, `flokk analyse`, the API and the documents list these
 * beside the result, so that a figure built on placeholders always says so (issue 13, point 1).
 * A setting with no provenance at all counts as a placeholder: nothing shows where it came from.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { localize } from '../process/localize.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Provenance } from '../schema/provenance.ts';
import { OneOffCostKind, RecurringCostKind, type Scenario, type ScenarioArea } from '../schema/scenario.ts';
import { placeholderField, missingCostLabel, type PlaceholderField } from './scenario-words.ts';

/** One placeholder the result uses. */
export interface PlaceholderUse {
  /** The field's path in the case document, to link to the form. */
  path: string;
  /** What it is, as the form labels it, in the requested language. */
  label: string;
  /** The role that ought to set it, if the placeholder names one (never one that has). */
  toBeSetBy: string | null;
  note: string | null;
}

/** A cost kind the studies name that the scenario has no amount for. */
export interface MissingCost {
  areaId: string;
  /** Where in the scenario it belongs, for the form. */
  path: string;
  label: string;
}

/** A grant that is not counted, and why. */
export interface GrantNotCounted {
  grantId: string;
  amount: number | null;
  reason: 'finances_no_cost' | 'cost_not_entered';
}

export interface ScenarioPlaceholders {
  placeholders: PlaceholderUse[];
  missingCosts: MissingCost[];
  grantsNotCounted: GrantNotCounted[];
}

/** Establishment costs (engangskostnader) the studies name: the schema's kinds but «other». */
export const ESTABLISHMENT_COST_KINDS = OneOffCostKind.exclude(['other']).options;
/** New running costs of a joint unit the studies name: the schema's kinds but «other». */
export const NEW_RUNNING_COST_KINDS = RecurringCostKind.exclude(['other']).options;

class Collector {
  readonly out: PlaceholderUse[] = [];
  constructor(readonly language: Language) {}

  add(path: string, field: PlaceholderField, provenance: Provenance | undefined, areaName?: string): void {
    if (provenance && !('placeholder' in provenance)) return;
    this.out.push({
      path,
      label: placeholderField(field, this.language, areaName),
      toBeSetBy: provenance?.placeholder.toBeSetBy ?? null,
      note: provenance?.placeholder.note ?? null,
    });
  }
}

function areaPlaceholders(c: Collector, area: ScenarioArea, at: string, name: string): void {
  const fp = area.fieldProvenance;
  c.add(`${at}.savingsShare`, 'savingsShare', area.savingsShare.provenance, name);
  c.add(`${at}.startYear`, 'startYear', fp.startYear, name);
  c.add(`${at}.rampUpYears`, 'rampUpYears', fp.rampUpYears, name);
  if (area.attritionCap !== null) c.add(`${at}.attritionCap`, 'attritionCap', fp.attritionCap, name);
  if (area.includeDecentral) c.add(`${at}.includeDecentral`, 'includeDecentral', fp.includeDecentral, name);
  c.add(`${at}.costKey`, 'costKey', fp.costKey, name);
  c.add(`${at}.oneOffKey`, 'oneOffKey', fp.oneOffKey, name);
  if (area.scale) c.add(`${at}.scale`, 'scale', area.scale.provenance, name);
  area.recurringCosts.forEach((cost, i) =>
    c.add(
      `${at}.recurringCosts[${i}].amount`,
      'recurringCost',
      cost.amount.provenance,
      `${cost.id} – ${name}`,
    ),
  );
  area.oneOffCosts.forEach((cost, i) =>
    c.add(`${at}.oneOffCosts[${i}].amount`, 'oneOffCost', cost.amount.provenance, `${cost.id} – ${name}`),
  );
  area.zeroAlternativeCosts.forEach((cost, i) =>
    c.add(
      `${at}.zeroAlternativeCosts[${i}].amount`,
      'zeroAlternativeCost',
      cost.amount.provenance,
      `${cost.id} – ${name}`,
    ),
  );
}

function scenarioSettings(c: Collector, scenario: Scenario, at: string): void {
  const fp = scenario.fieldProvenance;
  c.add(`${at}.baseYear`, 'baseYear', fp.baseYear);
  if (scenario.firstYear !== undefined) c.add(`${at}.firstYear`, 'firstYear', fp.firstYear);
  c.add(`${at}.horizonYears`, 'horizonYears', fp.horizonYears);
  c.add(`${at}.lifetimeYears`, 'lifetimeYears', scenario.lifetimeYears?.provenance);
  c.add(`${at}.discountSchedule`, 'discountSchedule', fp.discountSchedule);
  c.add(`${at}.realWageGrowth`, 'realWageGrowth', scenario.realWageGrowth.provenance);
  c.add(`${at}.inflation`, 'inflation', scenario.inflation.provenance);
  c.add(`${at}.taxFinancingCost`, 'taxFinancingCost', scenario.taxFinancingCost?.provenance);
  if (scenario.budgetFirstYear !== undefined)
    c.add(`${at}.budgetFirstYear`, 'budgetFirstYear', fp.budgetFirstYear);
}

function missingCosts(area: ScenarioArea, at: string, name: string, language: Language): MissingCost[] {
  const missing: MissingCost[] = [];
  for (const kind of ESTABLISHMENT_COST_KINDS) {
    if (!area.oneOffCosts.some((cost) => cost.kind === kind))
      missing.push({
        areaId: area.areaId,
        path: `${at}.oneOffCosts`,
        label: missingCostLabel(kind, language, name),
      });
  }
  for (const kind of NEW_RUNNING_COST_KINDS) {
    if (!area.recurringCosts.some((cost) => cost.kind === kind))
      missing.push({
        areaId: area.areaId,
        path: `${at}.recurringCosts`,
        label: missingCostLabel(kind, language, name),
      });
  }
  if (area.zeroAlternativeCosts.length === 0)
    missing.push({
      areaId: area.areaId,
      path: `${at}.zeroAlternativeCosts`,
      label: missingCostLabel('zeroAlternative', language, name),
    });
  return missing;
}

function grantsNotCounted(document: CaseDocument, scenario: Scenario): GrantNotCounted[] {
  return scenario.grants.flatMap((grant): GrantNotCounted[] => {
    const amount = document.grants.find((g) => g.id === grant.grantId)?.amount ?? null;
    if (!grant.financesCost) return [{ grantId: grant.grantId, amount, reason: 'finances_no_cost' }];
    const { areaId, costId } = grant.financesCost;
    const area = scenario.areas.find((a) => a.areaId === areaId);
    const found = area?.oneOffCosts.some((cost) => cost.id === costId) ?? false;
    return found ? [] : [{ grantId: grant.grantId, amount, reason: 'cost_not_entered' }];
  });
}

/**
 * The placeholders, missing costs and uncounted grants of scenario `scenarioId`; null without it.
 * @example scenarioPlaceholders(defaultCase(), 'administrative-tjenester', 'nb')?.placeholders.length // → > 0
 */
export function scenarioPlaceholders(
  document: CaseDocument,
  scenarioId: string,
  language: Language = 'nb',
): ScenarioPlaceholders | null {
  const index = document.scenarios.findIndex((s) => s.id === scenarioId);
  const scenario = document.scenarios[index];
  if (!scenario) return null;
  const at = `scenarios[${index}]`;
  const c = new Collector(language);
  const areaName = (id: string) => {
    const name = document.serviceAreas.find((a) => a.id === id)?.name;
    return name ? localize(name, language) : id;
  };
  scenarioSettings(c, scenario, at);
  scenario.areas.forEach((area, a) => areaPlaceholders(c, area, `${at}.areas[${a}]`, areaName(area.areaId)));
  return {
    placeholders: c.out,
    missingCosts: scenario.areas.flatMap((area, a) =>
      missingCosts(area, `${at}.areas[${a}]`, areaName(area.areaId), language),
    ),
    grantsNotCounted: grantsNotCounted(document, scenario),
  };
}
