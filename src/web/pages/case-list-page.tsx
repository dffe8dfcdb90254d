import { Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listCases } from '../api/cases-api.ts';
import { ArchiveCaseButton } from '../components/cases/archive-case-button.tsx';
import { NewCaseForm } from '../components/cases/new-case-form.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';

/**
 * `/`: the cases the signed-in user is a member of (sign-in first when there is no session), «Ny sak», and
 * for owners «Arkiver»; `/?arkiv=1` lists the archived cases, which owners can take back into use.
 */
export default function CaseListPage() {
  const t = useT();
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const archived = params.get('arkiv') === '1';
  usePageTitle(archived ? t('caseArchive.title') : t('cases.title'));
  const resource = useApiResource(
    useCallback((signal: AbortSignal) => listCases(signal, archived), [archived]),
  );
  return (
    <>
      <Heading level={1} data-size="lg">
        {archived ? t('caseArchive.title') : t('cases.title')}
      </Heading>
      <Paragraph>
        <DsLink asChild>
          <Link to={archived ? '/' : '/?arkiv=1'}>
            {archived ? t('caseArchive.back') : t('caseArchive.link')}
          </Link>
        </DsLink>
      </Paragraph>
      <ResourceView resource={resource} loadingLabel={t('loading.cases')}>
        {(cases) => (
          <>
            {cases.length === 0 ? (
              <EmptyState message={archived ? t('caseArchive.empty') : t('cases.empty')} />
            ) : (
              // With the archive column the table is wider than a phone: it scrolls inside its own region.
              <ScrollRegion>
                <Table border data-color="neutral">
                  <caption>{archived ? t('caseArchive.caption') : t('cases.caption')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('cases.colTitle')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('cases.colRole')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('cases.colRevision')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('caseArchive.colActions')}</Table.HeaderCell>
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
                        <Table.Cell>
                          {summary.role === 'owner' && (
                            <ArchiveCaseButton
                              caseId={summary.id}
                              title={localized(summary.title, language)}
                              archived={archived}
                              onDone={resource.reload}
                            />
                          )}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
            )}
            {!archived && <NewCaseForm cases={cases} />}
          </>
        )}
      </ResourceView>
    </>
  );
}
