import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { CaseOverview } from '../components/case-overview.tsx';
import { ChangeEffect } from '../components/change-effect.tsx';
import { PopulationFill } from '../components/population-fill.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

/** What the baseline editor passes on after a save. */
export interface SavedState {
  savedRevision?: number;
  /** The revision the saved change was based on: what «Dette endret seg» compares with. */
  baseRevision?: number;
}

function savedRevisionOf(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null || !('savedRevision' in state)) return undefined;
  return typeof state.savedRevision === 'number' ? state.savedRevision : undefined;
}

function baseRevisionOf(state: unknown, saved: number): number {
  const base =
    typeof state === 'object' && state !== null && 'baseRevision' in state ? state.baseRevision : undefined;
  return typeof base === 'number' && base >= 1 && base < saved ? base : Math.max(1, saved - 1);
}

/** `/saker/:caseId/oversikt`: the latest revision of a case. */
export default function CaseOverviewPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const saved = savedRevisionOf(location.state);
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  const title =
    resource.state.status === 'success'
      ? localized(resource.state.data.document.title, language)
      : t('nav.overview');
  usePageTitle(title);
  return (
    <ResourceView resource={resource} loadingLabel={t('loading.case')}>
      {(view) => (
        <CaseOverview
          view={view}
          participantsActions={
            view.role !== 'reader' && (
              <PopulationFill
                caseId={caseId}
                latestRevision={view.revision.revision}
                onSaved={(revision) => {
                  // The same page with the saved notice and what changed, as after any other save.
                  navigate(casePaths(caseId).overview, {
                    replace: true,
                    state: {
                      savedRevision: revision.revision,
                      baseRevision: view.revision.revision,
                    } satisfies SavedState,
                  });
                  resource.reload();
                }}
              />
            )
          }
          notice={
            saved !== undefined && (
              <>
                <Alert data-color="success" className="page-notice" role="status">
                  <Paragraph>{t('overview.saved', { revision: saved })}</Paragraph>
                </Alert>
                <ChangeEffect caseId={caseId} revision={saved} from={baseRevisionOf(location.state, saved)} />
              </>
            )
          }
        />
      )}
    </ResourceView>
  );
}
