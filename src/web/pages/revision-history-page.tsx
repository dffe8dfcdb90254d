import { Heading, Link as DsLink, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { formatTimestamp } from '../../i18n/format.ts';
import { listRevisions } from '../api/cases-api.ts';
import { ChangeList } from '../components/change-list.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** `/saker/:caseId/historikk`: every revision with who, when, comment and what changed. */
export default function RevisionHistoryPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  const paths = casePaths(caseId);
  usePageTitle(t('history.title'));
  const resource = useApiResource(
    useCallback((signal: AbortSignal) => listRevisions(caseId, signal), [caseId]),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('history.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.history')}>
        {(revisions) =>
          revisions.length === 0 ? (
            <EmptyState message={t('history.empty')} />
          ) : (
            <div className="table-scroll">
              <Table border className="history-table" data-color="neutral">
                <caption>{t('history.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('col.revision')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('col.author')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('col.time')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('col.comment')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('col.changes')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {revisions.map((entry, position) => (
                    <Table.Row key={entry.revision}>
                      <Table.HeaderCell scope="row">
                        <DsLink asChild data-color="accent">
                          <Link to={paths.revision(entry.revision)}>
                            {t('history.revisionLink', { revision: entry.revision })}
                          </Link>
                        </DsLink>
                        {position === 0 && (
                          <>
                            {' '}
                            <StatusTag tone="info">{t('history.latest')}</StatusTag>
                          </>
                        )}
                      </Table.HeaderCell>
                      <Table.Cell>{entry.authorName}</Table.Cell>
                      <Table.Cell>
                        <time dateTime={entry.createdAt}>{formatTimestamp(entry.createdAt)}</time>
                      </Table.Cell>
                      <Table.Cell>{entry.comment}</Table.Cell>
                      <Table.Cell>
                        <ChangeList changes={entry.changes} isFirst={entry.revision === 1} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )
        }
      </ResourceView>
    </>
  );
}
