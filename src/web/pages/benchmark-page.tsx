import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { formatNumber } from '../../i18n/format.ts';
import { getBenchmarks, getProfile } from '../api/benchmarks-api.ts';
import { getCase } from '../api/cases-api.ts';
import { setApiLanguage } from '../api/http-client.ts';
import { MunicipalityBenchmarkSection } from '../components/benchmark/municipality-benchmark-section.tsx';
import { ProfileSection } from '../components/benchmark/profile-section.tsx';
import { DownloadTable } from '../components/export/download-table.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { TermList } from '../components/terms/term.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { localized } from '../i18n/localized-text.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * `/saker/:caseId/sammenligning`: the municipalities as one unit beside single municipalities of the same size,
 * then each municipality's KOSTRA figures beside its group, its neighbours and the country.
 */
export default function BenchmarkPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  usePageTitle(t('benchmark.title'));
  const resource = useApiResource(
    useCallback(
      async (signal: AbortSignal) => {
        // The benchmark is worded in the interface language; this runs before the language provider's own
        // effect, which tells the API client, so say it first here (as the history page does).
        setApiLanguage(language);
        const [view, profile, benchmarks] = await Promise.all([
          getCase(caseId, signal),
          getProfile(caseId, signal),
          getBenchmarks(caseId, signal),
        ]);
        return { document: view.document, profile, benchmarks };
      },
      [caseId, language],
    ),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('benchmark.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.benchmark')}>
        {({ document, profile, benchmarks }) => {
          const areaName = (id: string) => {
            const area = document.serviceAreas.find((a) => a.id === id);
            return area ? localized(area.name, language) : id;
          };
          const command = benchmarks.missing.fetchCommand;
          const preliminary = benchmarks.notes.find((n) => n.code === 'latest-year-may-be-preliminary');
          return (
            <>
              <ProfileSection
                profile={profile}
                areaName={areaName}
                sourceTitle={(id) => document.sources.find((s) => s.id === id)?.title ?? id}
              />
              <DownloadTable caseId={caseId} table="profile" />
              <section aria-labelledby="benchmark-heading">
                <Heading level={2} data-size="md" id="benchmark-heading">
                  {t('benchmark.heading')}
                </Heading>
                <Paragraph>{t('benchmark.intro')}</Paragraph>
                <TermList ids={['kostra', 'netExpenditure', 'perInhabitant']} />
                {benchmarks.missing.count > 0 && (
                  <Alert data-color="info" className="page-notice">
                    <Paragraph>
                      {t('benchmark.missingCount', { count: formatNumber(benchmarks.missing.count) })}{' '}
                      {t('benchmark.missing', { command })}
                    </Paragraph>
                    <Paragraph>
                      {t('benchmark.fetch', { command: '' })}
                      <code>{command}</code>
                    </Paragraph>
                  </Alert>
                )}
                <Paragraph data-size="sm">{t('benchmark.groupNote')}</Paragraph>
                {preliminary?.code === 'latest-year-may-be-preliminary' && (
                  <Paragraph data-size="sm">
                    {t('benchmark.preliminary', { year: preliminary.year })}
                  </Paragraph>
                )}
                {benchmarks.notes.map((note) =>
                  note.code === 'not-in-reference-data' ? (
                    <Paragraph key={note.number} data-size="sm">
                      {t('benchmark.unknown', { number: note.number })}
                    </Paragraph>
                  ) : null,
                )}
                <DownloadTable caseId={caseId} table="benchmark" />
                {benchmarks.municipalities.map((m) => (
                  <MunicipalityBenchmarkSection key={m.number} municipality={m} />
                ))}
                <Paragraph data-size="sm">{t('benchmark.source')}</Paragraph>
              </section>
            </>
          );
        }}
      </ResourceView>
    </>
  );
}
