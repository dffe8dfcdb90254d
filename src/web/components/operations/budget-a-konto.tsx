import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { AKontoView } from '../../../case/operations/a-konto-view.ts';
import { periodWords } from '../../../case/operations/budget-words.ts';
import type { LabelledViewError } from '../../../case/operations/labelled-budget.ts';
import { formatNok } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { DownloadTable } from '../export/download-table.tsx';
import { ScrollRegion } from '../scroll-region.tsx';
import { TermList } from '../terms/term.tsx';
import { BudgetCalendarForm, type BudgetCalendarFormProps } from './budget-calendar-form.tsx';

export interface BudgetAKontoProps {
  caseId: string;
  year: number;
  unitId: string;
  revision: number;
  view: AKontoView | LabelledViewError;
  /** The calendar form's props for an editor; `null` for a reader. */
  form: Omit<BudgetCalendarFormProps, 'unitId' | 'year'> | null;
}

/**
 * The a-konto payments per period and municipality with the period totals, which sum exactly to the budget,
 * and «Last ned: Excel · CSV» as invoice lines; while no calendar is set, the form that sets it (editors).
 */
export function BudgetAKonto({ caseId, year, unitId, revision, view, form }: BudgetAKontoProps) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="budget-akonto-heading">
      <Heading level={2} data-size="md" id="budget-akonto-heading">
        {t('budget.akonto.heading')}
      </Heading>
      <TermList ids={['aKonto']} />
      {view.ok ? (
        <AKontoTable view={view} caseId={caseId} revision={revision} language={language} />
      ) : (
        <>
          <Paragraph>
            {view.code === 'no_periods' ? t('budget.akonto.notSet', { year }) : view.message}
          </Paragraph>
          {view.code === 'no_periods' &&
            (form === null ? (
              <Paragraph data-size="sm">{t('budget.akonto.readerNotSet')}</Paragraph>
            ) : (
              <BudgetCalendarForm {...form} unitId={unitId} year={year} />
            ))}
        </>
      )}
    </section>
  );
}

function AKontoTable({
  view,
  caseId,
  revision,
  language,
}: {
  view: AKontoView;
  caseId: string;
  revision: number;
  language: ReturnType<typeof useLanguage>['language'];
}) {
  const t = useT();
  const periods = [...new Map(view.lines.map((l) => [l.period, l.dueDate])).entries()];
  const municipalities = [...new Map(view.lines.map((l) => [l.municipality, l.name])).entries()];
  const amount = (municipality: string, period: string) =>
    view.lines.find((l) => l.municipality === municipality && l.period === period)?.amount ?? 0;
  return (
    <>
      <Paragraph data-size="sm">{t('budget.akonto.intro')}</Paragraph>
      <ScrollRegion>
        <Table border data-color="neutral" data-size="sm" className="a-konto-table">
          <caption>{t('budget.akonto.caption', { year: view.year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('budget.akonto.col.period')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('budget.akonto.col.due')}</Table.HeaderCell>
              {municipalities.map(([number, name]) => (
                <Table.HeaderCell key={number} scope="col" className="numeric">
                  {name}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="numeric">
                {t('budget.akonto.col.total')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {periods.map(([period, due], j) => (
              <Table.Row key={period}>
                <Table.HeaderCell scope="row">{periodWords(period, language)}</Table.HeaderCell>
                <Table.Cell>{due}</Table.Cell>
                {municipalities.map(([number]) => (
                  <Table.Cell key={number} className="numeric">
                    {formatNok(amount(number, period), language)}
                  </Table.Cell>
                ))}
                <Table.Cell className="numeric">{formatNok(view.periodTotals[j] ?? 0, language)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('budget.akonto.col.total')}</Table.HeaderCell>
              <Table.Cell />
              {municipalities.map(([number]) => (
                <Table.Cell key={number} className="numeric">
                  {formatNok(
                    view.lines.filter((l) => l.municipality === number).reduce((s, l) => s + l.amount, 0),
                    language,
                  )}
                </Table.Cell>
              ))}
              <Table.Cell className="numeric" data-testid="a-konto-total">
                {formatNok(view.total, language)}
              </Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </ScrollRegion>
      <DownloadTable
        caseId={caseId}
        table="a-konto"
        unitId={view.unitId}
        year={view.year}
        revision={revision}
      />
    </>
  );
}
