/**
 * Where an input comes from, as the editor holds it. A saved input keeps its provenance (`keep`) until the
 * user chooses to change it; a recorded decision can only be kept or replaced, since the editor does not
 * record decisions. A new input starts as a placeholder: a value Flokk only uses so that something can be
 * computed, which nobody has set. The role that ought to set it may be named, never someone who has.
 * @module
 */
import type { Provenance } from '../../../case/schema/scenario.ts';

/**
 * `keep`: the saved provenance unchanged · `source`: a document and a place in it · `placeholder`: not set,
 * optionally with the role that ought to set it.
 */
export type ProvenanceMode = 'keep' | 'source' | 'placeholder';

export interface ProvenanceDraft {
  mode: ProvenanceMode;
  /** The saved provenance, or `null` for a new input. */
  original: Provenance | null;
  /** Id of a document in the case's `sources`. */
  document: string;
  locator: string;
  /** The role that ought to set a placeholder value (optional). */
  toBeSetBy: string;
  note: string;
}

const EMPTY = { document: '', locator: '', toBeSetBy: '', note: '' };

export function provenanceDraft(original: Provenance): ProvenanceDraft {
  if ('source' in original)
    return {
      ...EMPTY,
      mode: 'keep',
      original,
      document: original.source.document,
      locator: original.source.locator ?? '',
      note: original.note ?? '',
    };
  if ('decision' in original) return { ...EMPTY, mode: 'keep', original, note: original.note ?? '' };
  return {
    ...EMPTY,
    mode: 'keep',
    original,
    toBeSetBy: original.placeholder.toBeSetBy ?? '',
    note: original.placeholder.note ?? '',
  };
}

/** A new input: a placeholder that nobody has set. */
export function newProvenanceDraft(): ProvenanceDraft {
  return { ...EMPTY, mode: 'placeholder', original: null };
}

/**
 * Starts editing a saved provenance, in the form it has. A decision becomes a source still to be chosen,
 * so that it is never turned into a placeholder without the user saying so.
 */
export function editProvenance(draft: ProvenanceDraft): ProvenanceDraft {
  if (draft.mode !== 'keep') return draft;
  return { ...draft, mode: draft.original && 'placeholder' in draft.original ? 'placeholder' : 'source' };
}

/** A field the form requires before `parseCase` runs: the `document` of a source. */
export type ProvenanceIssue = { field: 'source.document' };

/** The provenance for the document, and what is missing. Optional texts left empty are left out. */
export function buildProvenance(draft: ProvenanceDraft): { provenance: unknown; issues: ProvenanceIssue[] } {
  if (draft.mode === 'keep' && draft.original) return { provenance: draft.original, issues: [] };
  const note = draft.note.trim();
  if (draft.mode === 'source') {
    const locator = draft.locator.trim();
    return {
      provenance: {
        source: { document: draft.document, ...(locator === '' ? {} : { locator }) },
        ...(note === '' ? {} : { note }),
      },
      issues: draft.document === '' ? [{ field: 'source.document' }] : [],
    };
  }
  const toBeSetBy = draft.toBeSetBy.trim();
  return {
    provenance: {
      placeholder: { ...(toBeSetBy === '' ? {} : { toBeSetBy }), ...(note === '' ? {} : { note }) },
    },
    issues: [],
  };
}
