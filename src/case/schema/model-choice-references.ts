/**
 * Cross-references of the weighting sessions: the criteria set, the criteria weighed and scored, the
 * models scored (ids of the legal model registry), the service areas and the persons' municipalities must
 * exist, and ids, sessions per criteria set and scores are not given twice.
 * @module
 */
import type { z } from 'zod';
import { isLegalModelId } from '../../engine/legal/registry.ts';
import type { CaseDocumentShape } from './case-document-shape.ts';

type Shape = z.output<typeof CaseDocumentShape>;
type Session = Shape['weightingSessions'][number];
type Path = (string | number)[];

function duplicate(ctx: z.RefinementCtx, path: Path): void {
  ctx.addIssue({ code: 'custom', path, message: 'duplicate_id' });
}

function checkPersons(session: Session, at: Path, criteria: Set<string>, doc: Shape, ctx: z.RefinementCtx) {
  const unknown = (path: Path) => ctx.addIssue({ code: 'custom', path, message: 'unknown_reference' });
  const municipalities = new Set<string>(doc.participants.map((p) => p.municipalityNumber));
  const seen = new Set<string>();
  session.persons.forEach((person, p) => {
    const here = [...at, 'persons', p];
    if (seen.has(person.id)) duplicate(ctx, [...here, 'id']);
    seen.add(person.id);
    if (person.municipalityNumber !== undefined && !municipalities.has(person.municipalityNumber))
      unknown([...here, 'municipalityNumber']);
    const w = person.weighting;
    if (w.method === 'points' || w.method === 'swing') {
      const values = w.method === 'points' ? w.points : w.ratings;
      const field = w.method === 'points' ? 'points' : 'ratings';
      for (const id of Object.keys(values)) if (!criteria.has(id)) unknown([...here, 'weighting', field, id]);
    } else {
      w.judgements.forEach((j, i) => {
        if (!criteria.has(j.a)) unknown([...here, 'weighting', 'judgements', i, 'a']);
        if (!criteria.has(j.b) || j.a === j.b) unknown([...here, 'weighting', 'judgements', i, 'b']);
      });
    }
  });
}

function checkScores(session: Session, at: Path, criteria: Set<string>, ctx: z.RefinementCtx) {
  const unknown = (path: Path) => ctx.addIssue({ code: 'custom', path, message: 'unknown_reference' });
  const seen = new Set<string>();
  session.scores.forEach((score, i) => {
    const here = [...at, 'scores', i];
    if (!isLegalModelId(score.modelId)) unknown([...here, 'modelId']);
    if (!criteria.has(score.criterionId)) unknown([...here, 'criterionId']);
    const key = `${score.modelId}|${score.criterionId}`;
    if (seen.has(key)) duplicate(ctx, here);
    seen.add(key);
  });
}

/** The legal assessment names models of the registry, staff changes and meetings of the case, and the new employer's municipality. */
function checkLegalAssessment(doc: Shape, ctx: z.RefinementCtx): void {
  const unknown = (path: Path) => ctx.addIssue({ code: 'custom', path, message: 'unknown_reference' });
  const changes = new Set(doc.staffChanges.map((c) => c.id));
  const meetings = new Set(doc.participationMeetings.map((m) => m.id));
  const municipalities = new Set<string>(doc.participants.map((p) => p.municipalityNumber));
  const answered = new Set<string>();
  doc.legalAssessment.procurementAnswers.forEach((answer, i) => {
    const at: Path = ['legalAssessment', 'procurementAnswers', i];
    if (!isLegalModelId(answer.modelId)) unknown([...at, 'modelId']);
    const key = `${answer.modelId}|${answer.conditionId}`;
    if (answered.has(key)) duplicate(ctx, at);
    answered.add(key);
  });
  doc.legalAssessment.staffTransfers.forEach((transfer, i) => {
    const at: Path = ['legalAssessment', 'staffTransfers', i];
    if (!changes.has(transfer.changeId)) unknown([...at, 'changeId']);
    if (!isLegalModelId(transfer.modelId)) unknown([...at, 'modelId']);
    const number = transfer.newEmployerMunicipalityNumber;
    if (number !== undefined && !municipalities.has(number))
      unknown([...at, 'newEmployerMunicipalityNumber']);
    transfer.newEmployerMeetingIds.forEach((id, m) => {
      if (!meetings.has(id)) unknown([...at, 'newEmployerMeetingIds', m]);
    });
  });
}

export function checkModelChoiceReferences(doc: Shape, ctx: z.RefinementCtx): void {
  checkLegalAssessment(doc, ctx);
  const areas = new Set(doc.serviceAreas.map((a) => a.id));
  const seen = new Set<string>();
  const sets = new Set<string>();
  doc.weightingSessions.forEach((session, s) => {
    const at: Path = ['weightingSessions', s];
    if (seen.has(session.id)) duplicate(ctx, [...at, 'id']);
    seen.add(session.id);
    // One session per criteria set, so the screens and the ranking know which weights count.
    if (sets.has(session.criteriaSetId)) duplicate(ctx, [...at, 'criteriaSetId']);
    sets.add(session.criteriaSetId);
    const set = doc.criteriaSets.find((c) => c.id === session.criteriaSetId);
    if (!set) {
      ctx.addIssue({ code: 'custom', path: [...at, 'criteriaSetId'], message: 'unknown_reference' });
      return;
    }
    session.serviceAreaIds?.forEach((id, i) => {
      if (!areas.has(id))
        ctx.addIssue({ code: 'custom', path: [...at, 'serviceAreaIds', i], message: 'unknown_reference' });
    });
    const criteria = new Set(set.criteria.map((c) => c.id));
    checkPersons(session, at, criteria, doc, ctx);
    checkScores(session, at, criteria, ctx);
  });
}
