import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { resolveDisagreement } from '../../../case/process/source-disagreement.ts';
import { timelinePosition, type MilestoneState } from '../../../case/process/timeline-position.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { EmptyState } from '../empty-state.tsx';
import { Localized } from '../localized.tsx';
import { SourcesDisagree } from '../sources-disagree.tsx';
import { StatusTag, type TagTone } from '../status-tag.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

const STATE_TONE: Record<MilestoneState, TagTone> = {
  done: 'success',
  late: 'danger',
  current: 'info',
  upcoming: 'neutral',
  moved: 'warning',
  cancelled: 'neutral',
};

export interface MilestonePlanProps {
  document: Pick<CaseDocument, 'milestones' | 'tracks' | 'sources'>;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** The plan by track: each milestone with its date, status, today's position and source; late and next. */
export function MilestonePlan({ document, today }: MilestonePlanProps) {
  const t = useT();
  const { language } = useLanguage();
  const position = timelinePosition(document.milestones, today);
  const groups = [
    ...document.tracks.map((track) => ({ id: track.id, name: track.name })),
    { id: '', name: null },
  ]
    .map((track) => ({
      ...track,
      items: position.milestones.filter((p) => (p.milestone.trackId ?? '') === track.id),
    }))
    .filter((group) => group.items.length > 0);
  const sourceTitle = (id: string | undefined) =>
    document.sources.find((s) => s.id === id)?.title ?? id ?? '';
  const span = (date: string, endDate: string | undefined) =>
    endDate === undefined
      ? formatPlanDate(date, language)
      : `${formatPlanDate(date, language)} – ${formatPlanDate(endDate, language)}`;
  return (
    <section aria-labelledby="plan-heading" className="overview-section process-plan">
      <Heading level={2} data-size="md" id="plan-heading">
        {t('process.planHeading')}
      </Heading>
      <Paragraph>
        <strong>{t('process.today', { date: formatPlanDate(today, language) })}</strong>
      </Paragraph>
      {groups.length === 0 && <EmptyState message={t('milestones.empty')} />}
      {groups.map((group) => {
        const next = position.nextByTrack[group.id];
        const headingId = `plan-track-${group.id || 'none'}`;
        return (
          <div key={group.id} className="process-plan__track">
            <Heading level={3} data-size="sm" id={headingId}>
              {group.name ? <Localized text={group.name} /> : t('process.noTrack')}
            </Heading>
            <ScrollRegion>
              <Table border data-color="neutral" aria-labelledby={headingId}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('process.column.date')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('process.column.title')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('process.column.position')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('process.column.source')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {group.items.map((p) => (
                    <Table.Row key={p.milestone.id} className={p === next ? 'process-plan__next' : undefined}>
                      <Table.Cell>{span(p.milestone.date, p.milestone.endDate)}</Table.Cell>
                      <Table.Cell>
                        <Localized text={p.milestone.title} />
                        {p === next && (
                          <>
                            {' '}
                            <StatusTag tone="accent">{t('milestones.next')}</StatusTag>
                          </>
                        )}
                        <SourcesDisagree
                          disagreement={resolveDisagreement(p.milestone.sourcesDisagree, document.sources)}
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <StatusTag tone={STATE_TONE[p.state]}>{t(`process.state.${p.state}`)}</StatusTag>
                      </Table.Cell>
                      <Table.Cell>
                        {p.milestone.source
                          ? [sourceTitle(p.milestone.source.document), p.milestone.source.locator]
                              .filter(Boolean)
                              .join(': ')
                          : t('process.participation.missing')}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
          </div>
        );
      })}
      <Heading level={3} data-size="sm">
        {t('process.lateHeading')}
      </Heading>
      {position.late.length === 0 ? (
        <Paragraph>{t('process.noLate')}</Paragraph>
      ) : (
        <ul>
          {position.late.map((p) => (
            <li key={p.milestone.id}>
              {span(p.milestone.date, p.milestone.endDate)}: <Localized text={p.milestone.title} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
