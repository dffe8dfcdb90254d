import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { WorkforceProjectionView } from '../../../case/people/workforce-projection.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { TermList } from '../terms/term.tsx';

/** FTE departed naturally by the last year, summed over the areas' joint units, under each bound. */
export interface DepartedSummary {
  year: number;
  low: number;
  high: number;
  areaIds: string[];
}

/**
 * The sum over areas of the joint unit's cumulative departed FTE in the last projected year; null when no
 * area has a figure for it (the baseline lacks ages or FTE). An area without a figure is left out, not
 * counted as zero.
 * @example departedSummary(view) // → { year: 2036, low: 12.5, high: 14, areaIds: ['barnevern'] }
 */
export function departedSummary(workforce: WorkforceProjectionView): DepartedSummary | null {
  const year = workforce.firstYear + workforce.years - 1;
  let low = 0;
  let high = 0;
  const areaIds: string[] = [];
  for (const area of workforce.areas) {
    const last = area.joint?.years?.find((y) => y.year === year)?.cumulativeDepartedFte;
    if (!last || last.low === null || last.high === null) continue;
    low += last.low;
    high += last.high;
    areaIds.push(area.areaId);
  }
  return areaIds.length === 0 ? null : { year, low, high, areaIds };
}

/** The answer first: how many FTE leave naturally by the last year, over the areas that have figures. */
export function PeopleAnswer({
  workforce,
  areaName,
}: {
  workforce: WorkforceProjectionView;
  areaName: (id: string) => string;
}) {
  const t = useT();
  const summary = departedSummary(workforce);
  const fte =
    summary &&
    (formatNumber(summary.low, 1) === formatNumber(summary.high, 1)
      ? formatNumber(summary.low, 1)
      : `${formatNumber(Math.min(summary.low, summary.high), 1)}–${formatNumber(Math.max(summary.low, summary.high), 1)}`);
  return (
    <section aria-labelledby="answer-heading">
      <Heading level={2} data-size="md" id="answer-heading">
        {t('answer.heading')}
      </Heading>
      <Paragraph className="results-answer" data-size="lg">
        {summary && fte
          ? t('answer.people', { year: summary.year, fte, areas: summary.areaIds.map(areaName).join(', ') })
          : t('answer.peopleNone')}
      </Paragraph>
      <TermList ids={['fte', 'monteCarlo', 'percentiles', 'seed']} />
    </section>
  );
}
