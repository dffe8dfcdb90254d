import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { departedSummary } from '../../../case/people/departed-summary.ts';
import type { WorkforceProjectionView } from '../../../case/people/workforce-projection.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { TermList } from '../terms/term.tsx';

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
