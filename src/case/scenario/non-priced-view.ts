/**
 * The non-priced effects of a scenario, beside its priced result and never added into it (DFØ: profitability
 * is judged on both, ECONOMICS.md §5): per effect and municipality the consequence by the plus-minus method
 * or «ikke vurdert», which assessments are placeholders, Flokk's vulnerability figure beside «sårbarhet», and
 * the break-even value (dekningsanalyse): what the non-priced effects must at least be worth a year for the
 * cooperation to pay, from the socio-economic NPV.
 *
 * The plus-minus matrix is Flokk's reading of DFØ's method; the guide's sub-section could not be read, so
 * `matrixCheckedAgainstGuide` is false and every screen says so.
 * @module
 */
import { discountFactors } from '../../engine/economics/discounting.ts';
import type { SocioEconomicView } from '../../engine/economics/socio-economic-view.ts';
import {
  assessedConsequence,
  breakEvenYearlyValue,
  summariseEffect,
  type Consequence,
  type EffectSummary,
  type Extent,
  type Significance,
} from '../../engine/non-priced/plus-minus.ts';
import { vulnerabilityView, type AreaVulnerability } from '../people/vulnerability-view.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import { isPlaceholder, type Provenance } from '../schema/provenance.ts';

/** The effect Flokk's vulnerability figure is shown beside (the default case's «Redusert sårbarhet»). */
export const VULNERABILITY_EFFECT_ID = 'sarbarhet';

export interface NonPricedCell {
  municipality: string;
  significance: Significance | null;
  extent: Extent | null;
  /** `null`: «ikke vurdert» (no assessment, or significance or extent missing). */
  consequence: Consequence | null;
  /** How the assessment is founded; `null` when there is none. */
  basis: 'source' | 'decision' | 'placeholder' | null;
  /** For a placeholder: the role that ought to set it (never someone who has). */
  toBeSetBy?: string;
}

export interface NonPricedEffectView {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Where the effect is named: the document's title and the place in it. */
  source?: { title: string; locator?: string };
  cells: NonPricedCell[];
  /** Counts and range over the municipalities; never a sum. */
  summary: EffectSummary;
  anyPlaceholder: boolean;
  /** True for the effect the vulnerability figure is shown beside. */
  showsVulnerability: boolean;
}

export interface NonPricedBreakEven {
  /** The socio-economic NPV the line is drawn from (base-year kroner). */
  npv: number;
  /** The yearly value the non-priced effects must at least have; 0 when the priced result already pays. */
  yearlyValue: number;
  /** The years the NPV covers (analysis period and, with a residual value, the rest of the lifetime). */
  firstYear: number;
  lastYear: number;
  baseYear: number;
}

export interface NonPricedView {
  scenarioId: string;
  /** The municipalities of the columns: the scenario's participants and anyone assessed for it. */
  municipalities: { number: string; name: string }[];
  effects: NonPricedEffectView[];
  /** Assessments that are placeholders, over every effect. */
  placeholderCount: number;
  /** Cells with no consequence: «ikke vurdert». */
  notAssessedCount: number;
  /**
   * Persons who can do each of the scenario's areas today and in the joint unit, as the people page shows it,
   * from the document with small groups' ages withheld (`redactPersonalData`), for the scenario's participants.
   */
  vulnerability: (AreaVulnerability & { name: LocalizedText })[];
  breakEven: NonPricedBreakEven;
  /** The plus-minus matrix has not been checked against DFØ's guide (ECONOMICS.md §5, §11). */
  matrixCheckedAgainstGuide: false;
}

function basisOf(provenance: Provenance): NonPricedCell['basis'] {
  if (isPlaceholder(provenance)) return 'placeholder';
  return 'source' in provenance ? 'source' : 'decision';
}

function cellFor(
  effect: CaseDocument['nonPricedEffects'][number],
  scenarioId: string,
  municipality: string,
): NonPricedCell {
  const assessment = effect.assessments.find(
    (a) => a.scenarioId === scenarioId && a.municipality === municipality,
  );
  if (!assessment) return { municipality, significance: null, extent: null, consequence: null, basis: null };
  const toBeSetBy = isPlaceholder(assessment.provenance)
    ? assessment.provenance.placeholder.toBeSetBy
    : undefined;
  return {
    municipality,
    significance: assessment.significance,
    extent: assessment.extent,
    consequence: assessedConsequence(assessment),
    basis: basisOf(assessment.provenance),
    ...(toBeSetBy === undefined ? {} : { toBeSetBy }),
  };
}

/** The vulnerability figure of the scenario's areas, counting only each area's participants. */
function scenarioVulnerability(document: CaseDocument, scenarioId: string): NonPricedView['vulnerability'] {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return [];
  const shown = redactPersonalData(document).document;
  const joins = (areaId: string, m: string) =>
    scenario.areas.some((a) => a.areaId === areaId && (a.participants as readonly string[]).includes(m));
  const restricted = {
    ...shown,
    baseline: shown.baseline.filter((r) => joins(r.areaId, r.municipalityNumber)),
  };
  return vulnerabilityView(restricted).areas.map((area) => ({
    ...area,
    name: document.serviceAreas.find((a) => a.id === area.areaId)?.name ?? { nb: area.areaId },
  }));
}

function breakEvenOf(socioEconomic: SocioEconomicView): NonPricedBreakEven {
  const { baseYear, schedule, lifetimeYears } = socioEconomic.convention;
  const firstYear = socioEconomic.years[0] ?? baseYear;
  const factors = discountFactors(lifetimeYears, schedule, firstYear - baseYear);
  return {
    npv: socioEconomic.npv,
    yearlyValue: lifetimeYears === 0 ? 0 : breakEvenYearlyValue(socioEconomic.npv, factors),
    firstYear,
    lastYear: firstYear + lifetimeYears - 1,
    baseYear,
  };
}

/**
 * The non-priced effects of `scenarioId` beside the socio-economic result `socioEconomic`.
 * @example nonPricedView(defaultCase(), 'administrative-tjenester', analysis.socioEconomic).notAssessedCount // → 15
 */
export function nonPricedView(
  document: CaseDocument,
  scenarioId: string,
  socioEconomic: SocioEconomicView,
): NonPricedView {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const involved = new Set<string>(scenario?.areas.flatMap((a) => a.participants) ?? []);
  for (const effect of document.nonPricedEffects)
    for (const a of effect.assessments) if (a.scenarioId === scenarioId) involved.add(a.municipality);
  const municipalities = document.participants
    .filter((p) => involved.has(p.municipalityNumber))
    .map((p) => ({ number: p.municipalityNumber as string, name: p.name }));
  const effects = document.nonPricedEffects.map((effect): NonPricedEffectView => {
    const cells = municipalities.map((m) => cellFor(effect, scenarioId, m.number));
    const title = document.sources.find((s) => s.id === effect.source?.document)?.title;
    return {
      id: effect.id,
      name: effect.name,
      ...(effect.description ? { description: effect.description } : {}),
      ...(effect.source && title !== undefined
        ? { source: { title, ...(effect.source.locator ? { locator: effect.source.locator } : {}) } }
        : {}),
      cells,
      summary: summariseEffect(cells.map((c) => c.consequence)),
      anyPlaceholder: cells.some((c) => c.basis === 'placeholder'),
      showsVulnerability: effect.id === VULNERABILITY_EFFECT_ID,
    };
  });
  const cells = effects.flatMap((e) => e.cells);
  return {
    scenarioId,
    municipalities,
    effects,
    placeholderCount: cells.filter((c) => c.basis === 'placeholder').length,
    notAssessedCount: cells.filter((c) => c.consequence === null).length,
    vulnerability: scenarioVulnerability(document, scenarioId),
    breakEven: breakEvenOf(socioEconomic),
    matrixCheckedAgainstGuide: false,
  };
}
