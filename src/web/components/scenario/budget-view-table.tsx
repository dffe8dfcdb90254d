import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { BudgetView } from '../../../engine/economics/budget-view.ts';
import { formatMillionNok } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface BudgetViewTableProps {
  budget: BudgetView;
  municipalities: readonly MunicipalityName[];
}

/** The net effect in nominal kroner over the four years of the økonomiplan, as the finance departments read it. */
export function BudgetViewTable({ budget, municipalities }: BudgetViewTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const caption = t('results.budgetCaption', { inflation: formatPercent(budget.inflation) });
  return (
    <>
      <ScrollRegion label={caption}>
        <Table border data-color="neutral">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
              {budget.years.map((year) => (
                <Table.HeaderCell key={year} scope="col" className="numeric">
                  {year}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {municipalities.map((m) => (
              <Table.Row key={m.id}>
                <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                {(budget.perMunicipality[m.id] ?? []).map((value, i) => (
                  <Table.Cell key={budget.years[i]} className="numeric">
                    {formatMillionNok(value, language)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">{t('results.total')}</Table.HeaderCell>
              {budget.total.map((value, i) => (
                <Table.Cell key={budget.years[i]} className="numeric">
                  {formatMillionNok(value, language)}
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Foot>
        </Table>
      </ScrollRegion>
      {budget.missingYears.length > 0 && (
        <Paragraph data-size="sm">
          {t('results.budgetMissingYears', { years: budget.missingYears.join(', ') })}
        </Paragraph>
      )}
    </>
  );
}
