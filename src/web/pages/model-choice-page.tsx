import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { getCase } from '../api/cases-api.ts';
import { getModelChoice } from '../api/model-choice-api.ts';
import { DownloadTable } from '../components/export/download-table.tsx';
import { AssumptionsSection } from '../components/assumptions-section.tsx';
import { AreaChoice } from '../components/model-choice/area-choice.tsx';
import { ModelChoiceAnswer } from '../components/model-choice/model-choice-answer.tsx';
import { ModelChoiceEditors } from '../components/model-choice/model-choice-editors.tsx';
import { FeasibilityMatrixTable } from '../components/model-choice/feasibility-matrix-table.tsx';
import '../components/model-choice/model-choice.css';
import { ExplainContext } from '../components/explain/explain-context.tsx';
import { RankingView } from '../components/model-choice/ranking-view.tsx';
import { StaffTransferView } from '../components/model-choice/staff-transfer-view.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * `/saker/:caseId/modellvalg`: the answer (the best-ranked model) and the ranking with robustness first, then the
 * legal feasibility matrix (with procurement and staff columns), the transfer of staff with its duties, and for
 * editors the weighting and scoring forms behind «Endre forutsetninger».
 */
export default function ModelChoicePage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  usePageTitle(t('modelChoice.title'));
  const caseResource = useApiResource(
    useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]),
  );
  const choice = useApiResource(
    useCallback((signal: AbortSignal) => getModelChoice(caseId, signal), [caseId]),
  );
  // The areas the ranking covers: `null` until the user changes them (the server's package, all by default).
  const [areaIds, setAreaIds] = useState<string[] | null>(null);
  const ranked = useApiResource(
    useCallback((signal: AbortSignal) => getModelChoice(caseId, signal, areaIds), [caseId, areaIds]),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('modelChoice.title')}
      </Heading>
      <Paragraph className="lead">{t('modelChoice.lead')}</Paragraph>
      {/* The answer follows the areas the reader chose for the ranking below. */}
      <ResourceView resource={ranked} loadingLabel={t('modelChoice.loading')}>
        {(analysis) => <ModelChoiceAnswer sets={analysis.sets} />}
      </ResourceView>
      <section aria-labelledby="ranking-heading" className="model-choice-section">
        <Heading level={2} data-size="md" id="ranking-heading">
          {t('modelChoice.rankingHeading')}
        </Heading>
        <ResourceView resource={choice} loadingLabel={t('modelChoice.loading')}>
          {(analysis) => (
            <AreaChoice
              areas={analysis.matrix.areas.map((a) => ({ id: a.id, name: localized(a.name, language) }))}
              chosen={areaIds ?? analysis.sets[0]?.package.areaIds ?? analysis.matrix.areas.map((a) => a.id)}
              onChange={setAreaIds}
            />
          )}
        </ResourceView>
        {areaIds?.length === 0 ? null : (
          <ResourceView resource={ranked} loadingLabel={t('modelChoice.loading')}>
            {(analysis) => {
              const areaNames = new Map(
                analysis.matrix.areas.map((a) => [a.id, localized(a.name, language)]),
              );
              // Each rank and weighted value opens its explanation, for the revision the ranking comes from.
              return (
                <ExplainContext.Provider value={{ caseId, revision: analysis.revision }}>
                  {analysis.sets.map((set) => (
                    <RankingView key={set.criteriaSetId} choice={set} areaNames={areaNames} />
                  ))}
                  <DownloadTable caseId={caseId} table="model-ranking" revision={analysis.revision} />
                </ExplainContext.Provider>
              );
            }}
          </ResourceView>
        )}
      </section>
      <section aria-labelledby="matrix-heading" className="model-choice-section">
        <Heading level={2} data-size="md" id="matrix-heading">
          {t('modelChoice.matrixHeading')}
        </Heading>
        <Paragraph>{t('modelChoice.matrixIntro')}</Paragraph>
        <ResourceView resource={choice} loadingLabel={t('modelChoice.loading')}>
          {(analysis) => (
            <>
              <FeasibilityMatrixTable matrix={analysis.matrix} />
              <DownloadTable caseId={caseId} table="model-matrix" revision={analysis.revision} />
            </>
          )}
        </ResourceView>
      </section>
      <section aria-labelledby="staff-heading" className="model-choice-section">
        <Heading level={2} data-size="md" id="staff-heading">
          {t('modelChoice.staffHeading')}
        </Heading>
        <ResourceView resource={choice} loadingLabel={t('modelChoice.loading')}>
          {(analysis) => <StaffTransferView transfers={analysis.staffTransfers} />}
        </ResourceView>
      </section>
      {/* Readers get the results only. The forms stay mounted (behind «Endre forutsetninger») while the
          ranking reloads, so their status and base revision survive a save. */}
      <ResourceView resource={caseResource} loadingLabel={t('loading.case')}>
        {(view) =>
          view.role === 'reader' ? null : (
            <AssumptionsSection>
              <ModelChoiceEditors
                key={view.revision.revision}
                caseId={caseId}
                view={view}
                onSaved={() => {
                  choice.reload();
                  ranked.reload();
                }}
              />
            </AssumptionsSection>
          )
        }
      </ResourceView>
    </>
  );
}
