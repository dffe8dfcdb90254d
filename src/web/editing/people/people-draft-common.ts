/**
 * What the people forms share: a figure typed as text (decimal comma, percent for shares), where a changed
 * figure comes from, field ids derived from document paths, and `parseCase` issues turned into form errors.
 * @module
 */
import type { FieldIssue } from '../../../common/errors.ts';
import type { Provenance } from '../../../case/schema/scenario.ts';
import type { FormError } from '../../components/form-error-summary.tsx';
import { numberToInput, parseNumber } from '../parse-number.ts';

/**
 * Where the figures changed in one save come from: a source document, or a placeholder that nobody has set,
 * optionally naming the role that ought to set it.
 */
export interface ProvenanceDraft {
  mode: 'source' | 'placeholder';
  /** Id of a document in `sources`. */
  document: string;
  locator: string;
  /** The role that ought to set the figures (optional); never someone who has. */
  toBeSetBy: string;
}

export const emptyProvenance: ProvenanceDraft = {
  mode: 'placeholder',
  document: '',
  locator: '',
  toBeSetBy: '',
};

/** The provenance written on every figure the save changes. */
export function provenanceFrom(draft: ProvenanceDraft): Provenance {
  if (draft.mode === 'source') {
    const locator = draft.locator.trim();
    return { source: { document: draft.document, ...(locator === '' ? {} : { locator }) } };
  }
  const toBeSetBy = draft.toBeSetBy.trim();
  return { placeholder: toBeSetBy === '' ? {} : { toBeSetBy } };
}

/** The id of the input for a document path: `people.switchboard.ahtSeconds.value` → `people-switchboard-ahtSeconds-value`. */
export function fieldId(path: string): string {
  return path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-$/, '');
}

/** A sourced figure as it appears in its input; shares are shown as percent. */
export function sourcedText(value: number | null, percent: boolean): string {
  if (value === null) return '';
  return numberToInput(percent ? Math.round(value * 1e6) / 1e4 : value);
}

export interface SourcedField {
  value: number | null;
  provenance?: Provenance | undefined;
}

/**
 * The figure after the form: kept as it was when the text is unchanged, otherwise the typed value with the
 * form's provenance. Returns an error for text that is not a number.
 */
export function applySourced(
  original: SourcedField,
  text: string,
  percent: boolean,
  provenance: Provenance,
): { field: SourcedField; invalid: boolean } {
  if (text === sourcedText(original.value, percent)) return { field: original, invalid: false };
  const parsed = parseNumber(text);
  if (!parsed.ok) return { field: original, invalid: true };
  if (parsed.value === null) return { field: { value: null }, invalid: false };
  // Percent is rounded to the typed precision so that 80 % is exactly 0.8, not 0.8000000000000002.
  const value = percent ? Math.round(parsed.value * 1e4) / 1e6 : parsed.value;
  return { field: { value, provenance }, invalid: false };
}

/** Issues from `parseCase` under `prefix`, each naming its path and pointing at the nearest input. */
export function issuesToErrors(
  issues: readonly FieldIssue[],
  prefix: string,
  inputFor: (path: string) => string | undefined,
  describe: (message: string, path: string) => string,
): FormError[] {
  return issues
    .filter((issue) => issue.path.startsWith(prefix))
    .map((issue) => ({ fieldId: inputFor(issue.path), message: describe(issue.message, issue.path) }));
}
