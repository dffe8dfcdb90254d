/**
 * Coverage checks of employee participation that the councils can rely on. Gaps are warnings, never hidden:
 * - every working group has a union representative from each participating municipality;
 * - every change that moves staff has a dated information and discussion before the political decision with
 *   union representatives from *each* municipality whose staff it moves (arbeidsmiljøloven § 16-5 puts the duty
 *   on every employer, the old ones and the new one): one meeting with any union representative does not
 *   clear it. The new employer's own duty is in the staff-transfer checklist (`case/staff-transfer/`).
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import type { StaffChange } from '../schema/participation.ts';
import { planDateStart } from './plan-date.ts';

export type CoverageWarning =
  | {
      code: 'workingGroupWithoutUnionRepresentative';
      bodyId: string;
      municipalityNumber: string;
      path: (string | number)[];
    }
  | { code: 'staffChangeWithoutDecisionDate'; changeId: string; path: (string | number)[] }
  | {
      code: 'staffChangeWithoutInformation';
      changeId: string;
      decisionDate: string;
      path: (string | number)[];
    }
  | {
      code: 'staffChangeWithoutDiscussion';
      changeId: string;
      decisionDate: string;
      /** The municipality (employer) whose union representatives have no dated discussion before the decision. */
      municipalityNumber: string;
      path: (string | number)[];
    };

export function workingGroupCoverage(document: CaseDocument): CoverageWarning[] {
  const warnings: CoverageWarning[] = [];
  document.bodies.forEach((body, b) => {
    if (body.kind !== 'workingGroup') return;
    for (const { municipalityNumber } of document.participants) {
      const covered = body.members.some(
        (m) => m.role === 'unionRepresentative' && m.municipalityNumber === municipalityNumber,
      );
      if (!covered) {
        warnings.push({
          code: 'workingGroupWithoutUnionRepresentative',
          bodyId: body.id,
          municipalityNumber,
          path: ['bodies', b, 'members'],
        });
      }
    }
  });
  return warnings;
}

/** The first date the change is decided politically: its earliest decision meeting, else its planned date. */
export function decisionDateOf(document: CaseDocument, change: StaffChange): string | undefined {
  const dates = change.decisionMeetingIds
    .map((id) => document.meetings.find((m) => m.id === id)?.date)
    .filter((d): d is string => d !== undefined)
    .map(planDateStart);
  if (change.decisionDate !== undefined) dates.push(planDateStart(change.decisionDate));
  return dates.sort()[0];
}

export function staffChangeCoverage(document: CaseDocument): CoverageWarning[] {
  const warnings: CoverageWarning[] = [];
  document.staffChanges.forEach((change, c) => {
    const path = ['staffChanges', c];
    const decisionDate = decisionDateOf(document, change);
    if (decisionDate === undefined) {
      warnings.push({ code: 'staffChangeWithoutDecisionDate', changeId: change.id, path });
      return;
    }
    const before = document.participationMeetings.filter(
      (m) =>
        m.changeIds.includes(change.id) &&
        m.date < decisionDate &&
        m.participants.some((p) => p.role === 'unionRepresentative'),
    );
    const informed = before.some((m) => m.kind !== 'discussion');
    if (!informed)
      warnings.push({ code: 'staffChangeWithoutInformation', changeId: change.id, decisionDate, path });
    // Each employer discusses with its own union representatives.
    for (const { municipalityNumber } of document.participants) {
      const discussed = before.some(
        (m) =>
          m.kind !== 'information' &&
          m.participants.some(
            (p) => p.role === 'unionRepresentative' && p.municipalityNumber === municipalityNumber,
          ),
      );
      if (!discussed)
        warnings.push({
          code: 'staffChangeWithoutDiscussion',
          changeId: change.id,
          decisionDate,
          municipalityNumber,
          path,
        });
    }
  });
  return warnings;
}

export function participationCoverage(document: CaseDocument): CoverageWarning[] {
  return [...workingGroupCoverage(document), ...staffChangeCoverage(document)];
}
