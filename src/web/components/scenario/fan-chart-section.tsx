import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { FanPoint } from '../../../engine/economics/monte-carlo.ts';
import { formatNok, formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { BAND_COLOUR, MEDIAN_COLOUR, RULE_COLOUR } from './chart-colours.ts';
import { PlotFigure, type PlotModule } from './plot-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface FanChartSectionProps {
  fan: readonly FanPoint[];
}

/** The fan chart of cumulative cash: the P10–P90 band and the P50 line per year, with the figures as a table. */
export function FanChartSection({ fan }: FanChartSectionProps) {
  const t = useT();
  const render = useCallback(
    (plot: PlotModule, width: number) =>
      plot.plot({
        width,
        height: 360,
        marginLeft: 60,
        style: { fontSize: '13px' },
        x: { label: t('chart.yearAxis'), tickFormat: 'd', ticks: fan.length },
        y: {
          label: t('chart.cumulativeAxis'),
          grid: true,
          tickFormat: (d: number) => formatNumber(d / 1e6, 0),
        },
        marks: [
          plot.areaY(fan, { x: 'year', y1: 'p10', y2: 'p90', fill: BAND_COLOUR }),
          plot.ruleY([0], { stroke: RULE_COLOUR }),
          plot.lineY(fan, { x: 'year', y: 'p50', stroke: MEDIAN_COLOUR, strokeWidth: 3 }),
        ],
      }),
    [fan, t],
  );
  const last = fan[fan.length - 1];
  if (!last) return null;
  const caption = t('fan.caption');
  return (
    <PlotFigure
      label={t('fan.label')}
      summary={t('fan.summary', {
        year: last.year,
        p10: formatNok(Math.round(last.p10)),
        p50: formatNok(Math.round(last.p50)),
        p90: formatNok(Math.round(last.p90)),
      })}
      render={render}
      legend={
        <Paragraph data-size="sm" className="chart-legend">
          <span className="swatch" style={{ background: BAND_COLOUR }} aria-hidden="true" />{' '}
          {t('fan.bandLegend')}{' '}
          <span className="swatch swatch--line" style={{ background: MEDIAN_COLOUR }} aria-hidden="true" />{' '}
          {t('fan.lineLegend')}
        </Paragraph>
      }
      tableLabel={t('chart.showTable')}
      table={
        <ScrollRegion label={caption}>
          <Table border data-color="neutral">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('col.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  P10
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  P50
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  P90
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {fan.map((point) => (
                <Table.Row key={point.year}>
                  <Table.HeaderCell scope="row">{point.year}</Table.HeaderCell>
                  <Table.Cell className="numeric">{formatNok(Math.round(point.p10))}</Table.Cell>
                  <Table.Cell className="numeric">{formatNok(Math.round(point.p50))}</Table.Cell>
                  <Table.Cell className="numeric">{formatNok(Math.round(point.p90))}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      }
    />
  );
}
