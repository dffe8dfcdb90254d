import { Heading } from '@digdir/designsystemet-react';
import type { ResolvedDisagreement } from '../../case/process/source-disagreement.ts';
import type { LocalizedText } from '../../case/schema/common.ts';
import type { Milestone } from '../../case/schema/process.ts';
import { formatPlanDate } from '../../i18n/format.ts';
import { today as currentDay } from '../format/plan-dates.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { planTimeline, type TimelineEntry } from '../model/plan-timeline.ts';
import { EmptyState } from './empty-state.tsx';
import { Localized } from './localized.tsx';
import { SourcesDisagree } from './sources-disagree.tsx';
import { StatusTag, type TagTone } from './status-tag.tsx';

type TimelineMilestone = Pick<Milestone, 'id' | 'title' | 'date' | 'status'> & {
  trackId?: string | undefined;
  endDate?: string | undefined;
  /** Where the sources disagree about the milestone, with the sources' titles. */
  sourcesDisagree?: ResolvedDisagreement | undefined;
};

interface Track {
  id: string;
  name: LocalizedText;
}

const STATUS_TONE: Record<Milestone['status'], TagTone> = {
  planned: 'neutral',
  done: 'success',
  moved: 'warning',
  cancelled: 'neutral',
};

export interface MilestoneTimelineProps {
  milestones: readonly TimelineMilestone[];
  tracks: readonly Track[];
  /**
   * Heading text; the overview says "Framdriftsplan", the public page "Plan og framdrift".
   * @default t('milestones.title')
   */
  title?: string;
}

function TimelineItem({
  entry,
  tracks,
}: {
  entry: TimelineEntry<TimelineMilestone>;
  tracks: readonly Track[];
}) {
  const t = useT();
  const { language } = useLanguage();
  const { milestone, next, overdue } = entry;
  const track = tracks.find((candidate) => candidate.id === milestone.trackId);
  const classes = ['timeline__item', `timeline__item--${milestone.status}`];
  if (next) classes.push('timeline__item--next');
  if (overdue) classes.push('timeline__item--overdue');
  return (
    <li className={classes.join(' ')}>
      <span className="timeline__date">
        <time dateTime={milestone.date}>{formatPlanDate(milestone.date, language)}</time>
        {milestone.endDate !== undefined && (
          <>
            {' – '}
            <time dateTime={milestone.endDate}>{formatPlanDate(milestone.endDate, language)}</time>
          </>
        )}
      </span>
      <span className="timeline__title">
        <Localized text={milestone.title} />
      </span>
      <span className="timeline__tags">
        {next && <StatusTag tone="accent">{t('milestones.next')}</StatusTag>}
        {overdue && <StatusTag tone="warning">{t('milestones.overdue')}</StatusTag>}
        <StatusTag tone={STATUS_TONE[milestone.status]}>{t(`milestoneStatus.${milestone.status}`)}</StatusTag>
        {track && (
          <span className="timeline__track">
            <Localized text={track.name} />
          </span>
        )}
      </span>
      <SourcesDisagree disagreement={milestone.sourcesDisagree} />
    </li>
  );
}

/** The milestones in date order on a vertical line, with today's position, the next milestone and any past due. */
export function MilestoneTimeline({ milestones, tracks, title }: MilestoneTimelineProps) {
  const t = useT();
  const { language } = useLanguage();
  const today = currentDay();
  const timeline = planTimeline(milestones, today.day);
  const todayMarker = (
    <li className="timeline__today" aria-current="date" key="today">
      <time dateTime={today.iso}>{t('milestones.today', { date: formatPlanDate(today.iso, language) })}</time>
    </li>
  );
  const items = timeline.entries.map((entry) => (
    <TimelineItem key={entry.milestone.id} entry={entry} tracks={tracks} />
  ));
  items.splice(timeline.todayIndex, 0, todayMarker);
  return (
    <section aria-labelledby="milestones-heading" className="overview-section">
      <Heading level={2} data-size="md" id="milestones-heading">
        {title ?? t('milestones.title')}
      </Heading>
      {milestones.length === 0 ? (
        <EmptyState message={t('milestones.empty')} />
      ) : (
        <ol className="timeline" aria-label={t('milestones.listLabel')}>
          {items}
        </ol>
      )}
    </section>
  );
}
