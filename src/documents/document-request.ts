/**
 * What a document request asks for, checked against the case before anything is built: which kind, for which
 * municipality, model and scenario, or joint unit and year, in which format and language. The answer is the request in its stored form
 * (unused options `null`), which is also what identifies a generated document.
 * @module
 */
import { agreementRequirements, type AgreementModelId } from '../case/agreement/agreement-points.ts';
import { buildAgreement } from '../case/agreement/build-agreement.ts';
import { agreementIncompleteMessage } from '../case/agreement/incomplete-message.ts';
import { isMemberInYear, operationsMissingMessage } from '../case/document/settlement-statement-missing.ts';
import { settlementView } from '../case/operations/settlement-view.ts';
import { fieldLabel } from '../case/field-label.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import type { Scenario } from '../case/schema/scenario.ts';
import { RuleViolationError, ValidationError, type FieldIssue } from '../common/errors.ts';
import type { Language } from '../i18n/language.ts';
import { isDocumentFormat, type DocumentFormat } from './render-document.ts';

/**
 * saksframlegg: one municipality's case presentation · summary: its one-page summary · agreement: the draft
 * agreement for a model · settlement-statement: one municipality's settlement (årsoppgjør) of a joint unit's
 * year · benefit-report: a joint unit's benefit realisation in a year, for the councils.
 */
export const DOCUMENT_KINDS = [
  'saksframlegg',
  'summary',
  'agreement',
  'settlement-statement',
  'benefit-report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The written languages of documents: bokmål and nynorsk. */
export const DOCUMENT_LANGUAGES = ['nb', 'nn'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export interface DocumentRequest {
  kind: DocumentKind;
  /** Kommunenummer; saksframlegg, summary and settlement-statement only (required there). */
  municipality?: string | undefined;
  /** Agreement model id (`vertskommune-administrativ` …); agreement only (required there). */
  model?: string | undefined;
  /** Saksframlegg and summary: @default the case's first scenario with the municipality. Agreement: @default the scenario of the model's terms, if any. */
  scenarioId?: string | undefined;
  format: DocumentFormat;
  language: DocumentLanguage;
  /** Mark the agreement «Endelig utkast»; agreement only, refused while a point of the minimum content is missing. */
  final?: boolean | undefined;
  /** The joint unit (`operations.units[].id`); settlement-statement and benefit-report only (required there). */
  unitId?: string | undefined;
  /** The operating year; settlement-statement and benefit-report only (required there). */
  year?: number | undefined;
}

/** A request checked against the case: what is built, and what identifies the document with the revision. */
export interface ResolvedRequest {
  kind: DocumentKind;
  municipality: string | null;
  model: string | null;
  scenarioId: string | null;
  format: DocumentFormat;
  language: DocumentLanguage;
  /** Marked final (agreement only); a final and a not-final draft of one revision are two documents. */
  final: boolean;
  /** The joint unit and year (settlement-statement, benefit-report); `null` for the other kinds. */
  unitId: string | null;
  year: number | null;
}

type Problem = 'unknown' | 'required' | 'not_used' | 'not_in_scenario' | 'not_in_unit';

const TEXT: Record<Language, Record<Problem, (field: string, value: string) => string>> = {
  nb: {
    unknown: (field, value) => `Ukjent ${field}: «${value}»`,
    required: (field) => `${field} må oppgis for dette dokumentet`,
    not_used: (field) => `${field} brukes ikke for dette dokumentet`,
    not_in_scenario: (_, value) => `Kommune ${value} er ikke med i scenarioet`,
    not_in_unit: (_, value) => `Kommune ${value} er ikke medlem av den felles enheten dette året`,
  },
  nn: {
    unknown: (field, value) => `Ukjend ${field}: «${value}»`,
    required: (field) => `${field} må oppgjevast for dette dokumentet`,
    not_used: (field) => `${field} blir ikkje brukt for dette dokumentet`,
    not_in_scenario: (_, value) => `Kommune ${value} er ikkje med i scenarioet`,
    not_in_unit: (_, value) => `Kommune ${value} er ikkje medlem av den felles eininga dette året`,
  },
  en: {
    unknown: (field, value) => `Unknown ${field}: "${value}"`,
    required: (field) => `${field} is required for this document`,
    not_used: (field) => `${field} is not used for this document`,
    not_in_scenario: (_, value) => `Municipality ${value} is not in the scenario`,
    not_in_unit: (_, value) => `Municipality ${value} is not a member of the joint unit that year`,
  },
};

function issue(field: string, problem: Problem, value: string, language: Language): ValidationError {
  const found: FieldIssue = { path: field, code: problem, message: TEXT[language][problem](field, value) };
  return new ValidationError([found], found.message);
}

function oneOf<T extends string>(values: readonly T[], value: unknown, field: string, language: Language): T {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw issue(field, 'unknown', String(value).slice(0, 40), language);
}

/** Whether the municipality takes part in any of the scenario's areas (the saksframlegg's participants). */
function inScenario(scenario: Scenario, municipality: string): boolean {
  return scenario.areas.some((area) => area.participants.some((p) => p === municipality));
}

function resolveMunicipalityVersion(
  document: CaseDocument,
  request: DocumentRequest,
  language: Language,
): Pick<ResolvedRequest, 'municipality' | 'scenarioId'> {
  if (request.model !== undefined) throw issue('model', 'not_used', request.model, language);
  const municipality = request.municipality;
  if (municipality === undefined) throw issue('municipality', 'required', '', language);
  if (!document.participants.some((p) => p.municipalityNumber === municipality))
    throw issue('municipality', 'unknown', municipality, language);
  const scenario =
    request.scenarioId === undefined
      ? document.scenarios.find((s) => inScenario(s, municipality))
      : document.scenarios.find((s) => s.id === request.scenarioId);
  if (!scenario)
    throw issue(
      'scenarioId',
      request.scenarioId ? 'unknown' : 'required',
      request.scenarioId ?? '',
      language,
    );
  if (!inScenario(scenario, municipality))
    throw issue('municipality', 'not_in_scenario', municipality, language);
  return { municipality, scenarioId: scenario.id };
}

function resolveAgreement(
  document: CaseDocument,
  request: DocumentRequest,
  language: Language,
): Pick<ResolvedRequest, 'model' | 'scenarioId' | 'final'> {
  if (request.municipality !== undefined)
    throw issue('municipality', 'not_used', request.municipality, language);
  const model = request.model;
  if (model === undefined) throw issue('model', 'required', '', language);
  if (agreementRequirements(model)?.kind !== 'statutory') throw issue('model', 'unknown', model, language);
  const scenarioId =
    request.scenarioId ?? document.agreementTerms.find((t) => t.modelId === model)?.scenarioId;
  if (scenarioId !== undefined && !document.scenarios.some((s) => s.id === scenarioId))
    throw issue('scenarioId', 'unknown', scenarioId, language);
  const final = request.final === true;
  if (final) refuseIncomplete(document, request, model as AgreementModelId, scenarioId, language);
  return { model, scenarioId: scenarioId ?? null, final };
}

/**
 * Refuses (422, `agreement_incomplete`) to mark a draft final while a point of the minimum content is
 * missing, naming each with its paragraph. Checked before anything is generated: the check is cheap, the draft not.
 */
function refuseIncomplete(
  document: CaseDocument,
  request: DocumentRequest,
  model: AgreementModelId,
  scenarioId: string | undefined,
  language: Language,
): void {
  // The points are named in the reader's written language; English readers get the draft's.
  const labels = language === 'en' ? request.language : language;
  const options = { model, language: labels };
  const { check } = buildAgreement(document, scenarioId === undefined ? options : { ...options, scenarioId });
  const message = agreementIncompleteMessage(check, language);
  if (message === null) return;
  const found: FieldIssue = { path: 'final', code: 'agreement_incomplete', message };
  throw new RuleViolationError([found], message);
}

type UnitYear = Pick<ResolvedRequest, 'municipality' | 'model' | 'scenarioId' | 'final' | 'unitId' | 'year'>;

/**
 * The unit and year of a settlement statement or benefit report: the unit must be in the case, and the year
 * one it has a budget for (the statement) or any year it could report on (the report); the statement's
 * municipality must be a member that year, and its settlement one the case can compute, else the refusal
 * (422) names in words what is missing.
 */
function resolveUnitYear(
  document: CaseDocument,
  request: Omit<DocumentRequest, 'kind'> & { kind: 'settlement-statement' | 'benefit-report' },
  language: Language,
): UnitYear {
  if (request.model !== undefined) throw issue('model', 'not_used', request.model, language);
  if (request.scenarioId !== undefined) throw issue('scenarioId', 'not_used', request.scenarioId, language);
  if (request.final === true) throw issue('final', 'not_used', 'true', language);
  const { unitId, year } = request;
  if (unitId === undefined) throw issue('unitId', 'required', '', language);
  const unit = document.operations.units.find((u) => u.id === unitId);
  if (unit === undefined) throw issue('unitId', 'unknown', unitId.slice(0, 40), language);
  if (year === undefined) throw issue('year', 'required', '', language);
  const budgeted = document.operations.budgets.some((b) => b.unitId === unitId && b.year === year);
  const reportable = Number.isInteger(year) && year >= 2000 && year <= 2100;
  if (request.kind === 'settlement-statement' ? !budgeted : !reportable)
    throw issue('year', 'unknown', String(year).slice(0, 12), language);
  const base = { model: null, scenarioId: null, final: false, unitId, year };
  if (request.kind === 'benefit-report') {
    if (request.municipality !== undefined)
      throw issue('municipality', 'not_used', request.municipality, language);
    if (!document.operations.benefitPlans.some((p) => p.unitId === unitId))
      refuse(
        document,
        { code: 'no_benefit_plans', path: 'operations.benefitPlans' },
        request.kind,
        year,
        language,
      );
    return { ...base, municipality: null };
  }
  const municipality = request.municipality;
  if (municipality === undefined) throw issue('municipality', 'required', '', language);
  if (!document.participants.some((p) => p.municipalityNumber === municipality))
    throw issue('municipality', 'unknown', municipality, language);
  if (!isMemberInYear(unit, municipality, year))
    throw issue('municipality', 'not_in_unit', municipality, language);
  const view = settlementView(document, unitId, year);
  if (!view.ok) refuse(document, view, request.kind, year, language);
  return { ...base, municipality };
}

/** Refuses (422) a document the case cannot give yet, naming in words (never a path) what is missing. */
function refuse(
  document: CaseDocument,
  missing: { code: string; path: string },
  kind: 'settlement-statement' | 'benefit-report',
  year: number,
  language: Language,
): never {
  const message = operationsMissingMessage(document, kind, missing, year, language);
  const label = fieldLabel(missing.path, document, language);
  const found: FieldIssue = { path: missing.path, code: missing.code, message, label };
  throw new RuleViolationError([found], message);
}

/**
 * Checks the request against the case; throws a ValidationError naming the field (`municipality`, `model`,
 * `scenarioId`, `unitId`, `year`, `kind`, `format`, `language`) that is unknown, missing or not used by the
 * kind, and a RuleViolationError (422) when a settlement or benefit report lacks what it is built from.
 * @example resolveDocumentRequest(defaultCase(), { kind: 'saksframlegg', municipality: '5028', format: 'docx', language: 'nb' })
 * // → { kind: 'saksframlegg', municipality: '5028', model: null, scenarioId: 'administrative-tjenester', format: 'docx', language: 'nb', final: false, unitId: null, year: null }
 */
export function resolveDocumentRequest(
  document: CaseDocument,
  request: DocumentRequest,
  messageLanguage: Language = request.language,
): ResolvedRequest {
  const kind = oneOf(DOCUMENT_KINDS, request.kind, 'kind', messageLanguage);
  const language = oneOf(DOCUMENT_LANGUAGES, request.language, 'language', messageLanguage);
  if (!isDocumentFormat(request.format))
    throw issue('format', 'unknown', String(request.format), messageLanguage);
  const base = { kind, format: request.format, language };
  if (kind === 'settlement-statement' || kind === 'benefit-report')
    return { ...base, ...resolveUnitYear(document, { ...request, kind }, messageLanguage) };
  if (request.unitId !== undefined) throw issue('unitId', 'not_used', request.unitId, messageLanguage);
  if (request.year !== undefined) throw issue('year', 'not_used', String(request.year), messageLanguage);
  const none = { unitId: null, year: null };
  if (kind === 'agreement')
    return { ...base, ...none, municipality: null, ...resolveAgreement(document, request, messageLanguage) };
  if (request.final === true) throw issue('final', 'not_used', 'true', messageLanguage);
  return {
    ...base,
    ...none,
    model: null,
    final: false,
    ...resolveMunicipalityVersion(document, request, messageLanguage),
  };
}
