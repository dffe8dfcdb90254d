import { Heading, Table } from '@digdir/designsystemet-react';
import type { ResolvedDisagreement } from '../../case/process/source-disagreement.ts';
import type { ServiceArea } from '../../case/schema/service-areas.ts';
import { useT } from '../i18n/use-t.ts';
import { EmptyState } from './empty-state.tsx';
import { Localized } from './localized.tsx';
import { SourcesDisagree } from './sources-disagree.tsx';
import { StatusTag, type TagTone } from './status-tag.tsx';
import { ScrollRegion } from './scroll-region.tsx';

const STATUS_TONE: Record<ServiceArea['status'], TagTone> = {
  notStarted: 'neutral',
  ongoing: 'info',
  reported: 'accent',
  decided: 'success',
  established: 'success',
  dropped: 'neutral',
  notStated: 'neutral',
};

export interface ServiceAreasTableProps {
  areas: readonly (Pick<ServiceArea, 'id' | 'code' | 'name' | 'domain' | 'kind' | 'phase' | 'status'> & {
    note?: string | undefined;
    /** Where the sources disagree about the area, with the sources' titles. */
    sourcesDisagree?: ResolvedDisagreement | undefined;
  })[];
  /**
   * Heading level of the section.
   * @default 2
   */
  headingLevel?: 2 | 3;
}

/** The service areas under study: code, name, domain, kind, phase and status as tags; notes and disagreements. */
export function ServiceAreasTable({ areas, headingLevel = 2 }: ServiceAreasTableProps) {
  const t = useT();
  return (
    <section aria-labelledby="service-areas-heading" className="overview-section">
      <Heading level={headingLevel} data-size={headingLevel === 2 ? 'md' : 'sm'} id="service-areas-heading">
        {t('overview.serviceAreas')}
      </Heading>
      {areas.length === 0 ? (
        <EmptyState message={t('overview.noServiceAreas')} />
      ) : (
        <ScrollRegion>
          <Table border data-color="neutral">
            <caption>{t('overview.serviceAreasCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('col.code')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.domain')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.phase')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {areas.map((area) => (
                <Table.Row key={area.id}>
                  <Table.Cell>{area.code}</Table.Cell>
                  <Table.HeaderCell scope="row">
                    <Localized text={area.name} />
                    {area.note && (
                      <p className="area-note" lang="nb">
                        {area.note}
                      </p>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <StatusTag>{t(`domain.${area.domain}`)}</StatusTag>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag>{t(`kind.${area.kind}`)}</StatusTag>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag>
                      {area.phase === null ? t('phase.none') : t('phase.value', { phase: area.phase })}
                    </StatusTag>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag tone={STATUS_TONE[area.status]}>{t(`areaStatus.${area.status}`)}</StatusTag>
                    <SourcesDisagree disagreement={area.sourcesDisagree} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}
