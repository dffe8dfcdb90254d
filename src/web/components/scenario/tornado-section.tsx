import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { Tornado } from '../../../engine/economics/sensitivity.ts';
import { formatNok, formatNumber } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useT } from '../../i18n/use-t.ts';
import { bottomAxisLayout } from '../../model/scenario/axis-layout.ts';
import type { InputDescription } from '../../model/scenario/input-label.ts';
import { HIGH_COLOUR, LOW_COLOUR, RULE_COLOUR } from './chart-colours.ts';
import { PlotFigure, type PlotModule } from './plot-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface TornadoSectionProps {
  tornado: Tornado;
  /** The label and unit of each input, by id. */
  describe: (inputId: string) => InputDescription;
}

const FONT_SIZE = 13;

/** Formats an input's value in its unit: percent for shares, kroner for amounts. */
export function formatInputValue(value: number, description: InputDescription): string {
  return description.unit === 'share' ? formatPercent(value) : formatNok(Math.round(value));
}

/** The tornado: how far total NPV moves when one input at a time goes to its low and high value. */
export function TornadoSection({ tornado, describe }: TornadoSectionProps) {
  const t = useT();
  const change = tornado.mode.kind === 'relative' ? formatPercent(tornado.mode.change, 0) : '';
  const render = useCallback(
    (plot: PlotModule, width: number) => {
      // The labels take up to 230 px, but never more than 45 % of a narrow column, so the bars keep room.
      const marginLeft = Math.min(230, Math.round(width * 0.45));
      const labels = tornado.bars.map((bar) => describe(bar.inputId).label);
      const data = tornado.bars.flatMap((bar, i) => [
        { label: labels[i], from: tornado.baseNpv, to: bar.low.npv, fill: LOW_COLOUR },
        { label: labels[i], from: tornado.baseNpv, to: bar.high.npv, fill: HIGH_COLOUR },
      ]);
      // The axis title gets its own row under the tick labels, never on top of them.
      const { marginBottom, ...axis } = bottomAxisLayout(FONT_SIZE);
      return plot.plot({
        width,
        height: 50 + marginBottom + 48 * labels.length,
        marginLeft,
        marginBottom,
        style: { fontSize: `${FONT_SIZE}px` },
        x: {
          label: t('chart.npvAxis'),
          ...axis,
          grid: true,
          tickFormat: (d: number) => formatNumber(d / 1e6, 1),
        },
        y: { domain: labels, label: null, axis: null },
        marks: [
          plot.barX(data, { y: 'label', x1: 'from', x2: 'to', fill: 'fill', insetTop: 6, insetBottom: 6 }),
          plot.ruleX([tornado.baseNpv], { stroke: RULE_COLOUR, strokeWidth: 2 }),
          plot.axisY({ label: null, tickSize: 0, lineWidth: marginLeft / 14, fontSize: FONT_SIZE }),
        ],
      });
    },
    [tornado, describe, t],
  );
  if (tornado.bars.length === 0) return <Paragraph>{t('tornado.none')}</Paragraph>;
  const top = tornado.bars[0];
  const topLabel = top ? describe(top.inputId) : null;
  return (
    <PlotFigure
      label={t('tornado.label', { change })}
      summary={
        top && topLabel
          ? t('tornado.summary', {
              input: topLabel.label,
              low: formatNok(Math.round(Math.min(top.low.npv, top.high.npv))),
              high: formatNok(Math.round(Math.max(top.low.npv, top.high.npv))),
              change,
              base: formatNok(Math.round(tornado.baseNpv)),
            })
          : ''
      }
      render={render}
      legend={
        <Paragraph data-size="sm" className="chart-legend">
          <span className="swatch" style={{ background: LOW_COLOUR }} aria-hidden="true" />{' '}
          {t('tornado.lowLegend')}{' '}
          <span className="swatch" style={{ background: HIGH_COLOUR }} aria-hidden="true" />{' '}
          {t('tornado.highLegend')}
        </Paragraph>
      }
      tableLabel={t('chart.showTable')}
      table={
        <ScrollRegion label={t('tornado.caption', { change })}>
          <Table border data-color="neutral">
            <caption>{t('tornado.caption', { change })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('col.input')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('tornado.lowValue')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('tornado.lowNpv')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('tornado.highValue')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('tornado.highNpv')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('tornado.swing')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {tornado.bars.map((bar) => {
                const description = describe(bar.inputId);
                return (
                  <Table.Row key={bar.inputId}>
                    <Table.HeaderCell scope="row">{description.label}</Table.HeaderCell>
                    <Table.Cell className="numeric">
                      {formatInputValue(bar.low.value, description)}
                    </Table.Cell>
                    <Table.Cell className="numeric">{formatNok(Math.round(bar.low.npv))}</Table.Cell>
                    <Table.Cell className="numeric">
                      {formatInputValue(bar.high.value, description)}
                    </Table.Cell>
                    <Table.Cell className="numeric">{formatNok(Math.round(bar.high.npv))}</Table.Cell>
                    <Table.Cell className="numeric">{formatNok(Math.round(bar.swing))}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollRegion>
      }
    />
  );
}
