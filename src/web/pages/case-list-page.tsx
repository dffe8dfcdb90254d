import { Heading, Link as DsLink, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { listCases } from '../api/cases-api.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';

/** `/`: the cases the signed-in user is a member of (sign-in first when there is no session). */
export default function CaseListPage() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('cases.title'));
  const resource = useApiResource(useCallback((signal: AbortSignal) => listCases(signal), []));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('cases.title')}
      </Heading>
      <ResourceView resource={resource} loadingLabel={t('loading.cases')}>
        {(cases) =>
          cases.length === 0 ? (
            <EmptyState message={t('cases.empty')} />
          ) : (
            <ScrollRegion>
              <Table border data-color="neutral">
                <caption>{t('cases.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('cases.colTitle')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('cases.colRole')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t('cases.colRevision')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {cases.map((summary) => (
                    <Table.Row key={summary.id}>
                      <Table.HeaderCell scope="row">
                        <DsLink asChild data-color="accent">
                          <Link to={casePaths(summary.id).decision}>
                            {localized(summary.title, language)}
                          </Link>
                        </DsLink>
                      </Table.HeaderCell>
                      <Table.Cell>{t(`role.${summary.role}`)}</Table.Cell>
                      <Table.Cell className="numeric">{summary.latestRevision}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
          )
        }
      </ResourceView>
    </>
  );
}
