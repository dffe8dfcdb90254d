import { Button, Table } from '@digdir/designsystemet-react';
import { Fragment, useState } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { CashFlowResult } from '../../../engine/economics/scenario-cash-flows.ts';
import { formatNok } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { cashFlowRows, sumOf } from '../../model/scenario/cash-flow-rows.ts';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface CashFlowTableProps {
  cashFlows: CashFlowResult;
  municipalities: readonly MunicipalityName[];
  document: CaseDocument;
  /** The scenario, to let each municipality's and the total net effect per year open its explanation. */
  scenarioId?: string | undefined;
}

/** Whose net effect a row shows, for the explanation: a municipality (number and name) or the total. */
type Party = { id: string; name: string } | 'total';

/**
 * The net effect per municipality and year, with a total row. Each municipality's row opens to show the
 * lines it is made of: cost today, share of the joint unit, share of one-off costs, share of grants.
 */
export function CashFlowTable({ cashFlows, municipalities, document, scenarioId }: CashFlowTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const caption = t('results.cashFlowCaption', { baseYear: cashFlows.baseYear });
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const figure = (value: number, year: number | undefined, party: Party | undefined) => {
    if (party === undefined || scenarioId === undefined || year === undefined) return formatNok(value);
    const who = party === 'total' ? 'total' : party.id;
    return (
      <ExplainableFigure
        figure={`scenario:${scenarioId}/net/${who}/${year}`}
        text={formatNok(value)}
        label={
          party === 'total'
            ? t('explain.label.netTotal', { year })
            : t('explain.label.net', { name: party.name, year })
        }
      />
    );
  };
  const cells = (values: readonly number[], party?: Party) => (
    <>
      {values.map((value, i) => (
        <Table.Cell key={cashFlows.years[i]} className="numeric">
          {figure(value, cashFlows.years[i], party)}
        </Table.Cell>
      ))}
      <Table.Cell className="numeric">{formatNok(sumOf(values))}</Table.Cell>
    </>
  );
  return (
    <ScrollRegion label={caption}>
      <Table border data-color="neutral" className="cash-flow-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
            {cashFlows.years.map((year) => (
              <Table.HeaderCell key={year} scope="col" className="numeric">
                {year}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col" className="numeric">
              {t('results.sumYears')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {municipalities.map((m) => {
            const values = cashFlows.perMunicipality[m.id];
            if (!values) return null;
            const expanded = open.has(m.id);
            return (
              <Fragment key={m.id}>
                <Table.Row>
                  <Table.HeaderCell scope="row">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      className="line-toggle"
                      aria-expanded={expanded}
                      onClick={() => toggle(m.id)}
                    >
                      {m.name}
                      <span className="ds-sr-only"> {t('results.lines')}</span>
                    </Button>
                  </Table.HeaderCell>
                  {cells(values, m)}
                </Table.Row>
                {expanded &&
                  cashFlowRows(cashFlows, m.id, document, language).map((line) => (
                    <Table.Row key={`${m.id}-${line.key}`} className="line-row">
                      <Table.HeaderCell scope="row">
                        {t(`line.${line.kind}`, { source: line.source })}
                        <span className="ds-sr-only"> – {m.name}</span>
                      </Table.HeaderCell>
                      {cells(line.values)}
                    </Table.Row>
                  ))}
              </Fragment>
            );
          })}
        </Table.Body>
        <Table.Foot>
          <Table.Row className="total-row">
            <Table.HeaderCell scope="row">{t('results.total')}</Table.HeaderCell>
            {cells(cashFlows.total, 'total')}
          </Table.Row>
        </Table.Foot>
      </Table>
    </ScrollRegion>
  );
}
