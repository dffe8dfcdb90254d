/**
 * The source of a changed figure, as the editor chooses it: a document of the case and the place in it, or
 * «Egen verdi». A changed figure never keeps its old source silently: until the editor chooses, the draft
 * reports `sourceRequired` at the chooser, the same rule the server enforces on save.
 * @module
 */
import { SOURCED_FIELDS, sameValue, type FigureValue } from '../../case/baseline-field-source.ts';
import type { BaselineRow, FigureSource, SourcedField } from '../../case/schema/baseline.ts';
import type { SourceEntry } from '../../case/source-integrity.ts';
import { parseNumber } from './parse-number.ts';

/** The chooser's value for «Egen verdi»: not a possible document id (ids never start with `*`). */
export const OWN_VALUE = '*own';

/** The draft fields of one figure's source: the choice ('' not chosen, OWN_VALUE, or a document id) and its text. */
export type SourceChoiceField = `${SourcedField}Source`;
/** The locator of a chosen document, or the note of an own value. */
export type SourceTextField = `${SourcedField}SourceText`;
export type SourceDraft = Record<SourceChoiceField | SourceTextField, string>;

export const choiceField = (field: SourcedField): SourceChoiceField => `${field}Source`;
export const textField = (field: SourcedField): SourceTextField => `${field}SourceText`;

/** Nothing chosen: a figure that is not changed keeps its source as saved. */
export function emptySourceDraft(): SourceDraft {
  const draft: Partial<SourceDraft> = {};
  for (const field of SOURCED_FIELDS) {
    draft[choiceField(field)] = '';
    draft[textField(field)] = '';
  }
  return draft as SourceDraft;
}

/** What the figure fields of a row draft hold, as typed. */
export interface FigureTexts {
  fte: string;
  headcount: string;
  labourCost: string;
  ageKind: string;
  ageMin: string;
  ageMax: string;
  ageValue: string;
}

/** The value the draft gives a figure; `undefined` while it is not readable (the number check reports that). */
function draftValue(original: BaselineRow, draft: FigureTexts, field: SourcedField): FigureValue | undefined {
  const number = (text: string) => {
    const parsed = parseNumber(text);
    return parsed.ok ? parsed.value : undefined;
  };
  if (field !== 'ages') return number(draft[field]);
  if (draft.ageKind === 'none') return null;
  if (draft.ageKind === 'bands') return original.ages;
  if (draft.ageKind === 'single') {
    const value = number(draft.ageValue);
    return value === undefined || value === null ? undefined : { kind: 'single', value };
  }
  const min = number(draft.ageMin);
  const max = number(draft.ageMax);
  if (min === undefined || min === null || max === undefined || max === null) return undefined;
  return { kind: 'range', min, max };
}

/**
 * The figures of a row that the draft changes to a readable, non-empty value: each needs its source said.
 * A figure emptied to "missing" states nothing and simply drops its source.
 */
export function figuresNeedingSource(original: BaselineRow, draft: FigureTexts): SourcedField[] {
  return SOURCED_FIELDS.filter((field) => {
    const value = draftValue(original, draft, field);
    return value !== undefined && value !== null && !sameValue(original[field], value);
  });
}

/** A problem with a chosen source, by path: `baseline[2].sources.fte` or `….sources.fte.locator`. */
export interface SourceIssue {
  path: string;
  kind: 'sourceRequired' | 'locatorRequired';
}

/**
 * The row's sources after the edit: unchanged figures keep theirs, emptied ones drop theirs, changed ones get
 * what the editor chose. `entry` is who the browser believes is entering an own value and when; the server
 * replaces both with the session's user and its own clock.
 */
export function draftSources(
  original: BaselineRow,
  draft: FigureTexts & SourceDraft,
  index: number,
  entry: SourceEntry,
): { sources: Partial<Record<SourcedField, FigureSource>>; issues: SourceIssue[] } {
  const sources: Partial<Record<SourcedField, FigureSource>> = { ...original.sources };
  const issues: SourceIssue[] = [];
  const changed = figuresNeedingSource(original, draft);
  for (const field of SOURCED_FIELDS) {
    const value = draftValue(original, draft, field);
    if (value === null && original[field] !== null) delete sources[field];
    if (!changed.includes(field)) continue;
    const choice = draft[choiceField(field)];
    const text = draft[textField(field)].trim();
    const path = `baseline[${index}].sources.${field}`;
    if (choice === '') {
      // A figure that had no source may stay without one; one that cited something must say what now.
      if (original.sources[field] !== undefined) issues.push({ path, kind: 'sourceRequired' });
    } else if (choice === OWN_VALUE) {
      sources[field] = { entered: { ...entry }, ...(text === '' ? {} : { note: text }) };
    } else {
      if (text === '') issues.push({ path: `${path}.locator`, kind: 'locatorRequired' });
      sources[field] = { document: choice, ...(text === '' ? {} : { locator: text }) };
    }
  }
  return { sources, issues };
}
