import { Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import type { CashFlowResult } from '../../../engine/economics/scenario-cash-flows.ts';
import { formatNok } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface ZeroAlternativeTableProps {
  cashFlows: CashFlowResult;
  municipalities: readonly MunicipalityName[];
}

/**
 * The reference every scenario is measured against: each municipality's cost of the services if it goes
 * on alone (the zero alternative), beside its cost with the cooperation, per year. The difference is the
 * net effect in the cash-flow table.
 */
export function ZeroAlternativeTable({ cashFlows, municipalities }: ZeroAlternativeTableProps) {
  const t = useT();
  const caption = t('zero.caption', { baseYear: cashFlows.baseYear });
  const cells = (values: readonly number[] | undefined) =>
    cashFlows.years.map((year, i) => (
      <Table.Cell key={year} className="numeric">
        {formatNok(values?.[i] ?? 0)}
      </Table.Cell>
    ));
  return (
    <>
      <Paragraph data-size="sm">{t('zero.intro')}</Paragraph>
      <ScrollRegion label={caption}>
        <Table border data-color="neutral" className="zero-alternative-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
              {cashFlows.years.map((year) => (
                <Table.HeaderCell key={year} scope="col" className="numeric">
                  {year}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {municipalities.map((m) => {
              if (!cashFlows.zeroAlternative[m.id]) return null;
              return (
                <Fragment key={m.id}>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t('zero.alone', { name: m.name })}</Table.HeaderCell>
                    {cells(cashFlows.zeroAlternative[m.id])}
                  </Table.Row>
                  <Table.Row className="line-row">
                    <Table.HeaderCell scope="row">{t('zero.together', { name: m.name })}</Table.HeaderCell>
                    {cells(cashFlows.withCooperation[m.id])}
                  </Table.Row>
                </Fragment>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </>
  );
}
