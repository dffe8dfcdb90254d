/**
 * Recording one body's decision on one point: the meeting gives the body; an amended point needs its new text.
 * A later record for the same meeting, body and point replaces the earlier one.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Decision, DecisionOutcome } from '../../../case/schema/participation.ts';

export interface DecisionDraft {
  meetingId: string;
  pointNumber: string;
  outcome: DecisionOutcome;
  amendedText: string;
}

export type DecisionDraftError = 'meetingId' | 'pointNumber' | 'amendedText';

export function decisionFromDraft(
  document: CaseDocument,
  draft: DecisionDraft,
): { decision: Decision } | { errors: DecisionDraftError[] } {
  const errors: DecisionDraftError[] = [];
  const meeting = document.meetings.find((m) => m.id === draft.meetingId);
  if (!meeting) errors.push('meetingId');
  const pointNumber = Number(draft.pointNumber);
  if (!document.resolutions[0]?.points.some((p) => p.number === pointNumber)) errors.push('pointNumber');
  const amendedText = draft.amendedText.trim();
  if (draft.outcome === 'amended' && amendedText === '') errors.push('amendedText');
  if (!meeting || errors.length > 0) return { errors };
  return {
    decision: {
      meetingId: meeting.id,
      bodyId: meeting.bodyId,
      pointNumber,
      outcome: draft.outcome,
      ...(draft.outcome === 'amended' ? { amendedText } : {}),
    },
  };
}

export function withDecision(document: CaseDocument, decision: Decision): CaseDocument {
  const same = (d: Decision) =>
    d.meetingId === decision.meetingId &&
    d.bodyId === decision.bodyId &&
    d.pointNumber === decision.pointNumber;
  return { ...document, decisions: [...document.decisions.filter((d) => !same(d)), decision] };
}
