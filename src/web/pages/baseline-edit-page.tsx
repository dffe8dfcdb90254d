import { Alert, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { BaselineEditor } from '../components/baseline-editor.tsx';
import { DownloadTable } from '../components/export/download-table.tsx';
import { Localized } from '../components/localized.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** `/saker/:caseId/grunnlag`: edit the baseline figures (editors and owners); readers get a notice. */
export default function BaselineEditPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('edit.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('edit.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) => (
          <>
            <Paragraph className="lead">
              <Localized text={view.document.title} />
            </Paragraph>
            <Paragraph>
              <DsLink asChild>
                <Link to={casePaths(caseId).baselineImport}>{t('import.link')}</Link>
              </DsLink>
            </Paragraph>
            {view.document.baseline.length > 0 && (
              <DownloadTable caseId={caseId} table="baseline" revision={view.revision.revision} />
            )}
            {view.role === 'reader' ? (
              <Alert data-color="info" className="page-notice">
                <Paragraph>{t('edit.readerNotice')}</Paragraph>
                <DsLink asChild>
                  <Link to={casePaths(caseId).overview}>{t('edit.toOverview')}</Link>
                </DsLink>
              </Alert>
            ) : (
              <BaselineEditor key={view.revision.revision} caseId={caseId} view={view} />
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
