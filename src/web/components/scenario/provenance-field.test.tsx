import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import type { Provenance } from '../../../case/schema/scenario.ts';
import {
  editProvenance,
  newProvenanceDraft,
  provenanceDraft,
  type ProvenanceDraft,
} from '../../editing/scenario/provenance-draft.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { ProvenanceField } from './provenance-field.tsx';
import { ScenarioFormContext } from './scenario-form-context.tsx';

const base = defaultCase();
const document: CaseDocument = {
  ...base,
  resolutions: [
    ...base.resolutions,
    {
      id: 'vedtak-2026',
      kind: 'resolution',
      title: { nb: 'Kommunestyrets vedtak' },
      points: [{ number: 2, text: 'Punkt to', status: 'adopted' }],
    },
  ],
};

const render = (value: ProvenanceDraft, readOnly = false) =>
  renderToStaticMarkup(
    <LanguageProvider>
      <ScenarioFormContext.Provider value={{ readOnly, errorAt: () => undefined, document }}>
        <ProvenanceField
          path="scenarios[0].areas[0].savingsShare.provenance"
          quantity="innsparing"
          context="– Lønn"
          value={value}
          edit={() => undefined}
        />
      </ScenarioFormContext.Provider>
    </LanguageProvider>,
  );

const placeholder: Provenance = { placeholder: { toBeSetBy: 'Økonomisjefene', note: 'Ingen kilde.' } };
const decision: Provenance = { decision: { resolutionId: 'vedtak-2026', point: 2 } };

describe('ProvenanceField', () => {
  it('marks a saved placeholder with a warning tag, and names the role that ought to set it', () => {
    const html = render(provenanceDraft(placeholder), true);
    expect(html).toMatch(/<span[^>]*data-color="warning"[^>]*>Plassholder – ikke fastsatt<\/span>/);
    expect(html).toContain('Bør fastsettes av: Økonomisjefene. Ingen kilde.');
  });

  it('shows a saved decision by its resolution and point, with no placeholder tag', () => {
    const html = render(provenanceDraft(decision));
    expect(html).toContain('Vedtak: Kommunestyrets vedtak, pkt. 2');
    expect(html).not.toContain('data-color="warning"');
    expect(html).toContain('Endre kilde for innsparing');
  });

  it('offers source or placeholder for a new input, explains the placeholder, and asks for no owner', () => {
    const html = render(newProvenanceDraft());
    expect(html).toContain('Plassholder – ikke fastsatt');
    expect(html).toContain('Hvem bør fastsette verdien (rolle)');
    expect(html).toContain('Flokk bruker det bare for å kunne regne');
    expect(html).not.toContain('Vedtaket (som lagret)');
    expect(html).not.toMatch(/required|aria-required/);
  });

  it('lets a decision being changed be kept as saved', () => {
    const html = render(editProvenance(provenanceDraft(decision)));
    expect(html).toContain('Vedtaket (som lagret)');
    expect(html).toContain('Velg dokument');
  });
});
