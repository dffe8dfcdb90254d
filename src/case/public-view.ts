/**
 * What anyone may read without signing in: the process, never baseline figures or personal data.
 * Member lists are reduced to roles per municipality without names.
 * @module
 */
import type { CaseDocument } from './schema/case-document.ts';
import { publicProcessView } from './process/public-process-view.ts';
import { resolveDisagreement } from './process/source-disagreement.ts';

export function publicView(document: CaseDocument) {
  return {
    id: document.id,
    title: document.title,
    summary: document.summary,
    participants: document.participants.map((p) => ({
      municipalityNumber: p.municipalityNumber,
      name: p.name,
    })),
    serviceAreas: document.serviceAreas.map(
      ({ id, code, name, domain, kind, phase, status, note, sourcesDisagree }) => ({
        id,
        code,
        name,
        domain,
        kind,
        phase,
        status,
        note,
        sourcesDisagree: resolveDisagreement(sourcesDisagree, document.sources),
      }),
    ),
    tracks: document.tracks,
    milestones: document.milestones.map(
      ({ id, trackId, title, date, endDate, status, meetingIds, sourcesDisagree }) => ({
        id,
        trackId,
        title,
        date,
        endDate,
        status,
        meetingIds,
        sourcesDisagree: resolveDisagreement(sourcesDisagree, document.sources),
      }),
    ),
    bodies: document.bodies.map(({ id, kind, name, municipalityNumber }) => ({
      id,
      kind,
      name,
      municipalityNumber,
    })),
    meetings: document.meetings.map(({ id, bodyId, date, caseNumber, title }) => ({
      id,
      bodyId,
      date,
      caseNumber,
      title,
    })),
    resolutions: document.resolutions,
    ...publicProcessView(document),
  };
}
export type PublicView = ReturnType<typeof publicView>;
