/**
 * The milestone editor's draft: title (in the interface's base language, bokmål), date and status per milestone,
 * applied onto the document it was based on.
 * @module
 */
import { PlanDate } from '../../../case/schema/common.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Milestone } from '../../../case/schema/process.ts';

export interface MilestoneDraft {
  id: string;
  title: string;
  date: string;
  endDate: string;
  status: Milestone['status'];
}

export function milestoneDrafts(milestones: readonly Milestone[]): MilestoneDraft[] {
  return milestones.map((m) => ({
    id: m.id,
    title: m.title.nb,
    date: m.date,
    endDate: m.endDate ?? '',
    status: m.status,
  }));
}

export function countChanges(saved: readonly MilestoneDraft[], draft: readonly MilestoneDraft[]): number {
  return draft.filter((d, i) => {
    const s = saved[i];
    return !s || s.title !== d.title || s.date !== d.date || s.endDate !== d.endDate || s.status !== d.status;
  }).length;
}

export type MilestoneField = 'title' | 'date' | 'endDate';

export interface MilestoneDraftError {
  id: string;
  field: MilestoneField;
  kind: 'invalidDate' | 'emptyTitle';
}

export function validateMilestoneDrafts(draft: readonly MilestoneDraft[]): MilestoneDraftError[] {
  const errors: MilestoneDraftError[] = [];
  for (const d of draft) {
    if (d.title.trim() === '') errors.push({ id: d.id, field: 'title', kind: 'emptyTitle' });
    if (!PlanDate.safeParse(d.date.trim()).success)
      errors.push({ id: d.id, field: 'date', kind: 'invalidDate' });
    if (d.endDate.trim() !== '' && !PlanDate.safeParse(d.endDate.trim()).success)
      errors.push({ id: d.id, field: 'endDate', kind: 'invalidDate' });
  }
  return errors;
}

/** The document with the draft's milestones applied; other languages of a changed title are dropped. */
export function applyMilestoneDrafts(document: CaseDocument, draft: readonly MilestoneDraft[]): CaseDocument {
  const byId = new Map(draft.map((d) => [d.id, d]));
  const milestones = document.milestones.map((m) => {
    const d = byId.get(m.id);
    if (!d) return m;
    const title = d.title.trim() === m.title.nb ? m.title : { nb: d.title.trim() };
    const next: Milestone = { ...m, title, date: d.date.trim(), status: d.status };
    const endDate = d.endDate.trim();
    if (endDate === '') delete next.endDate;
    else next.endDate = endDate;
    return next;
  });
  return { ...document, milestones };
}

export const milestoneFieldId = (id: string, field: MilestoneField | 'status') => `milestone-${id}-${field}`;
