import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { ScenarioSummary, CashFlowFigures } from '../../../engine/economics/scenario-summary.ts';
import { formatNok } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { conventionText } from '../../model/scenario/discount-text.ts';
import { irrReason, irrText, paybackText } from '../../model/scenario/figure-text.ts';

/** A municipality's number and name. */
export interface MunicipalityName {
  id: string;
  name: string;
}

export interface NpvSummaryTableProps {
  summary: ScenarioSummary;
  municipalities: readonly MunicipalityName[];
}

/**
 * NPV, payback year and IRR per municipality and in total at the inputs' medians, with the convention stated.
 * No payback year without an outlay, and the IRR only where it means something, else why not.
 */
export function NpvSummaryTable({ summary, municipalities }: NpvSummaryTableProps) {
  const t = useT();
  const row = (key: string, name: string, figures: CashFlowFigures, total = false) => {
    const reason = irrReason(figures.irr, t);
    return (
      <Table.Row key={key} className={total ? 'total-row' : undefined}>
        <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
        <Table.Cell className="numeric">{formatNok(Math.round(figures.npv))}</Table.Cell>
        <Table.Cell className="numeric">{paybackText(figures, t)}</Table.Cell>
        <Table.Cell className="numeric">
          {irrText(figures.irr, t)}
          {reason && <span className="figure-reason">{reason}</span>}
        </Table.Cell>
      </Table.Row>
    );
  };
  return (
    <>
      <div className="table-scroll">
        <Table border data-color="neutral" className="npv-table">
          <caption>{t('results.npvCaption', { baseYear: summary.convention.baseYear })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('results.npv')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('results.payback')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('results.irr')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {municipalities.map((m) => {
              const figures = summary.perMunicipality[m.id];
              return figures ? row(m.id, m.name, figures) : null;
            })}
            {row('total', t('results.total'), summary.total, true)}
          </Table.Body>
        </Table>
      </div>
      <Paragraph data-size="sm">{t('results.npvExplained')}</Paragraph>
      <Paragraph data-size="sm">{conventionText(summary.convention, t)}</Paragraph>
      <Paragraph data-size="sm">{t('results.paybackExplained')}</Paragraph>
    </>
  );
}
