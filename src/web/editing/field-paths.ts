/**
 * From an issue's path in the document (`baseline[2].ages.max`) to the input that edits it, so the error
 * summary can link to the field and the field can show its error.
 * @module
 */
import { SOURCED_FIELDS } from '../../case/baseline-field-source.ts';
import type { SourcedField } from '../../case/schema/baseline.ts';
import type { DraftField } from './baseline-draft.ts';
import { choiceField, textField } from './figure-source-draft.ts';

export interface FieldRef {
  index: number;
  field: DraftField;
}

const DIRECT: Record<string, DraftField> = {
  fte: 'fte',
  headcount: 'headcount',
  labourCost: 'labourCost',
  budgetYear: 'budgetYear',
  notes: 'notes',
};

const AGE: Record<string, DraftField> = { min: 'ageMin', max: 'ageMax', value: 'ageValue' };

/** The input for a path; paths about a whole row (e.g. a duplicate) go to its first field. */
export function fieldForPath(path: string): FieldRef | undefined {
  const match = /^baseline\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?(?:\.(\w+))?/.exec(path);
  if (!match) return undefined;
  const index = Number(match[1]);
  const [, , first, second, third] = match;
  if (first === undefined) return { index, field: 'fte' };
  const sourced = SOURCED_FIELDS.find((field) => field === second);
  if (first === 'sources' && sourced) {
    const text = third === 'locator' || third === 'note';
    return { index, field: text ? textField(sourced) : choiceField(sourced) };
  }
  const direct = DIRECT[first];
  if (direct) return { index, field: direct };
  if (first === 'ages')
    return { index, field: (second !== undefined ? AGE[second] : undefined) ?? 'ageKind' };
  return { index, field: 'fte' };
}

/**
 * The input for an issue: like `fieldForPath`, except that a changed figure still citing its old source
 * (`source_not_updated` at `baseline[2].labourCost`) is fixed at the figure's source chooser.
 */
export function fieldForIssue(issue: { path: string; code: string }): FieldRef | undefined {
  const ref = fieldForPath(issue.path);
  if (!ref || issue.code !== 'source_not_updated') return ref;
  const figure = /\.(\w+)$/.exec(issue.path)?.[1];
  const sourced = SOURCED_FIELDS.find((field: SourcedField) => field === figure);
  return sourced ? { index: ref.index, field: choiceField(sourced) } : ref;
}

/** The id of the input editing one field of one row. */
export function fieldId(ref: FieldRef): string {
  return `baseline-${ref.index}-${ref.field}`;
}

export const COMMENT_FIELD_ID = 'revision-comment';
