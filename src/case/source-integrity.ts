/**
 * Sources stay true: a baseline figure that changed cannot keep citing the document it was taken from, since
 * that document says something else. The editor gives a new source or marks the figure as their own value;
 * the own-value mark records who entered it and when, from the session and the server's clock, never from
 * what the client sent. Pure: the caller passes the user's name and the time.
 * @module
 */
import type { FieldIssue } from '../common/errors.ts';
import { customMessage } from '../i18n/issue-messages.ts';
import type { Language } from '../i18n/language.ts';
import {
  SOURCED_FIELDS,
  figureValue,
  isDocumentSource,
  isOwnValue,
  sameDocumentRef,
  sameValue,
} from './baseline-field-source.ts';
import type { BaselineRow, FigureSource, SourcedField } from './schema/baseline.ts';
import type { CaseDocument } from './schema/case-document.ts';

/** Who saves, and when: the session user's display name and the server's clock (ISO date-time). */
export interface SourceEntry {
  by: string;
  at: string;
}

export interface SourceIntegrityResult {
  /** The document to store: own-value marks stamped with `entry`, unchanged ones as they were. */
  document: CaseDocument;
  /** One `source_not_updated` issue per changed figure that still cites its old source. */
  issues: FieldIssue[];
}

const rowKey = (row: BaselineRow) => `${row.areaId}|${row.municipalityNumber}|${row.scope}`;

type FieldCheck = { source: FigureSource | undefined; problem: boolean };

/** One field of one row, compared with the same row in the base revision (`undefined`: a new row). */
function checkField(
  base: BaselineRow | undefined,
  row: BaselineRow,
  field: SourcedField,
  entry: SourceEntry,
): FieldCheck {
  const source = row.sources[field];
  const before = base?.sources[field];
  const changed = base !== undefined && !sameValue(figureValue(base, field), figureValue(row, field));
  if (isOwnValue(source)) {
    // An earlier mark on an unchanged figure stays as it was; any other mark is this save's entry.
    const entered = isOwnValue(before) && !changed ? before.entered : { by: entry.by, at: entry.at };
    return { source: { ...source, entered: { ...entered } }, problem: false };
  }
  if (!changed || !isDocumentSource(before)) return { source, problem: false };
  // A figure cleared to "missing" may drop its source; any other changed figure needs a new one.
  if (source === undefined) return { source, problem: figureValue(row, field) !== null };
  return { source, problem: sameDocumentRef(before, source) };
}

/**
 * Compares the baseline about to be saved with the revision the edit started from, row by row (matched by
 * area, municipality and scope, so rows added or removed do not shift the comparison).
 */
export function checkSourceIntegrity(
  base: CaseDocument,
  next: CaseDocument,
  entry: SourceEntry,
  language: Language,
): SourceIntegrityResult {
  const baseRows = new Map(base.baseline.map((row) => [rowKey(row), row]));
  const issues: FieldIssue[] = [];
  const baseline = next.baseline.map((row, index) => {
    const before = baseRows.get(rowKey(row));
    let sources = row.sources;
    for (const field of SOURCED_FIELDS) {
      const checked = checkField(before, row, field, entry);
      if (checked.problem) {
        issues.push({
          path: `baseline[${index}].${field}`,
          code: 'source_not_updated',
          message: customMessage('source_not_updated', language),
        });
      }
      if (checked.source !== row.sources[field]) sources = { ...sources, [field]: checked.source };
    }
    return sources === row.sources ? row : { ...row, sources };
  });
  return { document: { ...next, baseline }, issues };
}
