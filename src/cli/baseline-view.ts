/**
 * The baseline tables as a reader sees them: one table per service area and scope, rows per municipality,
 * totals computed from the rows, and ages of small groups withheld. `flokk show` prints it as text or JSON.
 * @module
 */
import {
  SOURCED_FIELDS,
  fieldProvenance,
  isOwnValue,
  sourceDeviation,
} from '../case/baseline-field-source.ts';
import { redactPersonalData } from '../case/redact-personal-data.ts';
import type { AgeInfo, BaselineRow, BaselineScope, SourcedField } from '../case/schema/baseline.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import type { LocalizedText } from '../case/schema/common.ts';
import { baselineTotals } from '../engine/baseline-totals.ts';
import { checkDocumentedTotals, type TotalDiscrepancy } from '../engine/documented-total-check.ts';
import type { Language } from '../i18n/language.ts';

export interface BaselineViewRow {
  municipalityNumber: string;
  municipalityName: string;
  /** FTE (årsverk); `null` where the sources give no figure. */
  fte: number | null;
  /** Labour cost incl. social costs, NOK per year; `null` where missing. */
  labourCost: number | null;
  /** Ages as given; `null` when missing or withheld (see `agesSuppressed`). */
  ages: AgeInfo | null;
  /** True when the ages are withheld because the group may have fewer than 5 persons. */
  agesSuppressed: boolean;
  /** Present when a figure is the editor's own value or differs from what its source states. */
  sourceNotes?: BaselineSourceNote[];
}

/** A figure entered as an own value (who, when), or one that differs from what its cited source states. */
export type BaselineSourceNote =
  | { field: SourcedField; kind: 'ownValue'; by: string; at: string; note?: string }
  | { field: SourcedField; kind: 'deviates'; stated: number | AgeInfo };

function sourceNotes(row: BaselineRow): BaselineSourceNote[] {
  return SOURCED_FIELDS.flatMap((field): BaselineSourceNote[] => {
    const source = fieldProvenance(row, field);
    if (isOwnValue(source)) {
      const note = source.note === undefined ? {} : { note: source.note };
      return [{ field, kind: 'ownValue', ...source.entered, ...note }];
    }
    const deviation = sourceDeviation(row, field);
    return deviation ? [{ field, kind: 'deviates', stated: deviation.stated }] : [];
  });
}

export interface BaselineViewTable {
  areaId: string;
  areaName: string;
  scope: BaselineScope;
  rows: BaselineViewRow[];
  /** Sums of the rows' known figures; `complete` is false when any row lacks a figure. */
  total: { fte: number | null; labourCost: number | null; complete: boolean };
  /** Where the source's own TOTALT row differs from the sum of the rows. */
  discrepancies: TotalDiscrepancy[];
}

export interface BaselineView {
  caseId: string;
  title: string;
  tables: BaselineViewTable[];
}

function localized(text: LocalizedText, language: Language): string {
  return text[language] ?? text.nb;
}

/**
 * Builds the reader's view of the baseline. Totals come from `baselineTotals` over the rows as entered;
 * the rows shown pass through `redactPersonalData`.
 */
export function baselineView(document: CaseDocument, language: Language): BaselineView {
  const { document: shown, suppressed } = redactPersonalData(document);
  const withheld = new Set(suppressed);
  const areaNames = new Map(document.serviceAreas.map((area) => [area.id, localized(area.name, language)]));
  const municipalityNames = new Map<string, string>(
    document.participants.map((p) => [p.municipalityNumber, p.name]),
  );

  const viewRow = (row: BaselineRow, index: number): BaselineViewRow => {
    const notes = sourceNotes(row);
    return {
      municipalityNumber: row.municipalityNumber,
      municipalityName: municipalityNames.get(row.municipalityNumber) ?? row.municipalityNumber,
      fte: row.fte,
      labourCost: row.labourCost,
      ages: row.ages,
      agesSuppressed: withheld.has(`baseline[${index}].ages`),
      ...(notes.length > 0 ? { sourceNotes: notes } : {}),
    };
  };
  const indexed = shown.baseline.map((row, index) => ({ row, index }));

  const totals = baselineTotals(document.baseline);
  const discrepancies = checkDocumentedTotals(totals, document.documentedTotals);
  return {
    caseId: document.id,
    title: localized(document.title, language),
    tables: totals.map((total) => {
      const group = indexed.filter(({ row }) => row.areaId === total.areaId && row.scope === total.scope);
      return {
        areaId: total.areaId,
        areaName: areaNames.get(total.areaId) ?? total.areaId,
        scope: group[0]?.row.scope ?? 'central',
        rows: group.map(({ row, index }) => viewRow(row, index)),
        total: {
          fte: total.fte.value,
          labourCost: total.labourCost.value,
          complete: total.fte.missing === 0 && total.labourCost.missing === 0,
        },
        discrepancies: discrepancies.filter((d) => d.areaId === total.areaId && d.scope === total.scope),
      };
    }),
  };
}
