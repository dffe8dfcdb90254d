import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { resolveDisagreement } from '../../case/process/source-disagreement.ts';
import { formatTimestamp } from '../../i18n/format.ts';
import type { CaseView } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { sortByDate } from '../model/upcoming-meetings.ts';
import { BaselineSection } from './baseline-section.tsx';
import { Localized } from './localized.tsx';
import { MeetingsTable } from './meetings-table.tsx';
import { MilestoneTimeline } from './milestone-timeline.tsx';
import { ParticipantsTable } from './participants-table.tsx';
import { ResolutionsList } from './resolutions-list.tsx';
import { ServiceAreasTable } from './service-areas-table.tsx';

export interface CaseOverviewProps {
  view: CaseView;
  /** Shown between the title and the content, e.g. a "saved" message or the old-revision banner. */
  notice?: ReactNode;
  /** Actions under the participants' table (only on the newest revision, for editors). @default none */
  participantsActions?: ReactNode;
}

/** Everything about one revision of a case, read-only: the case overview page and any earlier revision. */
export function CaseOverview({ view, notice, participantsActions }: CaseOverviewProps) {
  const t = useT();
  const { document } = view;
  return (
    <article className="case-overview" aria-labelledby="case-title">
      <Heading level={1} data-size="lg" id="case-title">
        <Localized text={document.title} />
      </Heading>
      {notice}
      {document.summary && (
        <Paragraph className="lead">
          <Localized text={document.summary} />
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="revision-info">
        {t('overview.revisionInfo', {
          revision: view.revision.revision,
          time: formatTimestamp(view.revision.createdAt),
          author: view.revision.authorName,
        })}
      </Paragraph>
      <ParticipantsTable document={document} actions={participantsActions} />
      <ServiceAreasTable
        areas={document.serviceAreas.map((area) => ({
          ...area,
          sourcesDisagree: resolveDisagreement(area.sourcesDisagree, document.sources),
        }))}
      />
      <BaselineSection
        document={document}
        suppressed={view.suppressed}
        totals={view.totals}
        download={{ caseId: view.caseId, revision: view.revision.revision }}
      />
      <MilestoneTimeline
        milestones={document.milestones.map((milestone) => ({
          ...milestone,
          sourcesDisagree: resolveDisagreement(milestone.sourcesDisagree, document.sources),
        }))}
        tracks={document.tracks}
      />
      <MeetingsTable
        meetings={sortByDate(document.meetings)}
        bodies={document.bodies}
        title={t('meetings.title')}
        caption={t('meetings.caption')}
        emptyMessage={t('meetings.empty')}
      />
      <ResolutionsList resolutions={document.resolutions} />
    </article>
  );
}
