import '../components/scenario/scenario.css';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { Localized } from '../components/localized.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { CompareForm } from '../components/scenario/compare-form.tsx';
import { DeleteScenarioButton } from '../components/scenario/delete-scenario-button.tsx';
import { NewScenarioForm } from '../components/scenario/new-scenario-form.tsx';
import { ScenarioTable } from '../components/scenario/scenario-table.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';

/**
 * `/saker/:caseId/scenarier`: the scenarios of a case, a form to compare two of them, and for editors and
 * owners «Nytt scenario» and a «Slett» button per scenario.
 */
export default function ScenarioListPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('scenarios.title'));
  const { language } = useLanguage();
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  const [deleted, setDeleted] = useState(false);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('scenarios.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) => (
          <>
            <Paragraph className="lead">
              <Localized text={view.document.title} />
            </Paragraph>
            <Paragraph>{t('scenarios.intro')}</Paragraph>
            {deleted && (
              <Alert data-color="success" className="page-notice" role="status">
                {t('scenarioDelete.done')}
              </Alert>
            )}
            {view.document.scenarios.length === 0 ? (
              <EmptyState message={t('scenarios.empty')} />
            ) : (
              <>
                <ScenarioTable
                  caseId={caseId}
                  document={view.document}
                  actions={
                    view.role === 'reader'
                      ? undefined
                      : (scenario) => (
                          <DeleteScenarioButton
                            caseId={caseId}
                            scenarioId={scenario.id}
                            name={localized(scenario.name, language)}
                            latestRevision={view.revision.revision}
                            onDeleted={() => {
                              setDeleted(true);
                              resource.reload();
                            }}
                          />
                        )
                  }
                />
                <CompareForm caseId={caseId} scenarios={view.document.scenarios} />
              </>
            )}
            {view.role !== 'reader' && (
              <NewScenarioForm
                caseId={caseId}
                document={view.document}
                latestRevision={view.revision.revision}
              />
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
