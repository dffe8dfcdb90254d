/**
 * Where an input comes from, as the editor holds it. A saved input keeps its provenance (`keep`) until
 * the user chooses to change it; a new input starts as an assumption that still needs an owner.
 * @module
 */
import type { Provenance } from '../../../case/schema/scenario.ts';

/** `keep`: the saved provenance unchanged · `source`: a document and a place in it · `assumption`: an owner. */
export type ProvenanceMode = 'keep' | 'source' | 'assumption';

export interface ProvenanceDraft {
  mode: ProvenanceMode;
  /** The saved provenance, or `null` for a new input. */
  original: Provenance | null;
  /** Id of a document in the case's `sources`. */
  document: string;
  locator: string;
  owner: string;
  note: string;
}

export function provenanceDraft(original: Provenance): ProvenanceDraft {
  if ('source' in original) {
    return {
      mode: 'keep',
      original,
      document: original.source.document,
      locator: original.source.locator ?? '',
      owner: '',
      note: original.note ?? '',
    };
  }
  return {
    mode: 'keep',
    original,
    document: '',
    locator: '',
    owner: original.assumption.owner,
    note: original.assumption.note ?? '',
  };
}

/** A new input: an assumption, whose owner must be filled in before saving. */
export function newProvenanceDraft(): ProvenanceDraft {
  return { mode: 'assumption', original: null, document: '', locator: '', owner: '', note: '' };
}

/** Starts editing a saved provenance, in the form it has. */
export function editProvenance(draft: ProvenanceDraft): ProvenanceDraft {
  if (draft.mode !== 'keep') return draft;
  return { ...draft, mode: draft.original && 'source' in draft.original ? 'source' : 'assumption' };
}

/** A field the form requires before `parseCase` runs: `owner` of an assumption, `document` of a source. */
export type ProvenanceIssue = { field: 'assumption.owner' | 'source.document' };

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
  const owner = draft.owner.trim();
  return {
    provenance: { assumption: { owner, ...(note === '' ? {} : { note }) } },
    issues: owner === '' ? [{ field: 'assumption.owner' }] : [],
  };
}
