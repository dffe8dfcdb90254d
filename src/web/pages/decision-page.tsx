import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { getDecision } from '../api/decision-api.ts';
import { DecisionAnswer } from '../components/decision/decision-answer.tsx';
import { DecisionChoosers } from '../components/decision/decision-choosers.tsx';
import { DecisionContext } from '../components/decision/decision-context.tsx';
import { DecisionPlaceholders } from '../components/decision/decision-placeholders.tsx';
import { DecisionYears } from '../components/decision/decision-years.tsx';
import { municipalitySlug } from '../components/decision/municipality-slug.ts';
import '../components/decision/decision.css';
import { ExplainContext } from '../components/explain/explain-context.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

// The municipality last chosen on this device, per case, so a reader from Melhus lands on Melhus again.
const storageKey = (caseId: string) => `flokk.decision.kommune.${caseId}`;

function rememberedSlug(caseId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(caseId));
  } catch {
    return null;
  }
}

/** The page for one chosen municipality and scenario; loads when either changes. */
function DecisionBody({
  caseId,
  municipality,
  scenarioId,
}: {
  caseId: string;
  municipality: string;
  scenarioId: string;
}) {
  const t = useT();
  const { language } = useLanguage();
  const decision = useApiResource(
    useCallback(
      (signal: AbortSignal) => getDecision(caseId, municipality, scenarioId, signal),
      [caseId, municipality, scenarioId],
    ),
  );
  return (
    <ResourceView resource={decision} loadingLabel={t('decision.loading')}>
      {(summary) => (
        <ExplainContext.Provider value={{ caseId, revision: summary.revision }}>
          {!summary.decided && (
            <Alert data-color="info" data-size="sm" className="decision-section decision-notice">
              <Paragraph>
                {t('decision.noDecision', { scenario: localized(summary.scenario.name, language) })}
              </Paragraph>
            </Alert>
          )}
          <DecisionAnswer summary={summary} />
          <DecisionPlaceholders summary={summary} />
          <DecisionYears summary={summary} />
          <DecisionContext summary={summary} />
        </ExplainContext.Provider>
      )}
    </ResourceView>
  );
}

/**
 * `/saker/:caseId`: «Hva betyr dette for Melhus?», the first page a signed-in reader sees. The municipality
 * and scenario come from the address (`?kommune=melhus&scenario=…`); without them, the municipality last
 * chosen here and the case's first scenario. The case records no chosen scenario, and the page says so.
 */
export default function DecisionPage() {
  const t = useT();
  const { caseId = '' } = useParams();
  const [search] = useSearchParams();
  const caseResource = useApiResource(
    useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]),
  );
  const slugParam = search.get('kommune');
  useEffect(() => {
    if (!slugParam) return;
    try {
      window.localStorage.setItem(storageKey(caseId), slugParam);
    } catch {
      // Private browsing may refuse storage; the page still works, it only forgets the choice.
    }
  }, [caseId, slugParam]);
  const caseView = caseResource.state.status === 'success' ? caseResource.state.data : null;
  const participants = (caseView?.document.participants ?? []).map((p) => ({
    number: p.municipalityNumber as string,
    name: p.name,
  }));
  const wanted = slugParam ?? rememberedSlug(caseId);
  const chosen = participants.find((p) => municipalitySlug(p.name) === wanted) ?? participants[0];
  usePageTitle(chosen ? t('decision.title', { municipality: chosen.name }) : t('decision.titlePlain'));
  return (
    <div className="decision-page">
      <Heading level={1} data-size="lg">
        {chosen ? t('decision.title', { municipality: chosen.name }) : t('decision.titlePlain')}
      </Heading>
      <ResourceView resource={caseResource} loadingLabel={t('loading.case')}>
        {(view) => {
          const scenarios = view.document.scenarios.map((s) => ({ id: s.id, name: s.name }));
          const scenarioId =
            scenarios.find((s) => s.id === search.get('scenario'))?.id ?? scenarios[0]?.id ?? '';
          // A new blank case has no scenario yet: there is no answer to give, so say what is missing.
          if (!chosen || !scenarioId)
            return (
              <>
                <EmptyState message={t('decision.noScenarios')} />
                <Paragraph>
                  <Link to={casePaths(caseId).scenarios}>{t('decision.toScenarios')}</Link>
                </Paragraph>
              </>
            );
          return (
            <>
              <DecisionChoosers
                municipalities={participants}
                municipality={chosen.number}
                scenarios={scenarios}
                scenarioId={scenarioId}
              />
              <DecisionBody caseId={caseId} municipality={chosen.number} scenarioId={scenarioId} />
            </>
          );
        }}
      </ResourceView>
    </div>
  );
}
