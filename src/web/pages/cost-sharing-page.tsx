import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { CostSharingWorkspace } from '../components/cost-sharing/cost-sharing-workspace.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * `/saker/:caseId/kostnadsdeling`: fair cost sharing of a scenario. The coalition costs, the simple keys and
 * the game-theoretic allocations side by side with the core check in words, the core as a triangle, and the
 * net effect per municipality and year; computed on the server (`GET …/cost-sharing`).
 */
export default function CostSharingPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  usePageTitle(t('costSharing.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('costSharing.title')}
      </Heading>
      <Paragraph className="lead">{t('costSharing.lead')}</Paragraph>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) =>
          view.document.scenarios.length === 0 ? (
            <EmptyState message={t('costSharing.noScenarios')} />
          ) : (
            <CostSharingWorkspace caseId={caseId} document={view.document} canEdit={view.role !== 'reader'} />
          )
        }
      </ResourceView>
    </>
  );
}
