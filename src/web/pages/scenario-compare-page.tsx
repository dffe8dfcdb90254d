import '../components/scenario/scenario.css';
import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { CompareForm } from '../components/scenario/compare-form.tsx';
import { CompareView } from '../components/scenario/compare-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** `/saker/:caseId/scenarier/sammenlign?a=ID&b=ID`: two scenarios side by side. */
export default function ScenarioComparePage() {
  const t = useT();
  const { caseId = '' } = useParams();
  const [search] = useSearchParams();
  const a = search.get('a') ?? undefined;
  const b = search.get('b') ?? undefined;
  usePageTitle(t('compare.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  return (
    <>
      <Paragraph data-size="sm">
        <DsLink asChild>
          <Link to={casePaths(caseId).scenarios}>{t('scenarios.backToList')}</Link>
        </DsLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('compare.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.case')}>
        {(view) => {
          const first = view.document.scenarios.find((s) => s.id === a);
          const second = view.document.scenarios.find((s) => s.id === b);
          return (
            <>
              {first && second ? (
                <CompareView key={`${a}|${b}`} document={view.document} a={first} b={second} />
              ) : (
                <EmptyState message={t('compare.choose')} />
              )}
              <CompareForm
                key={`${a}|${b}`}
                caseId={caseId}
                scenarios={view.document.scenarios}
                a={first?.id}
                b={second?.id}
              />
            </>
          );
        }}
      </ResourceView>
    </>
  );
}
