import { Button, Heading, Link as DsLink, Table } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatTimestamp } from '../../i18n/format.ts';
import { listRevisions } from '../api/cases-api.ts';
import { ChangeList } from '../components/change-list.tsx';
import type { RevisionEntry, RevisionPage } from '../api/types.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorState } from '../components/error-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/**
 * `/saker/:caseId/historikk`: the revisions with who, when, comment and what changed, newest first, a page
 * at a time: a case's history can run to thousands of revisions, and the newest are what people look for.
 */
export default function RevisionHistoryPage() {
  const t = useT();
  const { caseId = '' } = useParams();
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
        {(first) => <HistoryPages key={caseId} caseId={caseId} first={first} />}
      </ResourceView>
    </>
  );
}

/** The first page and every older page the user asked for, with the button that fetches the next. */
function HistoryPages({ caseId, first }: { caseId: string; first: RevisionPage }) {
  const t = useT();
  const paths = casePaths(caseId);
  const [older, setOlder] = useState<RevisionPage[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pages = [first, ...older];
  const revisions: RevisionEntry[] = pages.flatMap((page) => page.items);
  const next = pages.at(-1)?.older ?? null;

  const loadOlder = () => {
    if (next === null) return;
    setLoading(true);
    setError(null);
    listRevisions(caseId, undefined, next).then(
      (page) => {
        setOlder((loaded) => [...loaded, page]);
        setLoading(false);
      },
      (failure: unknown) => {
        setError(failure);
        setLoading(false);
      },
    );
  };

  if (revisions.length === 0) return <EmptyState message={t('history.empty')} />;
  return (
    <>
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
      {error !== null && <ErrorState error={error} onRetry={loadOlder} />}
      {next !== null && (
        <p aria-live="polite">
          <Button variant="secondary" onClick={loadOlder} aria-busy={loading} disabled={loading}>
            {loading ? t('history.loadingOlder') : t('history.older')}
          </Button>
        </p>
      )}
    </>
  );
}
