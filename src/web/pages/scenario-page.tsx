import '../components/scenario/scenario.css';
import { Alert, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { Localized } from '../components/localized.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { ScenarioWorkspace } from '../components/scenario/scenario-workspace.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** `/saker/:caseId/scenarier/:scenarioId`: one scenario's figures, editor, results and simulation. */
export default function ScenarioPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '', scenarioId = '' } = useParams();
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  const scenario =
    resource.state.status === 'success'
      ? resource.state.data.document.scenarios.find((s) => s.id === scenarioId)
      : undefined;
  usePageTitle(scenario ? localized(scenario.name, language) : t('scenarios.title'));
  const { reload } = resource;
  const onSaved = useCallback(
    (revision: number) => {
      setSavedRevision(revision);
      reload();
    },
    [reload],
  );
  return (
    <>
      <Paragraph data-size="sm">
        <DsLink asChild>
          <Link to={casePaths(caseId).scenarios}>{t('scenarios.backToList')}</Link>
        </DsLink>
      </Paragraph>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) => {
          const current = view.document.scenarios.find((s) => s.id === scenarioId);
          if (!current) {
            return (
              <>
                <Heading level={1} data-size="lg">
                  {t('scenarios.title')}
                </Heading>
                <EmptyState message={t('scenarios.notFound', { id: scenarioId })} />
              </>
            );
          }
          return (
            <>
              <Heading level={1} data-size="lg">
                <Localized text={current.name} />
              </Heading>
              {current.description && <Paragraph className="lead">{current.description}</Paragraph>}
              {savedRevision !== null && (
                <Alert data-color="success" className="page-notice" role="status">
                  <Paragraph>{t('edit.saved', { revision: savedRevision })}</Paragraph>
                </Alert>
              )}
              <ScenarioWorkspace
                key={view.revision.revision}
                caseId={caseId}
                view={view}
                scenario={current}
                onSaved={onSaved}
              />
            </>
          );
        }}
      </ResourceView>
    </>
  );
}
