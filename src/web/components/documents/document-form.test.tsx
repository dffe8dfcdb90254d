import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { initialDraft } from './document-draft.ts';
import { DocumentForm } from './document-form.tsx';

const UNIT_YEARS = [{ value: 'adm/2027', label: 'Felles enhet – 2027' }];

const render = (initial = initialDraft(4, 'nb'), unitYears = UNIT_YEARS) =>
  renderToStaticMarkup(
    <LanguageProvider>
      <DocumentForm
        caseId="sak"
        municipalities={[
          { value: '5028', label: 'Melhus' },
          { value: '5027', label: 'Midtre Gauldal' },
        ]}
        models={[{ value: 'vertskommune', label: 'Vertskommune' }]}
        unitYears={unitYears}
        latestRevision={4}
        initial={initial}
        onMade={() => undefined}
      />
    </LanguageProvider>,
  );

describe('DocumentForm', () => {
  it('asks what, for which municipality, format, language and revision, starting from the newest', () => {
    const html = render();
    expect(html).toContain('Saksframlegg for én kommune');
    expect(html).toContain('Sammendrag for én kommune');
    expect(html).toContain('Samarbeidsavtale');
    expect(html).toMatch(/<select[^>]*id="document-municipality"/);
    expect(html).toContain('>Melhus</option>');
    expect(html).not.toContain('id="document-model"');
    expect(html).toContain('DOCX (til saks- og arkivsystemet)');
    expect(html).toContain('PDF/A (til arkivet)');
    expect(html).toContain('Nynorsk');
    expect(html).toMatch(/<input[^>]*id="document-revision"[^>]*value="4"/);
    expect(html).toContain('Den nyeste er revisjon 4.');
    expect(html).toContain('Lag dokumentet');
  });

  it('offers «Merk som endelig» for the agreement, disabled until the check has no missing point', () => {
    const html = render({ ...initialDraft(4, 'nb'), kind: 'agreement', model: 'vertskommune' });
    expect(html).toMatch(/<input[^>]*id="document-final"[^>]*disabled/);
    expect(html).toContain('Merk som endelig');
    expect(render()).not.toContain('id="document-final"');
  });

  it('offers the settlement statement only when a unit has a budget year, and then asks for the unit and year', () => {
    expect(render()).toContain('Årsoppgjør for én kommune i en felles enhet');
    expect(render()).not.toContain('id="document-unit-year"');
    expect(render(initialDraft(4, 'nb'), [])).not.toContain('Årsoppgjør');
    const html = render({ ...initialDraft(4, 'nb'), kind: 'settlement-statement' });
    expect(html).toMatch(/<select[^>]*id="document-unit-year"/);
    expect(html).toContain('>Felles enhet – 2027</option>');
    // The statement is one municipality's, so the municipality is asked for too.
    expect(html).toMatch(/<select[^>]*id="document-municipality"/);
    expect(html).toContain('a-konto (forskudd)');
    const report = render({ ...initialDraft(4, 'nb'), kind: 'benefit-report' });
    expect(report).toMatch(/<select[^>]*id="document-unit-year"/);
    expect(report).not.toMatch(/<select[^>]*id="document-municipality"/);
    expect(report).not.toMatch(/<select[^>]*id="document-model"/);
  });
});
