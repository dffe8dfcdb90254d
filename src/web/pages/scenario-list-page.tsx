import '../components/scenario/scenario.css';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { Localized } from '../components/localized.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { CompareForm } from '../components/scenario/compare-form.tsx';
import { ScenarioTable } from '../components/scenario/scenario-table.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';

/** `/saker/:caseId/scenarier`: the scenarios of a case, and a form to compare two of them. */
export default function ScenarioListPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('scenarios.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
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
            {view.document.scenarios.length === 0 ? (
              <EmptyState message={t('scenarios.empty')} />
            ) : (
              <>
                <ScenarioTable caseId={caseId} document={view.document} />
                <CompareForm caseId={caseId} scenarios={view.document.scenarios} />
              </>
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
