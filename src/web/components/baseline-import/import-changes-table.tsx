import { Heading, Table } from '@digdir/designsystemet-react';
import type { ImportChange } from '../../api/baseline-import-api.ts';
import { useT } from '../../i18n/use-t.ts';

export interface ImportChangesTableProps {
  /** The group's heading, with its count: «Endringer (3)». */
  heading: string;
  /** Id of the heading, which names the table's region. */
  headingId: string;
  changes: readonly ImportChange[];
}

/** One group of an import's changes (added, changed or removed) as a table: row, field, before, after, source. */
export function ImportChangesTable({ heading, headingId, changes }: ImportChangesTableProps) {
  const t = useT();
  const hasSource = changes.some((change) => change.sourceText !== undefined);
  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={3} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {/* A scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <div className="table-scroll import-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <Table border data-color="neutral" data-size="sm" data-import-changes={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('import.col.row')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('import.col.field')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('import.col.before')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('import.col.after')}</Table.HeaderCell>
              {hasSource && <Table.HeaderCell scope="col">{t('import.col.source')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {changes.map((change) => (
              <Table.Row key={`${change.kind}-${change.path}`}>
                <Table.HeaderCell scope="row">{change.row}</Table.HeaderCell>
                <Table.Cell>{change.field ?? ''}</Table.Cell>
                <Table.Cell>{change.beforeText}</Table.Cell>
                <Table.Cell>{change.afterText}</Table.Cell>
                {hasSource && <Table.Cell>{change.sourceText ?? ''}</Table.Cell>}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
