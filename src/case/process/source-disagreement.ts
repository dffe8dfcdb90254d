/**
 * Where the sources disagree about an item, with each cited source's title resolved, so the web, the public page
 * and the documents can show «kildene er uenige» and what each source says without the case's source list.
 * @module
 */
import type { SourceDocument } from '../schema/common.ts';
import type { SourceDisagreement } from '../schema/process.ts';

export interface CitedSource {
  /** The document's title, or its id where the case has no such document. */
  title: string;
  locator?: string | undefined;
}

export interface ResolvedDisagreement {
  note: SourceDisagreement['note'];
  sources: CitedSource[];
}

/** The disagreement with its sources' titles; `undefined` when there is none. */
export function resolveDisagreement(
  disagreement: SourceDisagreement | undefined,
  sources: readonly Pick<SourceDocument, 'id' | 'title'>[],
): ResolvedDisagreement | undefined {
  if (disagreement === undefined) return undefined;
  return {
    note: disagreement.note,
    sources: disagreement.sources.map((ref) => ({
      title: sources.find((s) => s.id === ref.document)?.title ?? ref.document,
      ...(ref.locator === undefined ? {} : { locator: ref.locator }),
    })),
  };
}
