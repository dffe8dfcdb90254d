import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareAllocations } from '../../../case/cost-sharing/compare-allocations.ts';
import { costSharingView } from '../../../case/cost-sharing/comparison-view.ts';
import { handCase, SCENARIO } from '../../../case/cost-sharing/hand-case.test-helpers.ts';
import { loadLpSolver } from '../../../engine/games/lp-solver.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { AllocationTables } from './allocation-tables.tsx';
import { CoreSummaryTables } from './core-summary-tables.tsx';
import { NetEffectTable } from './net-effect-table.tsx';

// Issue 11: the page shows a method that cannot be computed as such, with the reason, and never fails.

const LRF = 'lonn-regnskap-fakturering';
let response: CostSharingResponse;
let analysis: NonNullable<CostSharingResponse['analysis']>;

beforeAll(async () => {
  // Midtre Gauldal typed at 0 kr alone: the proportional nucleolus has no relative excess for it.
  const document = handCase([
    {
      id: 'null-alene',
      scenarioId: SCENARIO,
      areaId: LRF,
      provenance: { placeholder: { toBeSetBy: 'Test' } },
      costs: [{ coalition: ['5027'], cost: 0 }],
    },
  ]);
  const comparison = compareAllocations(
    document,
    SCENARIO,
    { kind: 'area', areaId: LRF },
    await loadLpSolver(),
  );
  if (!comparison) throw new Error('no comparison');
  response = { revision: 1, scopes: [], ...costSharingView(document, comparison, 'nb') };
  if (!response.analysis) throw new Error('no analysis');
  analysis = response.analysis;
});

const render = (node: ReactNode) => renderToStaticMarkup(<LanguageProvider>{node}</LanguageProvider>);
const REASON = 'Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.';

describe('a method that cannot be computed, on the cost-sharing page', () => {
  it('is a row of the allocation tables with the reason across the figures', () => {
    const html = render(<AllocationTables comparison={response} analysis={analysis} />);
    expect(html).toContain('data-allocation="proportional-nucleolus"');
    expect(html).toContain('Proporsjonal nukleolus');
    expect(html).toContain(REASON);
  });

  it('the net effect says so and shows the Shapley value instead when it was the method asked for', () => {
    const html = render(
      <NetEffectTable comparison={response} analysis={analysis} initialMethod="proportional-nucleolus" />,
    );
    expect(html).toContain(`Proporsjonal nukleolus: ${REASON} Tabellen viser derfor Shapley-verdien.`);
    expect(html).toContain('Netto effekt per kommune og år med Shapley-verdien');
  });

  it('the net effect under the default nucleolus is unaffected', () => {
    const html = render(<NetEffectTable comparison={response} analysis={analysis} />);
    expect(html).not.toContain(REASON);
    expect(html).toContain('med Nukleolus');
  });

  it('the summary shows the reason where the nucleolus itself could not be computed', () => {
    const numerical =
      'Kan ikke beregnes: kostnadene er for store eller for ulike i størrelse til at metoden kan regnes ut pålitelig.';
    const nucleolus = analysis.allocations.find((row) => row.id === 'nucleolus');
    if (!nucleolus) throw new Error('no nucleolus');
    const without: CostSharingResponse = {
      ...response,
      analysis: {
        ...analysis,
        allocations: analysis.allocations.filter((row) => row.id !== 'nucleolus'),
        unavailableMethods: [
          {
            id: 'nucleolus',
            labelKey: nucleolus.labelKey,
            source: nucleolus.source ?? '',
            reason: 'numerical',
            label: nucleolus.label,
            reasonText: numerical,
          },
        ],
      },
    };
    const html = render(
      <CoreSummaryTables comparisons={[{ name: 'Lønn', comparison: without }]} scenarioName="S" />,
    );
    expect(html).toContain('<th scope="col">Nukleolus</th>');
    expect(html).toContain(numerical);
  });
});
