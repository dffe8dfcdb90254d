/**
 * A change between two revisions in the words a person reads: what the field is called and its value before
 * and after, formatted as the pages show them. The path stays beside the words for programs.
 * @module
 */
import type { Language } from '../i18n/language.ts';
import type { FieldChange } from './diff.ts';
import { fieldLabel, parsePath, valueAt } from './field-label.ts';
import { formatFieldValue } from './field-value.ts';

export interface ChangeInWords extends FieldChange {
  /** «Melhus, Lønn, regnskap og fakturering: lønnskostnad». */
  label: string;
  /** The value before, as the pages show it: «5 200 000 kr». */
  beforeText: string;
  afterText: string;
}

/**
 * `changes` (from `diffDocuments(before, after)`) in words. A field is named from the newer document, or from
 * the older one where the change removed it, so a deleted row still reads as the row it was.
 */
export function describeChanges(
  changes: readonly FieldChange[],
  before: unknown,
  after: unknown,
  language: Language,
): ChangeInWords[] {
  return changes.map((change) => {
    // The diff reports an absent field as null; the documents tell «(ingen)» from «..» (no figure).
    const segments = parsePath(change.path);
    const old = valueAt(before, segments);
    const now = valueAt(after, segments);
    return {
      ...change,
      label: fieldLabel(change.path, now === undefined && old !== undefined ? before : after, language),
      beforeText: formatFieldValue(change.path, old, before, language),
      afterText: formatFieldValue(change.path, now, after, language),
    };
  });
}
