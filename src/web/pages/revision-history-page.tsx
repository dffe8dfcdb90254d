import { Alert, Button, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatTimestamp } from '../../i18n/format.ts';
import { listCases, listRevisions } from '../api/cases-api.ts';
import { setApiLanguage } from '../api/http-client.ts';
import { ChangeList } from '../components/change-list.tsx';
import type { CaseRole, RevisionEntry, RevisionMeta, RevisionPage } from '../api/types.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorState } from '../components/error-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { RestoreRevisionButton } from '../components/restore-revision-button.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';

/**
 * `/saker/:caseId/historikk`: the revisions with who, when, comment and what changed in words, newest first, a
 * page at a time: a case's history can run to thousands of revisions, and the newest are what people look for.
 * Editors and owners can restore an older revision, which saves it again as the newest.
 */
export default function RevisionHistoryPage() {
  const t = useT();
  // The server words the changes in the interface language: a new language asks again.
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  const [restored, setRestored] = useState<{ from: number; saved: RevisionMeta } | null>(null);
  usePageTitle(t('history.title'));
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal) => {
        // This effect runs before the language provider's own, which tells the API client; say it first here.
        setApiLanguage(language);
        const [first, cases] = await Promise.all([listRevisions(caseId, signal), listCases(signal)]);
        const role = cases.find((summary) => summary.id === caseId)?.role ?? 'reader';
        return { first, role, language };
      },
      [caseId, language],
    ),
  );
  const onRestored = (from: number, saved: RevisionMeta) => {
    setRestored({ from, saved });
    resource.reload();
  };
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('history.title')}
      </Heading>
      {restored && <RestoredNotice caseId={caseId} from={restored.from} saved={restored.saved} />}
      <ResourceView resource={resource} loadingLabel={t('loading.history')}>
        {({ first, role }) => (
          <HistoryPages
            key={`${caseId}#${first.items[0]?.revision ?? 0}`}
            caseId={caseId}
            first={first}
            role={role}
            onRestored={onRestored}
          />
        )}
      </ResourceView>
    </>
  );
}

/** «Revisjon 1 er gjenopprettet som revisjon 4», with a link to it; takes the focus so it is heard. */
function RestoredNotice({ caseId, from, saved }: { caseId: string; from: number; saved: RevisionMeta }) {
  const t = useT();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [saved.revision]);
  return (
    <Alert ref={notice} tabIndex={-1} data-color="success" className="page-notice">
      <Paragraph>{t('history.restored', { from, revision: saved.revision })}</Paragraph>
      <DsLink asChild>
        <Link to={casePaths(caseId).revision(saved.revision)}>
          {t('history.restoredLink', { revision: saved.revision })}
        </Link>
      </DsLink>
    </Alert>
  );
}

interface HistoryPagesProps {
  caseId: string;
  first: RevisionPage;
  role: CaseRole;
  onRestored: (from: number, saved: RevisionMeta) => void;
}

/** The first page and every older page the user asked for, with the button that fetches the next. */
function HistoryPages({ caseId, first, role, onRestored }: HistoryPagesProps) {
  const t = useT();
  const paths = casePaths(caseId);
  const [older, setOlder] = useState<RevisionPage[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pages = [first, ...older];
  const revisions: RevisionEntry[] = pages.flatMap((page) => page.items);
  const next = pages.at(-1)?.older ?? null;
  const latest = revisions[0]?.revision;

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
      <ScrollRegion>
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
                <Table.Cell className="user-text">{entry.comment}</Table.Cell>
                <Table.Cell>
                  <ChangeList changes={entry.changes} isFirst={entry.revision === 1} />
                  {position > 0 && role !== 'reader' && latest !== undefined && (
                    <p className="history-restore">
                      <RestoreRevisionButton
                        caseId={caseId}
                        revision={entry.revision}
                        latestRevision={latest}
                        onRestored={(saved) => onRestored(entry.revision, saved)}
                      />
                    </p>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
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
