/**
 * The Documents form's state, checked before it is sent, and the server's field issues pointed at the fields.
 * @module
 */
import type {
  CreateDocumentRequest,
  DocumentFormat,
  DocumentKind,
  DocumentLanguage,
} from '../../api/documents-api.ts';
import type { FieldIssue } from '../../api/types.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';

/** What the form holds; the revision as typed. */
export interface DocumentDraft {
  kind: DocumentKind;
  /** Kommunenummer; empty until chosen. */
  municipality: string;
  /** Legal model id; empty until chosen. */
  model: string;
  format: DocumentFormat;
  language: DocumentLanguage;
  revision: string;
  /** Mark the agreement final; only sent for an agreement. */
  final: boolean;
  /** The joint unit and year as `unitYearValue` writes them; empty until chosen. Settlement statement only. */
  unitYear: string;
}

/** What the form may choose from: the case's participants and legal models, and its newest revision. */
export interface DocumentChoices {
  municipalities: readonly string[];
  models: readonly string[];
  latestRevision: number;
  /** The units' budget years (`unitYearValue`), which a settlement statement can be made for. */
  unitYears: readonly string[];
}

/** Ids of the form's fields; a radio group's id is its first radio's. */
export const DOCUMENT_FIELD_ID = {
  kind: 'document-kind-saksframlegg',
  municipality: 'document-municipality',
  model: 'document-model',
  format: 'document-format-docx',
  language: 'document-language-nb',
  revision: 'document-revision',
  final: 'document-final',
  unitId: 'document-unit-year',
  year: 'document-unit-year',
} as const;

/** A saksframlegg, a summary or a settlement statement is for one municipality. */
export function needsMunicipality(kind: DocumentKind): boolean {
  return kind !== 'agreement' && kind !== 'benefit-report';
}

/** The agreement is for one legal model. */
export function needsModel(kind: DocumentKind): boolean {
  return kind === 'agreement';
}

/** A settlement statement and a benefit report are for one joint unit's year. */
export function needsUnitYear(kind: DocumentKind): boolean {
  return kind === 'settlement-statement' || kind === 'benefit-report';
}

/** A unit and a year as one choice (`administrative-tjenester/2027`): only the years a unit has a budget for. */
export function unitYearValue(unitId: string, year: number): string {
  return `${unitId}/${year}`;
}

function parseUnitYear(value: string): { unitId: string; year: number } {
  const at = value.lastIndexOf('/');
  return { unitId: value.slice(0, at), year: Number(value.slice(at + 1)) };
}

/** The form as it starts: a saksframlegg as DOCX from the newest revision. */
export function initialDraft(latestRevision: number, language: DocumentLanguage): DocumentDraft {
  return {
    kind: 'saksframlegg',
    municipality: '',
    model: '',
    format: 'docx',
    language,
    revision: String(latestRevision),
    final: false,
    unitYear: '',
  };
}

export type DraftCheck = { ok: true; request: CreateDocumentRequest } | { ok: false; errors: FormError[] };

/** The revision as typed, when it is one of the case's (1 to `latest`); else `null`. */
export function parseRevision(text: string, latest: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const revision = Number(trimmed);
  return revision >= 1 && revision <= latest ? revision : null;
}

/** Checks the draft against the case and gives the request to send, or the errors to show. */
export function checkDraft(draft: DocumentDraft, choices: DocumentChoices, t: Translate): DraftCheck {
  const errors: FormError[] = [];
  const forMunicipality = needsMunicipality(draft.kind);
  if (forMunicipality && !choices.municipalities.includes(draft.municipality))
    errors.push({ fieldId: DOCUMENT_FIELD_ID.municipality, message: t('documents.error.municipality') });
  const forModel = needsModel(draft.kind);
  if (forModel && !choices.models.includes(draft.model))
    errors.push({
      fieldId: DOCUMENT_FIELD_ID.model,
      message: t(choices.models.length === 0 ? 'documents.error.noModels' : 'documents.error.model'),
    });
  const forUnitYear = needsUnitYear(draft.kind);
  if (forUnitYear && !choices.unitYears.includes(draft.unitYear))
    errors.push({ fieldId: DOCUMENT_FIELD_ID.unitId, message: t('documents.error.unitYear') });
  const revision = parseRevision(draft.revision, choices.latestRevision);
  if (revision === null)
    errors.push({
      fieldId: DOCUMENT_FIELD_ID.revision,
      message: t('documents.error.revision', { latest: choices.latestRevision }),
    });
  if (errors.length > 0 || revision === null) return { ok: false, errors };
  return {
    ok: true,
    request: {
      kind: draft.kind,
      ...(forMunicipality ? { municipality: draft.municipality } : {}),
      ...(forModel ? { model: draft.model } : {}),
      format: draft.format,
      language: draft.language,
      revision,
      ...(forModel && draft.final ? { final: true } : {}),
      ...(forUnitYear ? parseUnitYear(draft.unitYear) : {}),
    },
  };
}

function isField(path: string): path is keyof typeof DOCUMENT_FIELD_ID {
  return Object.hasOwn(DOCUMENT_FIELD_ID, path);
}

/** The server's issues (`municipality`, `revision` …) as form errors in its own words, linked to the field. */
export function serverFormErrors(issues: readonly FieldIssue[]): FormError[] {
  return issues.map((issue) => ({
    fieldId: isField(issue.path) ? DOCUMENT_FIELD_ID[issue.path] : undefined,
    message: issue.message,
  }));
}
