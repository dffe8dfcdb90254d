import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatNok } from '../../../i18n/format.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { StatusTag } from '../status-tag.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface CoalitionCostTableProps {
  comparison: CostSharingResponse;
}

/** The model the costs are derived from, every group's cost marked derived or typed, and the warnings. */
export function CoalitionCostTable({ comparison }: CoalitionCostTableProps) {
  const t = useT();
  const nameOf = (m: string) => comparison.players.find((p) => p.municipality === m)?.name ?? m;
  const { table } = comparison;
  const anyTyped = table.rows.some((row) => row.origin === 'typed');
  const caption = t('costSharing.costsCaption');
  return (
    <section aria-labelledby="coalition-costs-heading" className="cost-sharing-section">
      <Heading level={3} data-size="sm" id="coalition-costs-heading">
        {t('costSharing.modelHeading')}
      </Heading>
      {comparison.model.map((line) => (
        <Paragraph key={line} data-size="sm">
          {line}
        </Paragraph>
      ))}
      {table.typed && (
        <Paragraph data-size="sm">{t('costSharing.typedSource', { id: table.typed.id })}</Paragraph>
      )}
      <ScrollRegion label={caption}>
        <Table border data-color="neutral" className="coalition-cost-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('costSharing.colGroup')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('costSharing.colCost')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('costSharing.colOrigin')}</Table.HeaderCell>
              {anyTyped && (
                <Table.HeaderCell scope="col" className="numeric">
                  {t('costSharing.colDerived')}
                </Table.HeaderCell>
              )}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {table.rows.map((row) => (
              <Table.Row key={row.mask}>
                <Table.HeaderCell scope="row">{row.members.map(nameOf).join(' + ')}</Table.HeaderCell>
                <Table.Cell className="numeric">
                  {formatNok(row.cost === null ? null : Math.round(row.cost))}
                </Table.Cell>
                <Table.Cell>
                  <StatusTag tone={row.origin === 'typed' ? 'info' : 'neutral'}>
                    {row.origin === 'typed' ? t('costSharing.typed') : t('costSharing.derived')}
                  </StatusTag>
                </Table.Cell>
                {anyTyped && (
                  <Table.Cell className="numeric">
                    {row.origin === 'typed'
                      ? formatNok(row.derived === null ? null : Math.round(row.derived))
                      : ''}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {comparison.warningTexts.length > 0 && (
        <Alert data-color="warning" className="cost-sharing-warnings">
          <Heading level={4} data-size="xs">
            {t('costSharing.warningsHeading')}
          </Heading>
          <ul>
            {comparison.warningTexts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
