/**
 * The human name of one editable field: "Årsverk – Skaun, Lønn, regnskap og fakturering", the same as the
 * input's accessible name, for the error summary and the conflict report.
 * @module
 */
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { Language } from '../../i18n/language.ts';
import type { MessageKey } from '../i18n/catalogues.ts';
import { localized } from '../i18n/localized-text.ts';
import type { Translate } from '../i18n/use-t.ts';
import type { DraftField } from './baseline-draft.ts';
import type { FieldRef } from './field-paths.ts';

export const FIELD_LABEL: Record<DraftField, MessageKey> = {
  fte: 'field.fte',
  headcount: 'field.headcount',
  labourCost: 'field.labourCost',
  budgetYear: 'field.budgetYear',
  ageKind: 'field.ageKind',
  ageMin: 'field.ageMin',
  ageMax: 'field.ageMax',
  ageValue: 'field.ageValue',
  notes: 'field.notes',
  fteSource: 'field.fteSource',
  fteSourceText: 'field.fteSourceText',
  headcountSource: 'field.headcountSource',
  headcountSourceText: 'field.headcountSourceText',
  labourCostSource: 'field.labourCostSource',
  labourCostSourceText: 'field.labourCostSourceText',
  agesSource: 'field.agesSource',
  agesSourceText: 'field.agesSourceText',
};

export function describeField(
  document: CaseDocument,
  ref: FieldRef,
  t: Translate,
  language: Language,
): string {
  const row = document.baseline[ref.index];
  if (!row) return t(FIELD_LABEL[ref.field]);
  const municipality =
    document.participants.find((p) => p.municipalityNumber === row.municipalityNumber)?.name ??
    row.municipalityNumber;
  const area = document.serviceAreas.find((a) => a.id === row.areaId);
  const context = t(row.scope === 'decentral' ? 'edit.fieldContextDecentral' : 'edit.fieldContext', {
    municipality,
    area: area ? localized(area.name, language) : row.areaId,
  });
  return `${t(FIELD_LABEL[ref.field])} ${context}`;
}
