import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../case/schema/scenario.ts';
import type { Language } from '../../i18n/language.ts';
import { CATALOGUES, translate } from '../i18n/all-catalogues.ts';
import type { Translate } from '../i18n/use-t.ts';
import { formatProvenance, type ProvenanceNames } from './format-provenance.ts';

const names: ProvenanceNames = {
  sources: [{ id: 'saksframlegg', title: 'Saksframlegg 2025' }] as ProvenanceNames['sources'],
  resolutions: [
    {
      id: 'vedtak-2026',
      kind: 'resolution',
      title: { nb: 'Kommunestyrets vedtak', en: 'The council’s resolution' },
      points: [{ number: 2, text: 'Punkt to', status: 'adopted' }],
    },
  ],
};

const format = (provenance: Provenance, language: Language = 'nb') => {
  const t: Translate = (key, params) => translate(CATALOGUES[language], key, params);
  return formatProvenance(provenance, names, t, language);
};

describe('formatProvenance', () => {
  it('shows a source with the place in it', () => {
    expect(format({ source: { document: 'saksframlegg', locator: 'Tabell 3' } })).toBe(
      'Kilde: Saksframlegg 2025, Tabell 3.',
    );
  });

  it('shows a decision by the resolution’s title in the interface language and the point', () => {
    const decision: Provenance = { decision: { resolutionId: 'vedtak-2026', point: 2 } };
    expect(format(decision)).toBe('Vedtak: Kommunestyrets vedtak, pkt. 2');
    expect(format(decision, 'en')).toBe('Resolution: The council’s resolution, item 2');
    // Nynorsk has no title of its own here: the bokmål title is shown.
    expect(format(decision, 'nn')).toBe('Vedtak: Kommunestyrets vedtak, pkt. 2');
    expect(format({ decision: { resolutionId: 'ukjent', point: 1 }, note: 'Sjekk' })).toBe(
      'Vedtak: ukjent, pkt. 1. Sjekk',
    );
  });

  it('shows a placeholder as not set, with the role that ought to set it and the note', () => {
    expect(format({ placeholder: {} })).toBe('Plassholder – ikke fastsatt');
    const placeholder: Provenance = { placeholder: { toBeSetBy: 'Økonomisjefene', note: 'Ingen kilde.' } };
    expect(format(placeholder)).toBe(
      'Plassholder – ikke fastsatt. Bør fastsettes av: Økonomisjefene. Ingen kilde.',
    );
    expect(format(placeholder, 'nn')).toBe(
      'Plasshaldar – ikkje fastsett. Bør fastsetjast av: Økonomisjefene. Ingen kilde.',
    );
    expect(format({ placeholder: { note: 'Anslag' } }, 'en')).toBe('Placeholder – not set. Anslag');
  });
});
