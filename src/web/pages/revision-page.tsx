import { Alert, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { getCaseRevision, listCases } from '../api/cases-api.ts';
import { CaseOverview } from '../components/case-overview.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** `/saker/:caseId/historikk/:revision`: one earlier revision, read-only, with a banner saying so. */
export default function RevisionPage() {
  const t = useT();
  const { caseId = '', revision: revisionParam = '' } = useParams();
  const revision = Number(revisionParam);
  const paths = casePaths(caseId);
  usePageTitle(t('revision.pageTitle', { revision: revisionParam }));
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal) => {
        if (!Number.isInteger(revision) || revision < 1) {
          throw new ApiError({ code: 'not_found', status: 404, message: 'No such revision' });
        }
        const [view, cases] = await Promise.all([
          getCaseRevision(caseId, revision, signal),
          listCases(signal),
        ]);
        const latest = cases.find((summary) => summary.id === caseId)?.latestRevision;
        return { view, latest };
      },
      [caseId, revision],
    ),
  );
  return (
    <ResourceView resource={resource} loadingLabel={t('loading.case')}>
      {({ view, latest }) => {
        const isLatest = latest !== undefined && view.revision.revision >= latest;
        return (
          <CaseOverview
            view={view}
            notice={
              <Alert data-color={isLatest ? 'info' : 'warning'} className="page-notice revision-banner">
                <Paragraph>
                  {isLatest
                    ? t('revision.bannerLatest', { revision: view.revision.revision })
                    : t('revision.banner', { revision: view.revision.revision })}
                </Paragraph>
                <Paragraph className="revision-banner__links">
                  {!isLatest && (
                    <DsLink asChild>
                      <Link to={paths.overview}>{t('revision.toLatest')}</Link>
                    </DsLink>
                  )}
                  <DsLink asChild>
                    <Link to={paths.history}>{t('revision.toHistory')}</Link>
                  </DsLink>
                </Paragraph>
              </Alert>
            }
          />
        );
      }}
    </ResourceView>
  );
}
