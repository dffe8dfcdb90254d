/**
 * The legal feasibility matrix for a case: every model of the registry × every service area of the case.
 * An area is a package of services, so its cell is the engine's package verdict (a model must be lawful for
 * all the area's services); the cell keeps each service's reasons, paragraphs and UNCONFIRMED flags.
 * @module
 */
import type { FeasibilityReason } from '../../engine/legal/feasibility-reason.ts';
import { feasibility, type ServiceFeasibility, type Verdict } from '../../engine/legal/feasibility.ts';
import type { Text } from '../../engine/legal/legal-fact.ts';
import type { LegalModelDescriptor, LegalModelId } from '../../engine/legal/legal-model.ts';
import { PACKAGE_RULE } from '../../engine/legal/feasibility-reason.ts';
import {
  procurementAssessment,
  type ConditionAnswer,
  type ProcurementAssessment,
} from '../../engine/legal/procurement.ts';
import { legalModels } from '../../engine/legal/registry.ts';
import { modelStaffTransfer, type ModelStaffTransfer } from '../../engine/legal/staff-transfer.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { ServiceCode } from '../schema/service-areas.ts';

export interface MatrixCell {
  areaId: string;
  verdict: Verdict;
  /** The verdict rests on a fact LAW.md marks UNCONFIRMED. */
  unconfirmed: boolean;
  services: ServiceFeasibility[];
}

export interface MatrixRow {
  modelId: LegalModelId;
  name: Text;
  abbreviation: string | null;
  /** Whether the model may produce services at all (IPR shall not; a network only shares knowledge). */
  producesServices: boolean;
  cells: MatrixCell[];
  /** Whether buying from the model needs a tender, with the case's answers to the conditions. */
  procurement: ProcurementAssessment;
  /** Employer before and after, arbeidsmiljøloven chapter 16, pension, collective agreements, § 16-3. */
  staffTransfer: ModelStaffTransfer;
}

export interface MatrixArea {
  id: string;
  code: string;
  name: LocalizedText;
  services: ServiceCode[];
}

export interface CaseFeasibilityMatrix {
  areas: MatrixArea[];
  models: MatrixRow[];
  /** The rule that combines an area's services into one verdict, with its source. */
  packageRule: FeasibilityReason;
}

/** The case's answers to the procurement conditions of one model (condition id → answer). */
function answersFor(document: CaseDocument, modelId: string): Record<string, ConditionAnswer> {
  return Object.fromEntries(
    document.legalAssessment.procurementAnswers
      .filter((a) => a.modelId === modelId)
      .map((a) => [a.conditionId, a.answer]),
  );
}

function row(document: CaseDocument, model: LegalModelDescriptor, areas: readonly MatrixArea[]): MatrixRow {
  return {
    modelId: model.id,
    name: model.name,
    abbreviation: model.abbreviation,
    producesServices: model.serviceProduction.value === 'yes',
    cells: areas.map((area) => {
      const result = feasibility(model, area.services);
      return {
        areaId: area.id,
        verdict: result.verdict,
        unconfirmed: result.unconfirmed,
        services: result.services,
      };
    }),
    procurement: procurementAssessment(model, answersFor(document, model.id)),
    staffTransfer: modelStaffTransfer(model),
  };
}

/**
 * The matrix model × service area for the case, models in registry order, areas in case order.
 * @example caseFeasibilityMatrix(defaultCase()).models[1].cells.find((c) => c.areaId === 'byggesak')?.verdict // → 'conditional'
 */
export function caseFeasibilityMatrix(
  document: CaseDocument,
  models: readonly LegalModelDescriptor[] = legalModels,
): CaseFeasibilityMatrix {
  const areas = document.serviceAreas.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    services: [...a.services],
  }));
  return { areas, models: models.map((m) => row(document, m, areas)), packageRule: PACKAGE_RULE };
}

/** The services of the given areas (all the case's areas when `areaIds` is undefined), without repeats. */
export function packageServices(document: CaseDocument, areaIds?: readonly string[]): ServiceCode[] {
  const areas = document.serviceAreas.filter((a) => areaIds === undefined || areaIds.includes(a.id));
  return [...new Set(areas.flatMap((a) => a.services))];
}

/**
 * The verdict of every model for a package of areas: the models the ranking may consider.
 * @example packageVerdicts(doc, ['byggesak'])['vertskommune-administrativ'] // → { verdict: 'lawful', … }
 */
export function packageVerdicts(
  document: CaseDocument,
  areaIds?: readonly string[],
  models: readonly LegalModelDescriptor[] = legalModels,
): Record<string, { verdict: Verdict; unconfirmed: boolean }> {
  const services = packageServices(document, areaIds);
  if (services.length === 0) return {};
  return Object.fromEntries(
    models.map((m) => {
      const result = feasibility(m, services);
      return [m.id, { verdict: result.verdict, unconfirmed: result.unconfirmed }];
    }),
  );
}
