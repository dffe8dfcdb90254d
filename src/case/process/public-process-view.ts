/**
 * The process part of the public status page: decisions taken, the contact, and baseline totals only where the
 * owner publishes them. No personal data: no member lists, no participation record.
 * @module
 */
import { baselineTotals } from '../../engine/baseline-totals.ts';
import type { CaseDocument } from '../schema/case-document.ts';

export function publicProcessView(document: CaseDocument) {
  return {
    decisions: document.decisions.map(
      ({ meetingId, bodyId, resolutionId, pointNumber, outcome, amendedText }) => ({
        meetingId,
        bodyId,
        resolutionId,
        pointNumber,
        outcome,
        amendedText,
      }),
    ),
    contact: document.publication.contact,
    /** Present only when the owner publishes baseline figures. */
    baselineTotals: document.publication.baselineFigures ? baselineTotals(document.baseline) : undefined,
  };
}
