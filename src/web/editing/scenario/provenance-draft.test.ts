import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../case/schema/scenario.ts';
import { buildProvenance, editProvenance, newProvenanceDraft, provenanceDraft } from './provenance-draft.ts';

const decision: Provenance = { decision: { resolutionId: 'vedtak-2026', point: 2 }, note: 'Fra møtet' };
const placeholder: Provenance = { placeholder: { toBeSetBy: 'Økonomisjefene', note: 'Ingen kilde.' } };

describe('provenance draft', () => {
  it('starts a new input as a placeholder that names no one', () => {
    const draft = newProvenanceDraft();
    expect(draft.mode).toBe('placeholder');
    expect(buildProvenance(draft)).toEqual({ provenance: { placeholder: {} }, issues: [] });
  });

  it('keeps a saved decision unchanged', () => {
    const draft = provenanceDraft(decision);
    expect(draft.mode).toBe('keep');
    expect(buildProvenance(draft)).toEqual({ provenance: decision, issues: [] });
  });

  it('changes a decision into a source still to be chosen, never silently into a placeholder', () => {
    const draft = editProvenance(provenanceDraft(decision));
    expect(draft.mode).toBe('source');
    expect(buildProvenance(draft).issues).toEqual([{ field: 'source.document' }]);
    const chosen = buildProvenance({ ...draft, document: 'saksframlegg', locator: ' Tabell 2 ' });
    expect(chosen).toEqual({
      provenance: { source: { document: 'saksframlegg', locator: 'Tabell 2' }, note: 'Fra møtet' },
      issues: [],
    });
    expect(buildProvenance({ ...draft, mode: 'placeholder' }).provenance).toEqual({
      placeholder: { note: 'Fra møtet' },
    });
  });

  it('edits a placeholder with its role and note, and leaves an emptied role out', () => {
    const draft = editProvenance(provenanceDraft(placeholder));
    expect(draft).toMatchObject({ mode: 'placeholder', toBeSetBy: 'Økonomisjefene', note: 'Ingen kilde.' });
    expect(buildProvenance(draft).provenance).toEqual(placeholder);
    expect(buildProvenance({ ...draft, toBeSetBy: ' ' }).provenance).toEqual({
      placeholder: { note: 'Ingen kilde.' },
    });
  });

  it('edits a source in the form it has', () => {
    const source: Provenance = { source: { document: 'saksframlegg', locator: 's. 4' } };
    const draft = editProvenance(provenanceDraft(source));
    expect(draft).toMatchObject({ mode: 'source', document: 'saksframlegg', locator: 's. 4' });
    expect(buildProvenance(draft)).toEqual({ provenance: source, issues: [] });
  });
});
