import { Details, Paragraph, Table } from '@digdir/designsystemet-react';
import type { IndicatorBenchmark, MunicipalityBenchmark } from '../../../case/reference/benchmark.ts';
import type { KostraSource } from '../../../case/reference/benchmark-indicators.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface IndicatorTableProps {
  municipality: MunicipalityBenchmark;
  indicator: IndicatorBenchmark;
}

/**
 * One indicator of one municipality per year: the municipality, its KOSTRA group, the country without Oslo and
 * each neighbour, `..` where the data lacks a figure, and the SSB table and year of every figure given.
 */
export function IndicatorTable({ municipality, indicator }: IndicatorTableProps) {
  const t = useT();
  const caption = t('benchmark.tableCaption', { indicator: indicator.label, name: municipality.name });
  const group = municipality.kostraGroup;
  const sources: { label: string; source: KostraSource }[] = [];
  for (const y of indicator.years) {
    const named = [
      { name: municipality.name, figure: y.municipality },
      { name: group ? t('benchmark.col.group', { number: group.number }) : '', figure: y.group },
      { name: t('benchmark.col.country'), figure: y.country },
      ...y.neighbours.map((n) => ({ name: n.name, figure: n })),
    ];
    for (const { name, figure } of named)
      if (figure.source) sources.push({ label: name, source: figure.source });
  }
  return (
    <>
      <ScrollRegion>
        <Table border data-color="neutral" data-size="sm">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('benchmark.col.year')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {municipality.name}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {group ? t('benchmark.col.group', { number: group.number }) : '..'}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('benchmark.col.country')}
              </Table.HeaderCell>
              {municipality.neighbours.map((n) => (
                <Table.HeaderCell key={n.number} scope="col" className="numeric">
                  {n.name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {indicator.years.map((y) => (
              <Table.Row key={y.year}>
                <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatNumber(y.municipality.value)}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(y.group.value)}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(y.country.value)}</Table.Cell>
                {y.neighbours.map((n) => (
                  <Table.Cell key={n.number} className="numeric">
                    {formatNumber(n.value)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Details>
        <Details.Summary>{t('benchmark.sourcesSummary')}</Details.Summary>
        <Details.Content>
          {sources.length === 0 ? (
            <Paragraph data-size="sm">{t('benchmark.noSources')}</Paragraph>
          ) : (
            <ul>
              {sources.map(({ label, source }) => (
                <li key={`${source.region}-${source.year}-${label}`}>
                  {t('benchmark.sourceLine', { region: label, year: source.year, table: source.table })}
                </li>
              ))}
            </ul>
          )}
        </Details.Content>
      </Details>
    </>
  );
}
