import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatNok } from '../../../i18n/format.ts';
import type { SettlementAnswer, SettlementSummary } from '../../api/settlement-api.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';

/**
 * The answer first: per municipality what it pays or gets back after the year's settlement, or what is still
 * missing, in words; then whether the result rests on placeholders, named as the forms name them.
 */
export function SettlementAnswerView({ answer }: { answer: SettlementAnswer }) {
  const t = useT();
  const { language } = useLanguage();
  if (!answer.ok)
    return (
      <Alert data-color="info" className="page-notice">
        <Heading level={2} data-size="xs">
          {t('settlement.notYet')}
        </Heading>
        <Paragraph>{answer.message}</Paragraph>
      </Alert>
    );
  return (
    <section aria-labelledby="settlement-answer-heading" className="overview-section">
      <Heading level={2} data-size="md" id="settlement-answer-heading">
        {t('settlement.answerHeading', { year: answer.year })}
      </Heading>
      <ul className="settlement-answer">
        {answer.rows.map((row) => (
          <li key={row.municipality}>
            <Paragraph data-size="lg">
              {row.balance > 0
                ? t('settlement.pays', { name: row.name, amount: formatNok(row.balance, language) })
                : row.balance < 0
                  ? t('settlement.refund', { name: row.name, amount: formatNok(-row.balance, language) })
                  : t('settlement.even', { name: row.name })}
            </Paragraph>
          </li>
        ))}
      </ul>
      {answer.hasPlaceholders && (
        <Alert data-color="warning">
          <Paragraph>{t('settlement.placeholders')}</Paragraph>
          <ul>
            {answer.placeholders.map((p) => (
              <li key={p.path}>
                {p.label}
                {p.toBeSetBy ? ` – ${t('settlement.toBeSetBy', { who: p.toBeSetBy })}` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}

/** The settlement per municipality, with the totals row, and where the figures came from. */
export function SettlementTable({ summary }: { summary: SettlementSummary }) {
  const t = useT();
  const { language } = useLanguage();
  const nok = (value: number) => formatNok(value, language);
  const source = summary.sources.actual;
  return (
    <section aria-labelledby="settlement-table-heading" className="overview-section">
      <Heading level={2} data-size="md" id="settlement-table-heading">
        {t('settlement.tableHeading', { year: summary.year })}
      </Heading>
      <Paragraph data-size="sm">
        {t('settlement.sourceLine', {
          file: source.fileName ?? t('settlement.unnamedFile'),
          lines: source.lines.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO'),
          date: source.recordedOn,
        })}{' '}
        {summary.sources.paid === 'budget' ? t('settlement.paidFromBudget') : t('settlement.paidRecorded')}{' '}
        {summary.sources.unmapped.lines > 0 &&
          t('settlement.unmappedLeft', {
            lines: summary.sources.unmapped.lines,
            amount: nok(summary.sources.unmapped.amount),
          })}
      </Paragraph>
      <ScrollRegion>
        <Table data-size="sm" className="settlement-table">
          <caption>{t('settlement.tableCaption', { unit: summary.unitName, year: summary.year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('settlement.col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('settlement.col.share')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('settlement.col.paid')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('settlement.col.fund')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('settlement.col.balance')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {summary.rows.map((row) => (
              <Table.Row key={row.municipality}>
                <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
                <Table.Cell className="numeric">{nok(row.shareOfActual)}</Table.Cell>
                <Table.Cell className="numeric">{nok(row.paid)}</Table.Cell>
                <Table.Cell className="numeric">{nok(row.fromFund)}</Table.Cell>
                <Table.Cell className="numeric">{nok(row.balance)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('settlement.total')}</Table.HeaderCell>
              <Table.Cell className="numeric">{nok(summary.totals.shareOfActual)}</Table.Cell>
              <Table.Cell className="numeric">{nok(summary.totals.paid)}</Table.Cell>
              <Table.Cell className="numeric">{nok(summary.totals.fromFund)}</Table.Cell>
              <Table.Cell className="numeric">{nok(summary.totals.balance)}</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Paragraph data-size="sm">{t('settlement.signs')}</Paragraph>
      <ActualPerComponentTable
        caption={t('settlement.componentsCaption')}
        rows={summary.components.map((c) => ({ id: c.id, name: c.name, amount: c.actual }))}
      />
      <FundYears summary={summary} />
    </section>
  );
}

/**
 * The actual cost per budget component, as the ledger gave it: in the import's check and in the saved
 * settlement, so the figure the user checked reads the same after saving.
 */
export function ActualPerComponentTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly { id: string; name: string; amount: number }[];
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <ScrollRegion>
      <Table data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('settlement.col.component')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('settlement.col.actual')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              <Table.Cell className="numeric">{formatNok(row.amount, language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function FundYears({ summary }: { summary: SettlementSummary }) {
  const t = useT();
  const { language } = useLanguage();
  if (summary.fundYears.length === 0) return <Paragraph data-size="sm">{t('settlement.noFund')}</Paragraph>;
  const nok = (value: number) => formatNok(value, language);
  return (
    <ScrollRegion>
      <Table data-size="sm">
        <caption>{t('settlement.fundCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('settlement.col.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('settlement.col.opening')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('settlement.col.paidIn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('settlement.col.paidOut')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('settlement.col.closing')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {summary.fundYears.map((y) => (
            <Table.Row key={y.year}>
              <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
              <Table.Cell className="numeric">{nok(y.opening)}</Table.Cell>
              <Table.Cell className="numeric">{nok(y.paidIn)}</Table.Cell>
              <Table.Cell className="numeric">{nok(y.paidOut)}</Table.Cell>
              <Table.Cell className="numeric">{nok(y.closing)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
