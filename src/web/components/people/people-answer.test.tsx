import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type {
  WorkforceArea,
  WorkforceProjectionView,
  WorkforceYear,
} from '../../../case/people/workforce-projection.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { departedSummary } from '../../../case/people/departed-summary.ts';
import { PeopleAnswer } from './people-answer.tsx';

const year = (y: number, low: number | null, high: number | null): WorkforceYear => ({
  year: y,
  retirements: { low: 0, high: 0 },
  departures: { low: 0, high: 0 },
  cumulativeDepartedFte: { low, high },
  coveredShare: { low: null, high: null },
});

const area = (areaId: string, years: WorkforceYear[] | null): WorkforceArea => ({
  areaId,
  groups: [],
  warnings: [],
  joint: {
    id: 'joint',
    fte: 20,
    headcount: 22,
    headcountBasis: 'given',
    ages: null,
    belowMinimumGroupSize: false,
    targetReductionFte: null,
    years,
    fullyCoveredYear: null,
    simulatedCumulativeFte: null,
  },
});

const view = (areas: WorkforceArea[]): WorkforceProjectionView => ({
  firstYear: 2027,
  years: 3,
  scenarioId: null,
  missing: [],
  bounded: true,
  areas,
});

describe('departedSummary', () => {
  it('sums the joint units’ departed FTE in the last year, per bound', () => {
    // Last year 2027 + 3 − 1 = 2029: low 2.5 + 4 = 6.5, high 3.25 + 5 = 8.25.
    const summary = departedSummary(
      view([area('lonn', [year(2028, 1, 1), year(2029, 2.5, 3.25)]), area('ikt', [year(2029, 4, 5)])]),
    );
    expect(summary).toEqual({ year: 2029, low: 6.5, high: 8.25, areaIds: ['lonn', 'ikt'] });
  });

  it('leaves out an area without a figure rather than counting it as zero, and is null with none', () => {
    expect(departedSummary(view([area('lonn', [year(2029, 2, 2)]), area('ikt', null)]))?.areaIds).toEqual([
      'lonn',
    ]);
    expect(departedSummary(view([area('ikt', [year(2029, null, null)])]))).toBeNull();
  });
});

describe('PeopleAnswer', () => {
  const render = (v: WorkforceProjectionView) =>
    renderToStaticMarkup(
      <LanguageProvider>
        <PeopleAnswer workforce={v} areaName={(id) => (id === 'lonn' ? 'Lønn' : id)} />
      </LanguageProvider>,
    );

  it('gives a range when the bounds differ, one figure when they round alike', () => {
    expect(render(view([area('lonn', [year(2029, 6.5, 8.25)])]))).toContain(
      'Fram mot 2029 slutter anslagsvis 6,5–8,3 årsverk naturlig (pensjon og annen avgang) i Lønn.',
    );
    expect(render(view([area('lonn', [year(2029, 6.51, 6.54)])]))).toContain('anslagsvis 6,5 årsverk');
  });

  it('says so when there is nothing to sum', () => {
    expect(render(view([]))).toContain('Ingen naturlig avgang kan anslås ennå');
  });
});
