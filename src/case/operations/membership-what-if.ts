/**
 * «What if a municipality leaves or joins?»: the budget of a unit's year recomputed as if a member gave notice
 * on a date, or a participant of the case joined on a date, without saving anything. The rules are the
 * engine's (`membership-change.ts`): the exit date is the notice date plus the unit's notice months
 * (kommuneloven § 20-8: 12 unless the unit says otherwise), a month is paid by those who are members on its
 * first day, and the key is recomputed among them. The split itself is `budgetView` of the changed document,
 * so the what-if and the budget page can never disagree on how a year is split.
 * @module
 */
import {
  STATUTORY_NOTICE_MONTHS,
  exitDate,
  membershipSegments,
} from '../../engine/operations/membership-change.ts';
import type { MunicipalityNumber } from '../schema/common.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { budgetView, type BudgetView, type OperationsViewError } from './budget-view.ts';
import { operationsInputs } from './operations-inputs.ts';

/** A member gives notice on `noticeGiven`, or a participant of the case joins on `joins`. */
export type MembershipWhatIf =
  | { kind: 'leave'; municipality: string; noticeGiven: string }
  | { kind: 'join'; municipality: string; joins: string };

/** Why the what-if cannot be asked of this unit, naming the query parameter. */
export interface WhatIfRefusal {
  refused: 'not_a_member' | 'already_member' | 'not_a_participant';
  parameter: 'leave' | 'join';
}

export interface WhatIfMember {
  municipality: string;
  name: string;
  amountBefore: number;
  amountAfter: number;
  /** The member's part of the year's budget, 0–1 (its amount over the total). */
  shareBefore: number;
  shareAfter: number;
  /** Months of the budget year it pays for (a month is paid by those who are members on its first day). */
  months: number;
}

export interface WhatIfView {
  ok: true;
  change: MembershipWhatIf;
  /** The exit date the notice gives (leave only), and the notice months it used. */
  exitDate: string | null;
  noticeMonths: number;
  /** `statutory` when the unit sets no notice period of its own. */
  noticeFrom: 'unit' | 'statutory';
  /** False when the change falls outside the budget year, which then splits as before. */
  changesThisYear: boolean;
  /** Every municipality that pays in the year, before and after, the changing one among them. */
  members: WhatIfMember[];
  /** The recomputed budget, for the components and the placeholders it still rests on. */
  after: BudgetView;
}

/** The document as if the change were recorded, or why it cannot be. */
function changedDocument(
  document: CaseDocument,
  unitId: string,
  change: MembershipWhatIf,
): CaseDocument | WhatIfRefusal {
  const changed = structuredClone(document);
  const unit = changed.operations.units.find((u) => u.id === unitId);
  if (unit === undefined) return changed;
  const member = unit.members.find((m) => m.municipality === change.municipality);
  const number = change.municipality as MunicipalityNumber;
  if (change.kind === 'leave') {
    if (member === undefined) return { refused: 'not_a_member', parameter: 'leave' };
    // The notice decides the exit; an exit date already recorded would override it.
    delete member.leaves;
    member.noticeGiven = change.noticeGiven;
    return changed;
  }
  if (member !== undefined) return { refused: 'already_member', parameter: 'join' };
  // Only a participant of the case has the population figures the keys read; nobody else is invented.
  if (!changed.participants.some((p) => p.municipalityNumber === change.municipality))
    return { refused: 'not_a_participant', parameter: 'join' };
  unit.members.push({ municipality: number, joins: change.joins });
  // A new member takes part in the mandatory operations; opt-in projects, direct costs and service sales
  // are each member's own choice, so they stay with those who chose them.
  for (const budget of changed.operations.budgets.filter((b) => b.unitId === unitId))
    for (const c of budget.components)
      if (c.kind === 'mandatory' && !c.participants.includes(number)) c.participants.push(number);
  return changed;
}

const share = (amount: number, total: number) => (total === 0 ? 0 : amount / total);

/**
 * The year's split before and after the change.
 * @example membershipWhatIf(doc, 'adm', 2027, { kind: 'leave', municipality: '5029', noticeGiven: '2026-03-01' }) // exit 2027-03-01: Skaun pays January and February
 */
export function membershipWhatIf(
  document: CaseDocument,
  unitId: string,
  year: number,
  change: MembershipWhatIf,
): WhatIfView | OperationsViewError | WhatIfRefusal {
  const before = budgetView(document, unitId, year);
  if (!before.ok) return before;
  const changed = changedDocument(document, unitId, change);
  if ('refused' in changed) return changed;
  const after = budgetView(changed, unitId, year);
  if (!after.ok) return after;
  const unit = changed.operations.units.find((u) => u.id === unitId);
  const budget = changed.operations.budgets.find((b) => b.unitId === unitId && b.year === year);
  if (unit === undefined || budget === undefined) return { ok: false, code: 'no_budget', path: 'operations' };
  const noticeMonths = unit.noticeMonths?.value ?? STATUTORY_NOTICE_MONTHS;
  const inputs = operationsInputs(changed, unit, budget);
  const segments = membershipSegments(inputs.budget, inputs.changes);
  const months = (municipality: string) =>
    segments.filter((s) => s.members.includes(municipality)).reduce((sum, s) => sum + s.months, 0);
  const amountBefore = (municipality: string) => {
    const i = before.municipalities.findIndex((m) => m.number === municipality);
    return i < 0 ? 0 : (before.totals[i] as number);
  };
  const members = after.municipalities.map((m, i): WhatIfMember => {
    const amountAfter = after.totals[i] as number;
    return {
      municipality: m.number,
      name: m.name,
      amountBefore: amountBefore(m.number),
      amountAfter,
      shareBefore: share(amountBefore(m.number), before.total),
      shareAfter: share(amountAfter, after.total),
      months: months(m.number),
    };
  });
  return {
    ok: true,
    change,
    exitDate: change.kind === 'leave' ? exitDate(change.noticeGiven, noticeMonths) : null,
    noticeMonths,
    noticeFrom: unit.noticeMonths === undefined ? 'statutory' : 'unit',
    // A leaver pays fewer than twelve months, a joiner some: otherwise the year splits as before.
    changesThisYear:
      change.kind === 'leave' ? months(change.municipality) < 12 : months(change.municipality) > 0,
    members,
    after,
  };
}
