import { Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { BenefitView } from '../../../case/operations/benefit-view.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { PlotFigure, type PlotModule } from '../scenario/plot-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';
import { formatIndicator, provenanceText } from './benefit-format.ts';

export interface BenefitChartProps {
  plan: BenefitView;
}

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The planned value on `iso`: the straight line from baseline to target, level after the target date (as `benefitStatus`). */
function plannedOn(plan: BenefitView, iso: string): number | null {
  const { baseline, target } = plan;
  if (baseline.value === null || target.value === null || target.date === null) return null;
  const start = dateOf(baseline.date).getTime();
  const end = dateOf(target.date).getTime();
  const share = Math.min(1, Math.max(0, (dateOf(iso).getTime() - start) / (end - start)));
  return baseline.value + (target.value - baseline.value) * share;
}

/**
 * The measurements of a benefit's indicator against the planned path from the baseline to the target, with
 * the same figures as a table. Without a target there is no path: the chart shows the baseline and the
 * measurements, and says so.
 */
export function BenefitChart({ plan }: BenefitChartProps) {
  const t = useT();
  const { language } = useLanguage();
  const { baseline, target } = plan;
  const hasPath = baseline.value !== null && target.value !== null && target.date !== null;
  const render = useCallback(
    (Plot: PlotModule, width: number) => {
      const points = [
        ...(baseline.value === null ? [] : [{ date: dateOf(baseline.date), value: baseline.value }]),
        ...plan.measurements.map((m) => ({ date: dateOf(m.date), value: m.value })),
      ];
      const path =
        hasPath && target.date !== null
          ? [
              { date: dateOf(baseline.date), value: baseline.value },
              { date: dateOf(target.date), value: target.value },
            ]
          : [];
      return Plot.plot({
        width,
        height: 220,
        marginLeft: 48,
        x: { type: 'utc', label: null, ticks: Math.max(2, Math.floor(width / 110)) },
        y: { label: plan.indicator.length > 40 ? null : plan.indicator, grid: true, zero: true },
        marks: [
          Plot.line(path, { x: 'date', y: 'value', stroke: 'currentColor', strokeDasharray: '6 4' }),
          Plot.dot(points, {
            x: 'date',
            y: 'value',
            fill: 'var(--ds-color-accent-base-default, #0062ba)',
            r: 4,
          }),
        ],
      });
    },
    [plan, baseline, target, hasPath],
  );
  const planned = (iso: string) => formatIndicator(plannedOn(plan, iso), language);
  const summary = hasPath
    ? t('benefits.chart.summary', {
        baseline: formatIndicator(baseline.value, language),
        baselineDate: formatPlanDate(baseline.date, language),
        target: formatIndicator(target.value, language),
        targetDate: formatPlanDate(target.date, language),
      })
    : t('benefits.chart.noPath');
  const table = (
    <ScrollRegion>
      <Table data-size="sm" border>
        <caption>{t('benefits.table.caption', { indicator: plan.indicator })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('benefits.col.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('benefits.col.value')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('benefits.col.planned')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('benefits.col.source')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          <Table.Row>
            <Table.HeaderCell scope="row">
              {t('benefits.row.baseline')} {formatPlanDate(baseline.date, language)}
            </Table.HeaderCell>
            <Table.Cell className="numeric">{formatIndicator(baseline.value, language)}</Table.Cell>
            <Table.Cell className="numeric">{planned(baseline.date)}</Table.Cell>
            <Table.Cell>
              {baseline.provenance === null ? '' : provenanceText(baseline.provenance, t)}
            </Table.Cell>
          </Table.Row>
          {plan.measurements.map((m, i) => (
            <Table.Row key={`${m.date}-${i}`}>
              <Table.HeaderCell scope="row">{formatPlanDate(m.date, language)}</Table.HeaderCell>
              <Table.Cell className="numeric">{formatIndicator(m.value, language)}</Table.Cell>
              <Table.Cell className="numeric">{planned(m.date)}</Table.Cell>
              <Table.Cell>{provenanceText(m.provenance, t)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
  return (
    <PlotFigure
      label={t('benefits.chart.label', { indicator: plan.indicator })}
      summary={summary}
      render={render}
      tableLabel={t('benefits.table.label')}
      table={table}
    />
  );
}
