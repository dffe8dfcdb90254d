/**
 * From an issue's path in the document (`baseline[2].ages.max`) to the input that edits it, so the error
 * summary can link to the field and the field can show its error.
 * @module
 */
import type { DraftField } from './baseline-draft.ts';

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
  const match = /^baseline\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(path);
  if (!match) return undefined;
  const index = Number(match[1]);
  const [, , first, second] = match;
  if (first === undefined) return { index, field: 'fte' };
  const direct = DIRECT[first];
  if (direct) return { index, field: direct };
  if (first === 'ages')
    return { index, field: (second !== undefined ? AGE[second] : undefined) ?? 'ageKind' };
  return { index, field: 'fte' };
}

/** The id of the input editing one field of one row. */
export function fieldId(ref: FieldRef): string {
  return `baseline-${ref.index}-${ref.field}`;
}

export const COMMENT_FIELD_ID = 'revision-comment';
