import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { populationSum } from '../../case/population-sum.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { formatNumber, formatPlanDate } from '../../i18n/format.ts';
import { formatSource } from '../format/format-source.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { Figure } from './figure.tsx';
import { ScrollRegion } from './scroll-region.tsx';

export interface ParticipantsTableProps {
  document: CaseDocument;
  /** Shown under the table, e.g. the button that fills the population from SSB's figures. @default none */
  actions?: ReactNode;
}

/** The municipalities with their population, its reference date and source. */
export function ParticipantsTable({ document, actions }: ParticipantsTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const source = (ref: Parameters<typeof formatSource>[0]) =>
    formatSource(ref, document.sources, t, language);
  const sum = populationSum(document);
  return (
    <section aria-labelledby="participants-heading" className="overview-section">
      <Heading level={2} data-size="md" id="participants-heading">
        {t('overview.participants')}
      </Heading>
      <ScrollRegion>
        <Table border data-color="neutral">
          <caption>{t('overview.participantsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('col.municipalityNumber')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('col.population')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('col.referenceDate')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('col.source')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {document.participants.flatMap((participant) => {
              const figures = participant.population.length > 0 ? participant.population : [null];
              return figures.map((figure, index) => (
                <Table.Row key={`${participant.municipalityNumber}-${index}`}>
                  <Table.HeaderCell scope="row">{participant.name}</Table.HeaderCell>
                  <Table.Cell>{participant.municipalityNumber}</Table.Cell>
                  <Table.Cell className="numeric">
                    <Figure value={figure ? formatNumber(figure.value) : null} />
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    {figure ? formatPlanDate(figure.referenceDate, language) : ''}
                  </Table.Cell>
                  <Table.Cell>{figure ? source(figure.source) : ''}</Table.Cell>
                </Table.Row>
              ));
            })}
            {sum && document.participants.length > 1 && (
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row">{t('overview.populationSum')}</Table.HeaderCell>
                <Table.Cell />
                <Table.Cell className="numeric">{formatNumber(sum.value)}</Table.Cell>
                <Table.Cell className="nowrap">{formatPlanDate(sum.referenceDate, language)}</Table.Cell>
                <Table.Cell>{t('overview.populationSumSource')}</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {actions}
      {document.combinedPopulation.map((figure) => {
        const stated = {
          value: formatNumber(figure.value),
          date: formatPlanDate(figure.referenceDate, language),
          source: source(figure.source),
        };
        // Two sourced totals that disagree are both shown, with why: never one beside the other in silence.
        const differs = sum !== null && sum.value !== figure.value;
        return (
          <Paragraph key={`${figure.referenceDate}-${figure.value}`} data-size="sm">
            {differs
              ? t('overview.combinedPopulationDiffers', {
                  ...stated,
                  sum: formatNumber(sum.value),
                  sumDate: formatPlanDate(sum.referenceDate, language),
                  difference: formatNumber(Math.abs(sum.value - figure.value)),
                })
              : t('overview.combinedPopulation', stated)}
          </Paragraph>
        );
      })}
    </section>
  );
}
