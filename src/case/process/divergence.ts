/**
 * Where the councils decided differently on a point of the recommendation that is meant to be identical in all
 * of them: a plain warning with each council's outcome and text side by side.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import type { Decision, DecisionOutcome } from '../schema/participation.ts';
import { planDateStart } from './plan-date.ts';

export interface CouncilPosition {
  bodyId: string;
  municipalityNumber: string | undefined;
  meetingId: string;
  outcome: DecisionOutcome;
  /** The text the council adopted: the proposed text, the amended text, or null when rejected or postponed. */
  text: string | null;
}

export interface DivergenceWarning {
  code: 'councilsDiverge';
  resolutionId: string;
  pointNumber: number;
  proposedText: string;
  positions: CouncilPosition[];
  path: (string | number)[];
}

/** Each council's latest decision on one point (by meeting date; later entries win on the same date). */
function latestPerCouncil(
  document: CaseDocument,
  decisions: readonly { decision: Decision; index: number }[],
): Map<string, { decision: Decision; index: number }> {
  const dateOf = (meetingId: string) =>
    planDateStart(document.meetings.find((m) => m.id === meetingId)?.date ?? '0000-01');
  const latest = new Map<string, { decision: Decision; index: number }>();
  for (const entry of decisions) {
    const current = latest.get(entry.decision.bodyId);
    if (!current || dateOf(entry.decision.meetingId) >= dateOf(current.decision.meetingId)) {
      latest.set(entry.decision.bodyId, entry);
    }
  }
  return latest;
}

function adoptedText(decision: Decision, proposed: string): string | null {
  if (decision.outcome === 'adopted') return proposed;
  if (decision.outcome === 'amended') return decision.amendedText ?? null;
  return null;
}

const normalise = (text: string | null) => (text === null ? '' : text.replace(/\s+/g, ' ').trim());

export function councilDivergences(document: CaseDocument): DivergenceWarning[] {
  const councils = new Map(document.bodies.filter((b) => b.kind === 'council').map((b) => [b.id, b]));
  const warnings: DivergenceWarning[] = [];
  const firstId = document.resolutions[0]?.id;
  document.resolutions.forEach((resolution, r) => {
    for (const point of resolution.points) {
      const relevant = document.decisions
        .map((decision, index) => ({ decision, index }))
        .filter(
          ({ decision }) =>
            councils.has(decision.bodyId) &&
            decision.pointNumber === point.number &&
            (decision.resolutionId ?? firstId) === resolution.id,
        );
      const latest = [...latestPerCouncil(document, relevant).values()];
      const positions = latest.map(({ decision }) => ({
        bodyId: decision.bodyId,
        municipalityNumber: councils.get(decision.bodyId)?.municipalityNumber,
        meetingId: decision.meetingId,
        outcome: decision.outcome,
        text: adoptedText(decision, point.text),
      }));
      const keys = new Set(
        positions.map((p) => `${p.text === null ? p.outcome : 'text'}|${normalise(p.text)}`),
      );
      if (keys.size > 1) {
        warnings.push({
          code: 'councilsDiverge',
          resolutionId: resolution.id,
          pointNumber: point.number,
          proposedText: point.text,
          positions,
          path: ['resolutions', r, 'points', resolution.points.indexOf(point)],
        });
      }
    }
  });
  return warnings;
}
