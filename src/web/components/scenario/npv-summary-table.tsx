import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { ScenarioSummary, CashFlowFigures } from '../../../engine/economics/scenario-summary.ts';
import { formatMillionNok } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { conventionText } from '../../model/scenario/discount-text.ts';
import { irrReason, irrText, paybackText } from '../../model/scenario/figure-text.ts';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

/** A municipality's number and name. */
export interface MunicipalityName {
  id: string;
  name: string;
}

export interface NpvSummaryTableProps {
  summary: ScenarioSummary;
  municipalities: readonly MunicipalityName[];
  /** The scenario, to let each NPV open its explanation (within an `ExplainContext`). */
  scenarioId?: string | undefined;
}

/**
 * NPV, payback year and IRR per municipality and in total at the inputs' medians, with the convention stated.
 * No payback year without an outlay, and the IRR only where it means something, else why not.
 */
export function NpvSummaryTable({ summary, municipalities, scenarioId }: NpvSummaryTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const parties = [
    ...municipalities.flatMap((m) => {
      const figures = summary.perMunicipality[m.id];
      return figures ? [{ name: m.name, figures }] : [];
    }),
    { name: t('results.total'), figures: summary.total },
  ];
  // Why the IRR is not shown, once per reason, naming whom it concerns.
  const reasons = new Map<string, string[]>();
  for (const party of parties) {
    const reason = irrReason(party.figures.irr, t);
    if (reason) reasons.set(reason, [...(reasons.get(reason) ?? []), party.name]);
  }
  const caption = t('results.npvCaption', { baseYear: summary.convention.baseYear });
  const row = (key: string, name: string, figures: CashFlowFigures, total = false) => {
    const npvText = formatMillionNok(figures.npv, language);
    return (
      <Table.Row key={key} className={total ? 'total-row' : undefined}>
        <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
        <Table.Cell className="numeric">
          {scenarioId === undefined ? (
            npvText
          ) : (
            <ExplainableFigure
              figure={`scenario:${scenarioId}/npv/${key}`}
              text={npvText}
              label={total ? t('explain.label.npvTotal') : t('explain.label.npv', { name })}
            />
          )}
        </Table.Cell>
        <Table.Cell className="numeric">{paybackText(figures, t)}</Table.Cell>
        <Table.Cell className="numeric">{irrText(figures.irr, t)}</Table.Cell>
      </Table.Row>
    );
  };
  return (
    <>
      <ScrollRegion label={caption}>
        <Table border data-color="neutral" className="npv-table">
          <caption>{caption}</caption>
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
      </ScrollRegion>
      {[...reasons].map(([reason, names]) => (
        <Paragraph key={reason} data-size="sm" className="figure-reason">
          {t('results.irrNotMeaningfulFor', { names: names.join(', '), reason })}
        </Paragraph>
      ))}
      <Paragraph data-size="sm">{t('results.npvExplained')}</Paragraph>
      <Paragraph data-size="sm">{conventionText(summary.convention, t)}</Paragraph>
      <Paragraph data-size="sm">{t('results.paybackExplained')}</Paragraph>
    </>
  );
}
