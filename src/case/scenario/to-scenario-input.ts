/**
 * Maps a scenario of the case document onto the economics engine's plain `ScenarioInput`: today's staffing
 * and costs come from the case's baseline rows, populations from the participants, grant amounts from the
 * case's grants; every uncertain quantity becomes an engine input named by its path in the document.
 * A key that is a game-theoretic allocation method (`nucleolus`, `shapley` …) is passed on by its id here;
 * `resolve-allocation-keys.ts` replaces it by the shares the method gives the area's coalition costs.
 * @module
 */
import type { KeyChoice } from '../../engine/cost-sharing/cost-key.ts';
import type {
  AreaBaseline,
  ScenarioInput,
  ScenarioValue,
  UncertainInput,
} from '../../engine/economics/scenario-input.ts';
import { lognormalFromP10P90 } from '../../engine/statistics/distributions/lognormal.ts';
import type { DistributionSpec } from '../../engine/statistics/distributions/registry.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Distribution, Scenario, ScenarioArea, UncertainQuantity } from '../schema/scenario.ts';

export interface MappedScenario {
  input: ScenarioInput;
  /** Engine input id (a document path) → what it is, in words, for tornado labels. */
  labels: Record<string, string>;
}

function engineDistribution(d: Distribution): DistributionSpec {
  if (d.kind === 'lognormal') return lognormalFromP10P90(d.p10, d.p90);
  return d;
}

function keyChoice(choice: Scenario['areas'][number]['costKey']): KeyChoice {
  return choice.options ? { keyId: choice.keyId, options: choice.options } : { keyId: choice.keyId };
}

class InputCollector {
  readonly inputs: UncertainInput[] = [];
  readonly labels: Record<string, string> = {};

  /** A fixed quantity is a plain number; anything else becomes an input drawn once per simulation draw. */
  value(quantity: UncertainQuantity, path: string, label: string): ScenarioValue {
    if (quantity.distribution.kind === 'fixed') return quantity.distribution.value;
    this.inputs.push({ id: path, distribution: engineDistribution(quantity.distribution) });
    this.labels[path] = label;
    return { inputId: path };
  }
}

function areaBaseline(document: CaseDocument, area: ScenarioArea): AreaBaseline[] {
  const rows = document.baseline.filter(
    (row) => row.areaId === area.areaId && (row.scope === 'central' || area.includeDecentral),
  );
  // A municipality with no complete row is left out; the engine then warns `missing_baseline`.
  return area.participants.flatMap((municipality) => {
    const own = rows.filter((row) => row.municipalityNumber === municipality);
    if (own.length === 0 || own.some((row) => row.fte === null || row.labourCost === null)) return [];
    const volumes = area.volumes[municipality];
    return [
      {
        municipality,
        fte: own.reduce((sum, row) => sum + (row.fte ?? 0), 0),
        labourCost: own.reduce((sum, row) => sum + (row.labourCost ?? 0), 0),
        otherCosts: own.reduce(
          (sum, row) => sum + row.otherCosts.reduce((s, c) => s + (c.amount ?? 0), 0),
          0,
        ),
        ...(volumes ? { volumes } : {}),
      },
    ];
  });
}

/** Builds the engine input for scenario `scenarioId`; `null` when the case has no such scenario. */
export function toScenarioInput(document: CaseDocument, scenarioId: string): MappedScenario | null {
  const index = document.scenarios.findIndex((s) => s.id === scenarioId);
  const scenario = document.scenarios[index];
  if (!scenario) return null;
  const at = `scenarios[${index}]`;
  const collector = new InputCollector();
  const areaName = (id: string) => document.serviceAreas.find((a) => a.id === id)?.name.nb ?? id;

  const serviceAreas = scenario.areas.map((area, a) => {
    const path = `${at}.areas[${a}]`;
    const name = areaName(area.areaId);
    return {
      id: area.areaId,
      participants: area.participants,
      baseline: areaBaseline(document, area),
      savingsShare: collector.value(area.savingsShare, `${path}.savingsShare`, `Innsparing – ${name}`),
      startYear: area.startYear,
      rampUpYears: area.rampUpYears,
      ...(area.attritionCap === null ? {} : { attritionCap: area.attritionCap }),
      recurringCosts: area.recurringCosts.map((cost, i) => ({
        id: cost.id,
        kind: cost.kind,
        amount: collector.value(
          cost.amount,
          `${path}.recurringCosts[${i}].amount`,
          `Løpende kostnad ${cost.id} – ${name}`,
        ),
        startYear: cost.startYear,
        ...(cost.endYear === undefined ? {} : { endYear: cost.endYear }),
      })),
      oneOffCosts: area.oneOffCosts.map((cost, i) => ({
        id: cost.id,
        kind: cost.kind,
        amount: collector.value(
          cost.amount,
          `${path}.oneOffCosts[${i}].amount`,
          `Engangskostnad ${cost.id} – ${name}`,
        ),
        year: cost.year,
      })),
      costKey: keyChoice(area.costKey),
      oneOffKey: keyChoice(area.oneOffKey),
      zeroAlternativeCosts: area.zeroAlternativeCosts.map((cost, i) => ({
        id: cost.id,
        municipality: cost.municipality,
        amount: collector.value(
          cost.amount,
          `${path}.zeroAlternativeCosts[${i}].amount`,
          `Kostnad ved å fortsette alene ${cost.id} – ${name}`,
        ),
        startYear: cost.startYear,
        ...(cost.endYear === undefined ? {} : { endYear: cost.endYear }),
      })),
    };
  });

  const input: ScenarioInput = {
    baseYear: scenario.baseYear,
    ...(scenario.firstYear === undefined ? {} : { firstYear: scenario.firstYear }),
    horizonYears: scenario.horizonYears,
    municipalities: document.participants.map((p) => ({
      id: p.municipalityNumber,
      population: p.population.map((f) => ({ referenceDate: f.referenceDate, value: f.value })),
    })),
    serviceAreas,
    grants: scenario.grants.flatMap((grant) => {
      const amount = document.grants.find((g) => g.id === grant.grantId)?.amount;
      return amount === undefined
        ? []
        : [
            {
              id: grant.grantId,
              amount,
              year: grant.year,
              key: keyChoice(grant.key),
              financedCosts: grant.financesCost ? [grant.financesCost] : [],
            },
          ];
    }),
    realWageGrowth: collector.value(scenario.realWageGrowth, `${at}.realWageGrowth`, 'Reallønnsvekst'),
    uncertainInputs: collector.inputs,
    ...(scenario.discountSchedule ? { discountSchedule: scenario.discountSchedule } : {}),
  };
  return { input, labels: collector.labels };
}
