import { Table } from '@digdir/designsystemet-react';
import type { CompareRow } from '../../model/scenario/compare-rows.ts';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';

export interface CompareTableProps {
  rows: readonly CompareRow[];
  /** The two scenarios' names, for the column headings. */
  nameA: string;
  nameB: string;
}

/** Two scenarios side by side, one figure per row, with the difference B − A. */
export function CompareTable({ rows, nameA, nameB }: CompareTableProps) {
  const t = useT();
  return (
    <ScrollRegion>
      <Table border zebra data-color="neutral" className="compare-table">
        <caption>{t('compare.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('compare.measure')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric-heading">
              {t('compare.columnA', { name: nameA })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric-heading">
              {t('compare.columnB', { name: nameB })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric-heading">
              {t('compare.difference')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              <Table.Cell className="numeric">{row.a}</Table.Cell>
              <Table.Cell className="numeric">{row.b}</Table.Cell>
              <Table.Cell className="numeric">{row.difference}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
