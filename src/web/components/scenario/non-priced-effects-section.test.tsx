import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { analyseDeterministic } from '../../../case/scenario/analyse-scenario.ts';
import type { NonPricedView } from '../../../case/scenario/non-priced-view.ts';
import type { Language } from '../../../i18n/language.ts';
import { loadCatalogue } from '../../i18n/catalogues.ts';
import { NonPricedEffectsSection } from './non-priced-effects-section.tsx';

const defaultView = (): NonPricedView => {
  const analysis = analyseDeterministic(defaultCase(), 'administrative-tjenester');
  if (!analysis) throw new Error('no analysis');
  return analysis.nonPriced;
};

/** The default view with Midtre Gauldal's «sårbarhet» assessed as a placeholder, and a negative NPV. */
function assessedView(): NonPricedView {
  const view = defaultView();
  return {
    ...view,
    placeholderCount: 1,
    notAssessedCount: view.notAssessedCount - 1,
    effects: view.effects.map((e) =>
      e.id === 'sarbarhet'
        ? {
            ...e,
            anyPlaceholder: true,
            cells: e.cells.map((c) =>
              c.municipality === '5027'
                ? {
                    ...c,
                    significance: 'large',
                    extent: 3,
                    consequence: 3,
                    basis: 'placeholder',
                    toBeSetBy: 'Arbeidsgruppen',
                  }
                : c.municipality === '5028'
                  ? { ...c, significance: 'small', extent: -4, consequence: -2, basis: 'source' }
                  : c,
            ),
            summary: {
              ...e.summary,
              assessed: 2,
              notAssessed: 1,
              lowest: -2,
              highest: 3,
              positive: 1,
              negative: 1,
            },
          }
        : e,
    ),
    breakEven: { npv: -1_000_000, yearlyValue: 123_456.2, firstYear: 2026, lastYear: 2035, baseYear: 2025 },
  };
}

const render = (view: NonPricedView, language: Language = 'nb') =>
  renderToStaticMarkup(<NonPricedEffectsSection view={view} language={language} />);

/** The text of the page with tags removed and white space collapsed, as a reader sees it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, '’')
    .replace(/\s+/g, ' ');

describe('NonPricedEffectsSection', () => {
  it('explains the term, says the matrix is not checked against DFØ, and shows every effect as not assessed', () => {
    const html = render(defaultView());
    const shown = text(html);
    expect(html).toMatch(/<h2[^>]*>Ikke-prissatte virkninger<\/h2>/);
    expect(shown).toContain(
      'Ikke-prissatte virkninger er virkninger av samarbeidet som vurderes, men ikke regnes om til kroner',
    );
    expect(shown).toContain('ikke kontrollert mot DFØ-veilederen');
    expect(shown).not.toMatch(/UNCONFIRMED/i);
    expect(shown).toContain('er ikke lagt sammen med nåverdien');
    for (const name of ['Redusert sårbarhet', 'Enklere rekruttering', 'Evne til å håndtere endringer'])
      expect(html).toContain(`<caption>${name}: konsekvens per kommune</caption>`);
    expect(shown).toContain('15 av 15 vurderinger er ikke gjort ennå.');
    expect(html.match(/<strong>Ikke vurdert<\/strong>/g)).toHaveLength(15);
    expect(html).not.toContain('Plassholder');
    expect(shown).toContain('Nevnt i: Saksframlegg');
  });

  it('shows the vulnerability figure beside «sårbarhet», as a table of persons today and in the joint unit', () => {
    const html = render(defaultView());
    const vulnerability = html.indexOf('Grunnlag for sårbarhet');
    expect(vulnerability).toBeGreaterThan(html.indexOf('Redusert sårbarhet: konsekvens per kommune'));
    expect(vulnerability).toBeLessThan(
      html.indexOf('Sterkere fagmiljø og fleksibel oppgaveløsning: konsekvens'),
    );
    expect(html).toMatch(/<th[^>]*scope="col"[^>]*>Felles enhet<\/th>/);
  });

  it('shows a consequence as signs and words, never by colour alone, and tags a placeholder', () => {
    const html = render(assessedView());
    const shown = text(html);
    expect(shown).toContain('+ + + (stor positiv konsekvens)');
    expect(shown).toContain('− − (middels negativ konsekvens)');
    expect(shown).toContain('+3 Middels positivt');
    expect(shown).toContain('−4 Stort negativt');
    expect(html).toMatch(/<span[^>]*data-color="warning"[^>]*>Plassholder – ikke fastsatt<\/span>/);
    expect(shown).toContain('Bør fastsettes av: Arbeidsgruppen');
    expect(shown).toContain('Fra kilde');
    expect(shown).toContain('Vurdert for 2 av 3 kommuner; fra − − til + + +.');
    expect(shown).toContain('Vurderinger som er plassholdere og ikke fastsatt av noen: 1.');
  });

  it('gives the break-even value in plain Norwegian, rounded up', () => {
    const shown = text(render(assessedView()));
    expect(shown).toContain(
      'Den prissatte samfunnsøkonomiske nåverdien er −1 000 000 kr. For at samarbeidet skal lønne seg, må de ikke-prissatte virkningene til sammen være verdt minst 123 457 kr i året i årene 2026–2035 (kroner i 2025-priser).',
    );
  });

  it('says when the priced result already pays', () => {
    const view = {
      ...defaultView(),
      breakEven: { npv: 5000, yearlyValue: 0, firstYear: 2026, lastYear: 2035, baseYear: 2025 },
    };
    expect(text(render(view))).toContain(
      'altså ikke negativ: samarbeidet lønner seg uten de ikke-prissatte virkningene',
    );
  });

  it('speaks nynorsk and English too', async () => {
    // The app fetches these catalogues when the language is chosen.
    await Promise.all([loadCatalogue('nn'), loadCatalogue('en')]);
    const nn = text(render(assessedView(), 'nn'));
    expect(nn).toContain('ikkje kontrollert mot DFØ-rettleiaren');
    expect(nn).toContain('Plasshaldar – ikkje fastsett');
    expect(nn).toContain('Ikkje vurdert');
    const en = text(render(assessedView(), 'en'));
    expect(en).toContain('has not been checked against the DFØ guide');
    expect(en).toContain('Non-priced effects (ikke-prissatte virkninger)');
    expect(en).toContain('Placeholder – not set');
  });
});
