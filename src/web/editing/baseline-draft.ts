/**
 * The baseline as the editor holds it: every field as the text the user typed. Turning a draft back into a
 * document reports text that is not a number by field path, before `parseCase` checks the rest.
 * @module
 */
import type { AgeInfo, BaselineRow } from '../../case/schema/baseline.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { SourceEntry } from '../../case/source-integrity.ts';
import { draftSources, emptySourceDraft, type SourceDraft, type SourceIssue } from './figure-source-draft.ts';
import { parseNumber, numberToInput } from './parse-number.ts';

export type AgeKind = 'none' | AgeInfo['kind'];

/** One baseline row's editable fields, as typed, and the sources chosen for changed figures. */
export interface RowDraft extends SourceDraft {
  fte: string;
  headcount: string;
  labourCost: string;
  budgetYear: string;
  ageKind: AgeKind;
  ageMin: string;
  ageMax: string;
  ageValue: string;
  notes: string;
}

export type DraftField = keyof RowDraft;

/** Every field in the order of the form (a figure's source chooser follows the figures). */
export const DRAFT_FIELDS = [
  'fte',
  'headcount',
  'labourCost',
  'budgetYear',
  'ageKind',
  'ageMin',
  'ageMax',
  'ageValue',
  'fteSource',
  'fteSourceText',
  'headcountSource',
  'headcountSourceText',
  'labourCostSource',
  'labourCostSourceText',
  'agesSource',
  'agesSourceText',
  'notes',
] as const satisfies readonly DraftField[];

/** The draft of the whole baseline, in the document's row order. */
export type BaselineDraft = readonly RowDraft[];

/** A problem found before validation, by path: `invalidNumber` for text that is not a number. */
export interface DraftIssue {
  path: string;
  kind: 'invalidNumber' | 'ageRequired' | SourceIssue['kind'];
}

export function draftFromRow(row: BaselineRow): RowDraft {
  const ages = row.ages;
  return {
    fte: numberToInput(row.fte),
    headcount: numberToInput(row.headcount),
    labourCost: numberToInput(row.labourCost, { grouped: true }),
    budgetYear: String(row.budgetYear),
    ageKind: ages === null ? 'none' : ages.kind,
    ageMin: ages?.kind === 'range' ? String(ages.min) : '',
    ageMax: ages?.kind === 'range' ? String(ages.max) : '',
    ageValue: ages?.kind === 'single' ? String(ages.value) : '',
    notes: row.notes ?? '',
    ...emptySourceDraft(),
  };
}

export function draftFromDocument(document: CaseDocument): RowDraft[] {
  return document.baseline.map(draftFromRow);
}

/** The draft's number fields, missing or unreadable ones as `null`, for live totals. */
export function draftFigure(draft: RowDraft, field: 'fte' | 'labourCost'): number | null {
  const parsed = parseNumber(draft[field]);
  return parsed.ok ? parsed.value : null;
}

interface RowBuild {
  row: Record<string, unknown>;
  issues: DraftIssue[];
}

function buildRow(original: BaselineRow, draft: RowDraft, index: number, entry: SourceEntry): RowBuild {
  const issues: DraftIssue[] = [];
  const path = (field: string) => `baseline[${index}].${field}`;
  // Unreadable text is passed on as typed, so the document stays invalid and nothing can be saved.
  const number = (text: string, field: string): number | string | null => {
    const parsed = parseNumber(text);
    if (parsed.ok) return parsed.value;
    issues.push({ path: path(field), kind: 'invalidNumber' });
    return text;
  };
  const age = (text: string, field: string): number | string | null => {
    const value = number(text, `ages.${field}`);
    if (value === null) issues.push({ path: path(`ages.${field}`), kind: 'ageRequired' });
    return value;
  };
  let ages: unknown = null;
  if (draft.ageKind === 'range')
    ages = { kind: 'range', min: age(draft.ageMin, 'min'), max: age(draft.ageMax, 'max') };
  if (draft.ageKind === 'single') ages = { kind: 'single', value: age(draft.ageValue, 'value') };
  if (draft.ageKind === 'bands') ages = original.ages?.kind === 'bands' ? original.ages : null;

  const row: Record<string, unknown> = {
    ...original,
    fte: number(draft.fte, 'fte'),
    headcount: number(draft.headcount, 'headcount'),
    labourCost: number(draft.labourCost, 'labourCost'),
    budgetYear: number(draft.budgetYear, 'budgetYear'),
    ages,
  };
  const sourced = draftSources(original, draft, index, entry);
  row['sources'] = sourced.sources;
  issues.push(...sourced.issues);
  // An empty note is no note: the field is optional, and "" would be saved as a note.
  const notes = draft.notes.trim();
  if (notes === '') delete row['notes'];
  else row['notes'] = notes;
  return { row, issues };
}

/**
 * The document with the draft's baseline, not yet validated, and the problems found on the way. `entry` is
 * who enters an own value and when, as the browser knows it (the server records its own on save).
 */
export function applyDraft(
  document: CaseDocument,
  draft: BaselineDraft,
  entry: SourceEntry,
): { document: unknown; issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const baseline = document.baseline.map((original, index) => {
    const rowDraft = draft[index];
    if (!rowDraft) return original;
    const built = buildRow(original, rowDraft, index, entry);
    issues.push(...built.issues);
    return built.row;
  });
  return { document: { ...document, baseline }, issues };
}

/** Fields whose text differs between two drafts of the same rows. */
export function changedFields(
  from: BaselineDraft,
  to: BaselineDraft,
): { index: number; field: DraftField }[] {
  const changes: { index: number; field: DraftField }[] = [];
  to.forEach((row, index) => {
    const before = from[index];
    if (!before) return;
    for (const field of DRAFT_FIELDS) {
      if (row[field] !== before[field]) changes.push({ index, field });
    }
  });
  return changes;
}
