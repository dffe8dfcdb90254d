/**
 * Absence rates as the form holds them: sick leave, holidays and other absence in percent for each service
 * area and municipality with central staff in the baseline, applied to `people.absenceRates`.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { MunicipalityNumber } from '../../../case/schema/common.ts';
import type { AbsenceRate } from '../../../case/schema/people.ts';
import { parseNumber } from '../parse-number.ts';
import { provenanceFrom, sourcedText, type ProvenanceDraft } from './people-draft-common.ts';

export const ABSENCE_PARTS = ['sickLeave', 'holidays', 'other'] as const;
export type AbsencePart = (typeof ABSENCE_PARTS)[number];

export interface AbsenceRowDraft {
  areaId: string;
  municipalityNumber: MunicipalityNumber;
  values: Record<AbsencePart, string>;
}

export const absenceId = (row: { areaId: string; municipalityNumber: string }, part: AbsencePart) =>
  `absence-${row.areaId}-${row.municipalityNumber}-${part}`;

/** One row per area and municipality with central baseline staff, as the vulnerability view needs. */
export function absenceDraft(document: CaseDocument): AbsenceRowDraft[] {
  const seen = new Set<string>();
  const rows: AbsenceRowDraft[] = [];
  for (const r of document.baseline) {
    const key = `${r.areaId}/${r.municipalityNumber}`;
    if (r.scope !== 'central' || seen.has(key)) continue;
    seen.add(key);
    const saved = document.people.absenceRates.find(
      (a) => a.areaId === r.areaId && a.municipalityNumber === r.municipalityNumber,
    );
    const text = (part: AbsencePart) => (saved ? sourcedText(saved[part], true) : '');
    rows.push({
      areaId: r.areaId,
      municipalityNumber: r.municipalityNumber,
      values: { sickLeave: text('sickLeave'), holidays: text('holidays'), other: text('other') },
    });
  }
  return rows;
}

export interface AbsenceProblem {
  fieldId: string;
  path: string;
  kind: 'invalidNumber' | 'missingPart';
}

function readRow(row: AbsenceRowDraft, problems: AbsenceProblem[]): Record<AbsencePart, number> | null {
  if (ABSENCE_PARTS.every((p) => row.values[p].trim() === '')) return null;
  const out: Record<AbsencePart, number> = { sickLeave: 0, holidays: 0, other: 0 };
  for (const part of ABSENCE_PARTS) {
    const parsed = parseNumber(row.values[part]);
    const at = {
      fieldId: absenceId(row, part),
      path: `people.absenceRates.${row.areaId}.${row.municipalityNumber}.${part}`,
    };
    if (!parsed.ok) problems.push({ ...at, kind: 'invalidNumber' });
    // Other absence may be left empty (it defaults to none); sick leave and holidays must be given.
    else if (parsed.value === null && part !== 'other') problems.push({ ...at, kind: 'missingPart' });
    else out[part] = Math.round((parsed.value ?? 0) * 1e4) / 1e6;
  }
  return out;
}

/** The document with the rows applied; unchanged rows keep their provenance, cleared rows are removed. */
export function applyAbsenceDraft(
  document: CaseDocument,
  rows: readonly AbsenceRowDraft[],
  provenance: ProvenanceDraft,
  origin: CaseDocument = document,
): { document: CaseDocument; problems: AbsenceProblem[] } {
  // A row the user did not touch since `origin` keeps the newer revision's rate, so a rebase never reverts it.
  const untouched = absenceDraft(origin);
  const problems: AbsenceProblem[] = [];
  const drafted = new Set(rows.map((r) => `${r.areaId}/${r.municipalityNumber}`));
  const rates: AbsenceRate[] = document.people.absenceRates.filter(
    (a) => !drafted.has(`${a.areaId}/${a.municipalityNumber}`),
  );
  for (const row of rows) {
    const saved = document.people.absenceRates.find(
      (a) => a.areaId === row.areaId && a.municipalityNumber === row.municipalityNumber,
    );
    const original = untouched.find(
      (o) => o.areaId === row.areaId && o.municipalityNumber === row.municipalityNumber,
    );
    if (JSON.stringify(original?.values) === JSON.stringify(row.values)) {
      if (saved) rates.push(saved);
      continue;
    }
    const before = problems.length;
    const values = readRow(row, problems);
    if (values === null || problems.length > before) continue;
    const unchanged = saved && ABSENCE_PARTS.every((p) => sourcedText(saved[p], true) === row.values[p]);
    rates.push(
      unchanged
        ? saved
        : {
            areaId: row.areaId,
            municipalityNumber: row.municipalityNumber,
            ...values,
            provenance: provenanceFrom(provenance),
          },
    );
  }
  return { document: { ...document, people: { ...document.people, absenceRates: rates } }, problems };
}
