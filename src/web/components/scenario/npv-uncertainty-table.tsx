import { Table } from '@digdir/designsystemet-react';
import type { MonteCarloResult, NpvDistribution } from '../../../engine/economics/monte-carlo.ts';
import { formatMillionNok } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface NpvUncertaintyTableProps {
  result: MonteCarloResult;
  municipalities: readonly MunicipalityName[];
}

/** «Netto nåverdi – usikkerhet»: P10, P50, P90, mean and the probability of a loss, per municipality and in total. */
export function NpvUncertaintyTable({ result, municipalities }: NpvUncertaintyTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const row = (key: string, name: string, distribution: NpvDistribution, total = false) => (
    <Table.Row key={key} className={total ? 'total-row' : undefined}>
      <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
      <Table.Cell className="numeric">{formatMillionNok(distribution.npv.p10, language)}</Table.Cell>
      <Table.Cell className="numeric">{formatMillionNok(distribution.npv.p50, language)}</Table.Cell>
      <Table.Cell className="numeric">{formatMillionNok(distribution.npv.p90, language)}</Table.Cell>
      <Table.Cell className="numeric">{formatMillionNok(distribution.npv.mean, language)}</Table.Cell>
      <Table.Cell className="numeric">{formatPercent(distribution.probabilityOfLoss)}</Table.Cell>
    </Table.Row>
  );
  return (
    <ScrollRegion>
      <Table border data-color="neutral">
        <caption>{t('simulation.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              P10
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              P50
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              P90
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('simulation.mean')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('simulation.probabilityOfLoss')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {municipalities.map((m) => {
            const distribution = result.perMunicipality[m.id];
            return distribution ? row(m.id, m.name, distribution) : null;
          })}
          {row('total', t('results.total'), result.total, true)}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
