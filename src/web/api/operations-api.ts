/**
 * Running the cooperation: the units index, a unit's budget for a year (or what if a member leaves or a
 * participant joins), and its a-konto lines, worded in the interface language (the client adds `?lang=`).
 * @module
 */
import type { AKontoView } from '../../case/operations/a-konto-view.ts';
import type { LabelledBudgetView, LabelledViewError } from '../../case/operations/labelled-budget.ts';
import type { MembershipWhatIf, WhatIfView } from '../../case/operations/membership-what-if.ts';
import type { OperationsIndex } from '../../case/operations/operations-index.ts';
import { request } from './http-client.ts';

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/operations`;

export function getOperations(caseId: string, signal?: AbortSignal): Promise<OperationsIndex> {
  return request<OperationsIndex>(base(caseId), { signal });
}

function unitYear(unitId: string, year: number): URLSearchParams {
  return new URLSearchParams({ unit: unitId, year: String(year) });
}

export function getBudget(
  caseId: string,
  unitId: string,
  year: number,
  signal?: AbortSignal,
): Promise<LabelledBudgetView | LabelledViewError> {
  return request(`${base(caseId)}/budget?${unitYear(unitId, year)}`, { signal });
}

/** The budget recomputed as if the change were recorded; nothing is saved. */
export function getWhatIf(
  caseId: string,
  unitId: string,
  year: number,
  change: MembershipWhatIf,
  signal?: AbortSignal,
): Promise<(Omit<WhatIfView, 'after'> & { after: LabelledBudgetView }) | LabelledViewError> {
  const query = unitYear(unitId, year);
  if (change.kind === 'leave') {
    query.set('leave', change.municipality);
    query.set('noticeGiven', change.noticeGiven);
  } else {
    query.set('join', change.municipality);
    query.set('joins', change.joins);
  }
  return request(`${base(caseId)}/budget?${query}`, { signal });
}

export function getAKonto(
  caseId: string,
  unitId: string,
  year: number,
  signal?: AbortSignal,
): Promise<AKontoView | LabelledViewError> {
  return request(`${base(caseId)}/a-konto?${unitYear(unitId, year)}`, { signal });
}
