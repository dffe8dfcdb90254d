/**
 * Cross-references inside the case document: every id that points somewhere must exist, and ids are unique.
 * Messages are keys translated by `i18n/issue-messages.ts`.
 * @module
 */
import type { z } from 'zod';
import type { CaseDocumentShape } from './case-document-shape.ts';
import { checkCostGameReferences } from './cost-game-references.ts';
import { checkModelChoiceReferences } from './model-choice-references.ts';
import { checkNonPricedReferences } from './non-priced-references.ts';
import { checkOperationsReferences } from './operations-references.ts';
import { checkParticipationReferences } from './participation-references.ts';

type Shape = z.output<typeof CaseDocumentShape>;
type Path = (string | number)[];

function reportDuplicates(ctx: z.RefinementCtx, items: { id: string }[], field: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: 'duplicate_id' });
    seen.add(item.id);
  });
}

/** Walks every `source` / `sources` reference in the document. */
function collectSourceRefs(value: unknown, path: Path, out: { path: Path; document: string }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectSourceRefs(item, [...path, index], out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source' && child && typeof child === 'object' && 'document' in child) {
      out.push({ path: [...path, key, 'document'], document: String(child.document) });
    } else if (key === 'sources' && path.length > 0 && child && typeof child === 'object') {
      for (const [field, ref] of Object.entries(child)) {
        if (ref && typeof ref === 'object' && 'document' in ref) {
          out.push({ path: [...path, key, field, 'document'], document: String(ref.document) });
        }
      }
    } else {
      collectSourceRefs(child, [...path, key], out);
    }
  }
}

export function checkReferences(doc: Shape, ctx: z.RefinementCtx): void {
  const unknown = (path: Path) => ctx.addIssue({ code: 'custom', path, message: 'unknown_reference' });
  reportDuplicates(ctx, doc.sources, 'sources');
  reportDuplicates(ctx, doc.serviceAreas, 'serviceAreas');
  reportDuplicates(ctx, doc.milestones, 'milestones');
  reportDuplicates(ctx, doc.bodies, 'bodies');
  reportDuplicates(ctx, doc.meetings, 'meetings');

  const sourceIds = new Set(doc.sources.map((s) => s.id));
  const refs: { path: Path; document: string }[] = [];
  collectSourceRefs(doc, [], refs);
  for (const ref of refs) if (!sourceIds.has(ref.document)) unknown(ref.path);

  const municipalities = new Set<string>(doc.participants.map((p) => p.municipalityNumber));
  const areas = new Set(doc.serviceAreas.map((a) => a.id));
  const seenRows = new Set<string>();
  doc.baseline.forEach((row, index) => {
    if (!areas.has(row.areaId)) unknown(['baseline', index, 'areaId']);
    if (!municipalities.has(row.municipalityNumber)) unknown(['baseline', index, 'municipalityNumber']);
    const key = `${row.areaId}|${row.municipalityNumber}|${row.scope}`;
    if (seenRows.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['baseline', index], message: 'duplicate_baseline_row' });
    }
    seenRows.add(key);
  });

  doc.documentedTotals.forEach((total, index) => {
    if (!areas.has(total.areaId)) unknown(['documentedTotals', index, 'areaId']);
  });

  const grants = new Set(doc.grants.map((g) => g.id));
  reportDuplicates(ctx, doc.scenarios, 'scenarios');
  doc.scenarios.forEach((scenario, s) => {
    scenario.areas.forEach((area, a) => {
      const at = ['scenarios', s, 'areas', a];
      if (!areas.has(area.areaId)) unknown([...at, 'areaId']);
      area.participants.forEach((m, i) => {
        if (!municipalities.has(m)) unknown([...at, 'participants', i]);
      });
      for (const keyField of ['costKey', 'oneOffKey'] as const) {
        const key = area[keyField];
        const measure = key.options?.['measure'];
        if (key.keyId !== 'volume') continue;
        const missing = area.participants.some((m) => typeof area.volumes[m]?.[String(measure)] !== 'number');
        if (missing) ctx.addIssue({ code: 'custom', path: [...at, keyField], message: 'missing_volume' });
      }
    });
    scenario.grants.forEach((g, i) => {
      if (!grants.has(g.grantId)) unknown(['scenarios', s, 'grants', i, 'grantId']);
    });
  });

  doc.people.absenceRates.forEach((rate, i) => {
    if (!areas.has(rate.areaId)) unknown(['people', 'absenceRates', i, 'areaId']);
    if (!municipalities.has(rate.municipalityNumber))
      unknown(['people', 'absenceRates', i, 'municipalityNumber']);
  });
  doc.people.switchboard.municipalities.forEach((m, i) => {
    if (!municipalities.has(m.municipalityNumber))
      unknown(['people', 'switchboard', 'municipalities', i, 'municipalityNumber']);
  });

  const tracks = new Set(doc.tracks.map((t) => t.id));
  doc.milestones.forEach((m, index) => {
    if (m.trackId !== undefined && !tracks.has(m.trackId)) unknown(['milestones', index, 'trackId']);
  });
  const bodies = new Set(doc.bodies.map((b) => b.id));
  doc.meetings.forEach((m, index) => {
    if (!bodies.has(m.bodyId)) unknown(['meetings', index, 'bodyId']);
  });
  const meetings = new Set(doc.meetings.map((m) => m.id));
  doc.milestones.forEach((m, index) => {
    m.meetingIds?.forEach((id, i) => {
      if (!meetings.has(id)) unknown(['milestones', index, 'meetingIds', i]);
    });
  });
  doc.resolutions.forEach((r, index) => {
    if (r.meetingId !== undefined && !meetings.has(r.meetingId)) unknown(['resolutions', index, 'meetingId']);
  });
  checkParticipationReferences(doc, ctx);
  checkModelChoiceReferences(doc, ctx);
  checkCostGameReferences(doc, ctx);
  checkNonPricedReferences(doc, ctx);
  checkOperationsReferences(doc, ctx);
}
