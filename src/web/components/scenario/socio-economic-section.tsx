import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { SocioEconomicView } from '../../../engine/economics/socio-economic-view.ts';
import { formatNok } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useT } from '../../i18n/use-t.ts';
import { discountStepsText } from '../../model/scenario/discount-text.ts';
import { roundedNok } from '../../model/scenario/figure-text.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface SocioEconomicSectionProps {
  view: SocioEconomicView;
}

/**
 * «Samfunnsøkonomisk visning»: the cooperation as society sees it, with its convention stated in words
 * (real kroner of the base year, grants left out as transfers, tax financing cost, residual value,
 * discount rate) and each term explained where it appears. Distribution between the municipalities is
 * a separate matter, shown in the budget view and on the cost-sharing page.
 */
export function SocioEconomicSection({ view }: SocioEconomicSectionProps) {
  const t = useT();
  const c = view.convention;
  const caption = t('socio.caption', { baseYear: c.baseYear });
  const rows: { key: string; label: string; values: readonly number[] }[] = [
    { key: 'resource', label: t('socio.resourceEffect'), values: view.resourceEffect },
    { key: 'transfers', label: t('socio.transfersLeftOut'), values: view.transfersLeftOut },
    {
      key: 'tax',
      label: t('socio.taxFinancing', { rate: formatPercent(c.taxFinancingRate, 0) }),
      values: view.taxFinancing,
    },
  ];
  const residualYears = c.lifetimeYears - c.analysisPeriodYears;
  return (
    <>
      <Paragraph>
        {t('socio.convention', {
          baseYear: c.baseYear,
          years: c.analysisPeriodYears,
          steps: discountStepsText(c.schedule, t),
        })}
      </Paragraph>
      <Paragraph data-size="sm">{t('socio.termTransfer')}</Paragraph>
      <Paragraph data-size="sm">
        {t('socio.termTaxFinancing', { rate: formatPercent(c.taxFinancingRate, 0) })}
      </Paragraph>
      <Paragraph data-size="sm">
        {residualYears > 0
          ? t('socio.termResidual', { lifetime: c.lifetimeYears, rest: residualYears })
          : t('socio.termNoResidual', { lifetime: c.lifetimeYears })}
      </Paragraph>
      <Paragraph data-size="sm">{t('socio.termDiscount')}</Paragraph>
      <ScrollRegion label={caption}>
        <Table border data-color="neutral" className="socio-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('socio.colLine')}</Table.HeaderCell>
              {view.years.map((year) => (
                <Table.HeaderCell key={year} scope="col" className="numeric">
                  {year}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {row.values.map((value, i) => (
                  <Table.Cell key={view.years[i]} className="numeric">
                    {formatNok(value)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('socio.net')}</Table.HeaderCell>
              {view.net.map((value, i) => (
                <Table.Cell key={view.years[i]} className="numeric">
                  {formatNok(Math.round(value))}
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Foot>
        </Table>
      </ScrollRegion>
      <dl className="socio-figures">
        <dt>{t('socio.npvPeriod', { years: c.analysisPeriodYears })}</dt>
        <dd>{roundedNok(view.npvAnalysisPeriod)}</dd>
        <dt>{t('socio.residualValue')}</dt>
        <dd>{roundedNok(view.residualValue)}</dd>
        <dt>{t('socio.npv')}</dt>
        <dd>{roundedNok(view.npv)}</dd>
      </dl>
      <Paragraph data-size="sm">{t('socio.distribution')}</Paragraph>
    </>
  );
}
