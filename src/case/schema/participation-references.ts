/**
 * Cross-references of decisions, participation meetings and staff-moving changes: bodies, meetings,
 * recommendation points and service areas must exist.
 * @module
 */
import type { z } from 'zod';
import type { CaseDocumentShape } from './case-document-shape.ts';

type Shape = z.output<typeof CaseDocumentShape>;
type Path = (string | number)[];

export function checkParticipationReferences(doc: Shape, ctx: z.RefinementCtx): void {
  const unknown = (path: Path) => ctx.addIssue({ code: 'custom', path, message: 'unknown_reference' });
  const bodies = new Set(doc.bodies.map((b) => b.id));
  const meetings = new Set(doc.meetings.map((m) => m.id));
  const areas = new Set(doc.serviceAreas.map((a) => a.id));
  const changes = new Set(doc.staffChanges.map((c) => c.id));
  doc.decisions.forEach((d, index) => {
    if (!meetings.has(d.meetingId)) unknown(['decisions', index, 'meetingId']);
    if (!bodies.has(d.bodyId)) unknown(['decisions', index, 'bodyId']);
    const resolution =
      d.resolutionId === undefined
        ? doc.resolutions[0]
        : doc.resolutions.find((r) => r.id === d.resolutionId);
    if (!resolution) unknown(['decisions', index, 'resolutionId']);
    else if (!resolution.points.some((p) => p.number === d.pointNumber))
      unknown(['decisions', index, 'pointNumber']);
  });
  const seen = new Set<string>();
  doc.participationMeetings.forEach((m, index) => {
    if (seen.has(m.id))
      ctx.addIssue({ code: 'custom', path: ['participationMeetings', index, 'id'], message: 'duplicate_id' });
    seen.add(m.id);
    if (m.bodyId !== undefined && !bodies.has(m.bodyId)) unknown(['participationMeetings', index, 'bodyId']);
    m.changeIds.forEach((id, i) => {
      if (!changes.has(id)) unknown(['participationMeetings', index, 'changeIds', i]);
    });
  });
  doc.staffChanges.forEach((c, index) => {
    c.serviceAreaIds.forEach((id, i) => {
      if (!areas.has(id)) unknown(['staffChanges', index, 'serviceAreaIds', i]);
    });
    c.decisionMeetingIds.forEach((id, i) => {
      if (!meetings.has(id)) unknown(['staffChanges', index, 'decisionMeetingIds', i]);
    });
  });
}
