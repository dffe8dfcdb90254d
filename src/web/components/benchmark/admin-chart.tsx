import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import type { IndicatorBenchmark, MunicipalityBenchmark } from '../../../case/reference/benchmark.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { HIGH_COLOUR, LOW_COLOUR, RULE_COLOUR } from '../scenario/chart-colours.ts';
import { PlotFigure, type PlotModule } from '../scenario/plot-figure.tsx';
import { IndicatorTable } from './indicator-table.tsx';

export interface AdminChartProps {
  municipality: MunicipalityBenchmark;
  /** The administration indicator (FGK1b). */
  indicator: IndicatorBenchmark;
}

interface Point {
  year: number;
  value: number;
  series: 'municipality' | 'group' | 'country';
}

const DASH = { municipality: 'none', group: '6 4', country: '2 3' } as const;
const COLOUR = { municipality: HIGH_COLOUR, group: LOW_COLOUR, country: RULE_COLOUR } as const;

/**
 * Administration per inhabitant over the years for the municipality, its KOSTRA group and the country, one line
 * each (solid, dashed, dotted, so colour is not needed to tell them apart), with the figures as a table. Years
 * without a figure are left out of a line, never drawn as 0.
 */
export function AdminChart({ municipality, indicator }: AdminChartProps) {
  const t = useT();
  const points = useMemo<Point[]>(
    () =>
      indicator.years.flatMap((y) =>
        (['municipality', 'group', 'country'] as const).flatMap((series) => {
          const value = y[series].value;
          return value === null ? [] : [{ year: y.year, value, series }];
        }),
      ),
    [indicator],
  );
  const render = useCallback(
    (plot: PlotModule, width: number) =>
      plot.plot({
        width,
        height: 260,
        marginLeft: 60,
        style: { fontSize: '13px' },
        x: { label: t('benchmark.yearAxis'), tickFormat: 'd', ticks: indicator.years.map((y) => y.year) },
        y: {
          label: t('benchmark.valueAxis'),
          grid: true,
          zero: true,
          tickFormat: (d: number) => formatNumber(d),
        },
        marks: (['municipality', 'group', 'country'] as const).flatMap((series) => {
          const data = points.filter((p) => p.series === series);
          return [
            plot.lineY(data, {
              x: 'year',
              y: 'value',
              stroke: COLOUR[series],
              strokeWidth: 2.5,
              strokeDasharray: DASH[series],
            }),
            plot.dot(data, { x: 'year', y: 'value', fill: COLOUR[series] }),
          ];
        }),
      }),
    [points, indicator.years, t],
  );
  const values = indicator.years.map((y) => `${y.year} ${formatNumber(y.municipality.value)}`).join(', ');
  // Nothing to draw: an empty frame would say nothing the table does not say better.
  if (points.length === 0) return <IndicatorTable municipality={municipality} indicator={indicator} />;
  return (
    <PlotFigure
      label={t('benchmark.chartLabel', { name: municipality.name })}
      summary={t('benchmark.chartSummary', { name: municipality.name, values })}
      render={render}
      legend={<Paragraph data-size="sm">{t('benchmark.legend')}</Paragraph>}
      tableLabel={t('benchmark.showTable')}
      table={<IndicatorTable municipality={municipality} indicator={indicator} />}
    />
  );
}
