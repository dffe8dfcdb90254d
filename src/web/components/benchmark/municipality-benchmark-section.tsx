import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MunicipalityBenchmark } from '../../../case/reference/benchmark.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { AdminChart } from './admin-chart.tsx';
import { IndicatorTable } from './indicator-table.tsx';

/** One municipality: the answer (administration per inhabitant, latest year), its KOSTRA group in words, the chart and the tables. */
export function MunicipalityBenchmarkSection({ municipality }: { municipality: MunicipalityBenchmark }) {
  const t = useT();
  const [admin, ...others] = municipality.indicators;
  const latest = admin ? [...admin.years].reverse().find((y) => y.municipality.value !== null) : undefined;
  const headingId = `benchmark-${municipality.number}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {municipality.name}
      </Heading>
      <Paragraph>
        <strong>
          {latest
            ? t('benchmark.answerAdmin', {
                name: municipality.name,
                value: formatNumber(latest.municipality.value),
                year: latest.year,
              })
            : t('benchmark.answerNone', { name: municipality.name })}
        </strong>
      </Paragraph>
      {municipality.kostraGroup && (
        <Paragraph>
          {t('benchmark.groupLine', { description: municipality.kostraGroup.description })}
        </Paragraph>
      )}
      <Paragraph data-size="sm">
        {t('benchmark.neighbours', { names: municipality.neighbours.map((n) => n.name).join(', ') })}
      </Paragraph>
      {admin && <AdminChart municipality={municipality} indicator={admin} />}
      <Details>
        <Details.Summary>{t('benchmark.otherIndicators', { name: municipality.name })}</Details.Summary>
        <Details.Content>
          {others.map((indicator) => (
            <IndicatorTable key={indicator.code} municipality={municipality} indicator={indicator} />
          ))}
        </Details.Content>
      </Details>
    </section>
  );
}
