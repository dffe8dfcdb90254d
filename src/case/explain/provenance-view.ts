/**
 * Resolves the ways a case records where a value comes from (a source reference, a provenance with a
 * source, decision or placeholder, or an editor's own entry) into what a reader needs: the document's
 * title and the place in it, the resolution, or «plassholder».
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import type { ResolvedProvenance } from './explained-figure.ts';

type SourceLike = {
  document: string;
  locator?: string | undefined;
  date?: string | undefined;
  statedValue?: number | undefined;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fromSource(document: CaseDocument, ref: SourceLike): ResolvedProvenance {
  const found = document.sources.find((s) => s.id === ref.document);
  return {
    kind: 'source',
    document: { id: ref.document, title: found?.title ?? ref.document },
    ...(ref.locator === undefined ? {} : { locator: ref.locator }),
    ...(ref.date === undefined ? {} : { date: ref.date }),
    ...(typeof ref.statedValue === 'number' ? { statedValue: ref.statedValue } : {}),
  };
}

/**
 * What `recorded` says about a value's origin; `{ kind: 'none' }` when nothing is recorded.
 * @example resolveProvenance(doc, { document: 'saksframlegg', locator: 'Tabell 2' }) // → { kind: 'source', document: { id, title }, locator: 'Tabell 2' }
 */
export function resolveProvenance(document: CaseDocument, recorded: unknown): ResolvedProvenance {
  if (!isObject(recorded)) return { kind: 'none' };
  if (typeof recorded.document === 'string') return fromSource(document, recorded as SourceLike);
  if (isObject(recorded.source)) return fromSource(document, recorded.source as SourceLike);
  if (isObject(recorded.decision)) {
    const { resolutionId, point } = recorded.decision as { resolutionId: string; point: number };
    const resolution = document.resolutions.find((r) => r.id === resolutionId);
    return {
      kind: 'decision',
      resolutionId,
      point,
      ...(resolution ? { title: resolution.title.nb } : {}),
    };
  }
  if (isObject(recorded.placeholder)) {
    const { toBeSetBy, note } = recorded.placeholder as { toBeSetBy?: string; note?: string };
    return {
      kind: 'placeholder',
      ...(toBeSetBy === undefined ? {} : { toBeSetBy }),
      ...(note === undefined ? {} : { note }),
    };
  }
  if (isObject(recorded.entered)) {
    const { by, at } = recorded.entered as { by: string; at: string };
    return { kind: 'entered', by, at };
  }
  return { kind: 'none' };
}
