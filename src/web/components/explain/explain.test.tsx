import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ExplainResponse, ExplainedField } from '../../api/explain-api.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { ExplanationBody } from './explain-dialog.tsx';
import { ExplainContext } from './explain-context.tsx';
import { ExplainableFigure } from './explainable-figure.tsx';
import { FieldProvenance } from './field-provenance.tsx';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <LanguageProvider>{node}</LanguageProvider>
    </MemoryRouter>,
  );

// A stub of the explain API's answer for Melhus' NPV (issue 15), two inputs shown of many.
const NPV: ExplainResponse = {
  caseId: 'sak',
  revision: 7,
  savedAt: '2026-12-03T13:05:00Z',
  engineVersion: '0.1.0+engine.1',
  figure: {
    id: 'scenario:adm/npv/5028',
    step: 'npv',
    label: 'Netto nåverdi for Melhus',
    value: 12_345_678.4,
    unit: 'nok',
    symbols: 'NNV = Σₜ Nₜ · dₜ',
    formula: 'Summen over årene av netto effekt ganget med diskonteringsfaktoren',
    operation: { op: 'sumOfProducts' },
    inputs: [
      {
        id: 'scenario:adm/net/5028/2029',
        step: 'net',
        label: 'Netto virkning 2029',
        value: 1_000_000,
        unit: 'nok',
      },
      {
        id: 'scenario:adm/discount-factor/2029',
        step: 'discount_factor',
        label: 'Diskonteringsfaktor 2029',
        value: 0.9151,
        unit: 'factor',
      },
    ],
  },
};

const field = (
  provenance: ExplainedField['provenance'],
  edit: ExplainedField['edit'] = null,
): ExplainedField => ({
  path: 'baseline[1].labourCost',
  label: 'Melhus, lønn/regnskap: lønnskostnad',
  provenance,
  edit,
});

describe('ExplainableFigure', () => {
  it('is the plain figure outside a case', () => {
    const html = render(<ExplainableFigure figure="x" text="1 234 kr" label="Netto nåverdi for Melhus" />);
    expect(html).toBe('<span class="figure">1 234 kr</span>');
  });

  it('is a control that opens a dialog, named by what the figure is and its value', () => {
    const html = render(
      <ExplainContext.Provider value={{ caseId: 'sak', revision: 7 }}>
        <ExplainableFigure figure="x" text="1 234 kr" label="Netto nåverdi for Melhus" />
      </ExplainContext.Provider>,
    );
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('aria-label="Forklar: Netto nåverdi for Melhus, 1 234 kr"');
    expect(html).toContain('>1 234 kr</button>');
  });
});

describe('the explanation panel', () => {
  it('gives the revision, the formula in symbols and words, and the inputs to open, without ids', () => {
    const html = render(<ExplanationBody response={NPV} unsaved={false} />);
    expect(html).toContain('Revisjon 7, lagret 3. desember 2026 kl. 14.05');
    expect(html).toContain('NNV = Σₜ Nₜ · dₜ');
    expect(html).toContain('Summen over årene av netto effekt');
    expect(html).toContain('Netto virkning 2029');
    expect(html).toContain('1\u00a0000\u00a0000 kr');
    expect(html).toContain('0,9151');
    expect(html.match(/<details/g)).toHaveLength(2);
    expect(html).not.toContain('scenario:adm');
    expect(html).not.toContain('Forklaringen gjelder den lagrede revisjonen');
  });

  it('says so when the page shows unsaved changes', () => {
    expect(render(<ExplanationBody response={NPV} unsaved />)).toContain(
      'Forklaringen gjelder den lagrede revisjonen',
    );
  });
});

describe('a value in the case', () => {
  const show = (f: ExplainedField) => render(<FieldProvenance field={f} unit="nok" onEdit={() => {}} />);

  it('names its source and place in it, and links to where it is edited, never the path', () => {
    const html = show(
      field(
        {
          kind: 'source',
          document: { id: 'saksframlegg', title: 'Saksframlegg: BIK 2030' },
          locator: 'tabell 3',
        },
        { href: '/saker/sak/grunnlag/rediger' },
      ),
    );
    expect(html).toContain('Felt: Melhus, lønn/regnskap: lønnskostnad');
    expect(html).toContain('Kilde: Saksframlegg: BIK 2030, tabell 3');
    expect(html).toContain('href="/saker/sak/grunnlag/rediger"');
    expect(html).toContain('>Endre</a>');
    expect(html).not.toContain('baseline[1]');
    expect(html).not.toContain('>saksframlegg<');
  });

  it('words a placeholder, a decision, an own value and a missing source', () => {
    expect(show(field({ kind: 'placeholder', toBeSetBy: 'økonomisjefene' }))).toContain(
      'Plassholder – ikke fastsatt, bør fastsettes av økonomisjefene',
    );
    expect(
      show(field({ kind: 'decision', resolutionId: 'r1', point: 2, title: 'Kommunestyret 10.3.2026' })),
    ).toContain('Vedtak: Kommunestyret 10.3.2026, punkt 2');
    expect(show(field({ kind: 'entered', by: 'Kari Nordmann', at: '2026-12-03T13:05:00Z' }))).toContain(
      'Egen verdi – lagt inn av Kari Nordmann 3. desember 2026',
    );
    expect(show(field({ kind: 'none' }))).toContain('Kilden er ikke oppgitt.');
  });
});

describe('a leaf named as its field', () => {
  it('does not repeat the field label it is already shown under', () => {
    const html = render(
      <FieldProvenance
        field={field({ kind: 'none' })}
        unit="nok"
        onEdit={() => {}}
        shownAs="Melhus, lønn/regnskap: lønnskostnad"
      />,
    );
    expect(html).not.toContain('Felt:');
    expect(html).toContain('Kilden er ikke oppgitt.');
  });
});
