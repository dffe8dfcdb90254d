import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { WORKFORCE_RUNS, WORKFORCE_SEED } from '../../case/people/workforce-projection.ts';
import { formatNumber } from '../../i18n/format.ts';
import { getCase } from '../api/cases-api.ts';
import { getPeople } from '../api/people-api.ts';
import { DownloadTable } from '../components/export/download-table.tsx';
import { ExplainContext } from '../components/explain/explain-context.tsx';
import { AbsenceRatesForm } from '../components/people/absence-rates-form.tsx';
import { PeopleAnswer } from '../components/people/people-answer.tsx';
import { PeopleInputsSection } from '../components/people/people-inputs-section.tsx';
import { VulnerabilitySection } from '../components/people/vulnerability-section.tsx';
import { WorkforceAssumptionsForm } from '../components/people/workforce-assumptions-form.tsx';
import { WorkforceTable } from '../components/people/workforce-table.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { messageKeyOr } from '../i18n/message-key.ts';
import { useT } from '../i18n/use-t.ts';

const PEOPLE_FORMS = [WorkforceAssumptionsForm, AbsenceRatesForm];

/** `/saker/:caseId/ansatte`: workforce and natural attrition per municipality and joint unit, and vulnerability. */
export default function PeoplePage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  usePageTitle(t('people.title'));
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal) => {
        const [view, people] = await Promise.all([getCase(caseId, signal), getPeople(caseId, signal)]);
        return { document: view.document, people };
      },
      [caseId],
    ),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('people.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.people')}>
        {({ document, people }) => {
          const municipalityName = (id: string) =>
            document.participants.find((p) => p.municipalityNumber === id)?.name ?? id;
          const areaName = (id: string) => {
            const area = document.serviceAreas.find((a) => a.id === id);
            return area ? localized(area.name, language) : id;
          };
          const { workforce } = people;
          const lastYear = workforce.firstYear + workforce.years - 1;
          return (
            <>
              <PeopleAnswer workforce={workforce} areaName={areaName} />
              <Paragraph>{t('people.intro')}</Paragraph>
              {workforce.missing.length > 0 && (
                <Alert data-color="warning" className="page-notice">
                  <Heading level={2} data-size="xs">
                    {t('people.missingHeading')}
                  </Heading>
                  <ul>
                    {workforce.missing.map((path) => (
                      <li key={path}>
                        {t(
                          messageKeyOr(
                            `people.field.${path.split('.').at(-1) ?? ''}`,
                            'people.missingHeading',
                          ),
                        )}
                      </li>
                    ))}
                  </ul>
                  {workforce.bounded && <Paragraph>{t('people.boundsNote')}</Paragraph>}
                </Alert>
              )}
              {/* Each departed-FTE figure opens its explanation, for the revision the view comes from. */}
              <ExplainContext.Provider value={{ caseId, revision: people.revision }}>
                {workforce.areas.map((area) => (
                  <section key={area.areaId} aria-labelledby={`area-${area.areaId}`}>
                    <Heading level={2} data-size="md" id={`area-${area.areaId}`}>
                      {areaName(area.areaId)}
                    </Heading>
                    <WorkforceTable
                      area={area}
                      areaName={areaName(area.areaId)}
                      firstYear={workforce.firstYear}
                      municipalityName={municipalityName}
                    />
                    {area.joint?.simulatedCumulativeFte && (
                      <Paragraph data-size="sm">
                        {t('people.simulation', {
                          runs: formatNumber(WORKFORCE_RUNS),
                          seed: WORKFORCE_SEED,
                          year: lastYear,
                          low: `${formatNumber(area.joint.simulatedCumulativeFte.low.p10, 1)}–${formatNumber(area.joint.simulatedCumulativeFte.low.p90, 1)}`,
                          high: `${formatNumber(area.joint.simulatedCumulativeFte.high.p10, 1)}–${formatNumber(area.joint.simulatedCumulativeFte.high.p90, 1)}`,
                        })}
                      </Paragraph>
                    )}
                  </section>
                ))}
              </ExplainContext.Provider>
              <DownloadTable caseId={caseId} table="people" revision={people.revision} />
              <DownloadTable caseId={caseId} table="departures" revision={people.revision} />
              {people.suppressed.length > 0 && (
                <Paragraph data-size="sm">{t('people.suppressedNote')}</Paragraph>
              )}
              <VulnerabilitySection
                vulnerability={people.vulnerability}
                areaName={areaName}
                municipalityName={municipalityName}
              />
            </>
          );
        }}
      </ResourceView>
      <PeopleInputsSection caseId={caseId} forms={PEOPLE_FORMS} onSaved={resource.reload} behindToggle />
    </>
  );
}
