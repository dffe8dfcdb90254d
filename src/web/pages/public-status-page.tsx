import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { LOCALE } from '../../i18n/language.ts';
import { getPublicCase } from '../api/cases-api.ts';
import { Localized } from '../components/localized.tsx';
import { MeetingsTable } from '../components/meetings-table.tsx';
import { MilestoneTimeline } from '../components/milestone-timeline.tsx';
import {
  PublicNextMilestone,
  PublicProcessSections,
} from '../components/process/public-process-sections.tsx';
import { ResolutionsList } from '../components/resolutions-list.tsx';
import { ResourceView } from '../components/resource-view.tsx';
import { ServiceAreasTable } from '../components/service-areas-table.tsx';
import { today } from '../format/plan-dates.ts';
import { useApiResource } from '../hooks/use-api-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { localized } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { upcomingMeetings } from '../model/upcoming-meetings.ts';

/** `/status/:caseId`: the public status, readable without sign-in. The process only: no figures, no persons. */
export default function PublicStatusPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  const resource = useApiResource(
    useCallback((signal: AbortSignal) => getPublicCase(caseId, signal), [caseId]),
  );
  usePageTitle(
    resource.state.status === 'success'
      ? localized(resource.state.data.title, language)
      : t('nav.publicStatus'),
  );
  return (
    <ResourceView resource={resource} loadingLabel={t('loading.case')}>
      {(view) => (
        <article className="public-status" aria-labelledby="public-title">
          <Heading level={1} data-size="lg" id="public-title">
            <Localized text={view.title} />
          </Heading>
          <Paragraph className="lead">{t('public.lead')}</Paragraph>
          {view.summary && (
            <Paragraph>
              <Localized text={view.summary} />
            </Paragraph>
          )}
          <section aria-labelledby="studied-heading" className="overview-section">
            <Heading level={2} data-size="md" id="studied-heading">
              {t('public.studied')}
            </Heading>
            <Paragraph>
              {t('public.participants', {
                names: new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(
                  view.participants.map((participant) => participant.name),
                ),
              })}
            </Paragraph>
            <ServiceAreasTable areas={view.serviceAreas} headingLevel={3} />
          </section>
          <MilestoneTimeline milestones={view.milestones} tracks={view.tracks} title={t('public.plan')} />
          <PublicNextMilestone view={view} today={today().iso} />
          <MeetingsTable
            meetings={upcomingMeetings(view.meetings, today().day)}
            bodies={view.bodies}
            title={t('meetings.upcomingTitle')}
            caption={t('meetings.upcomingCaption')}
            emptyMessage={t('meetings.noUpcoming')}
          />
          <ResolutionsList resolutions={view.resolutions} />
          <PublicProcessSections caseId={caseId} view={view} today={today().iso} />
        </article>
      )}
    </ResourceView>
  );
}
