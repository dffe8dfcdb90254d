import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { timelinePosition } from '../../../case/process/timeline-position.ts';
import type { PublicView } from '../../../case/public-view.ts';
import type { Milestone } from '../../../case/schema/process.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import { localized } from '../../i18n/localized-text.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import './process.css';

export interface PublicProcessSectionsProps {
  caseId: string;
  view: PublicView;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** Today's position on the plan. */
export function PublicNextMilestone({ view, today }: Omit<PublicProcessSectionsProps, 'caseId'>) {
  const t = useT();
  const { language } = useLanguage();
  const milestones: Milestone[] = view.milestones.map((m) => ({
    id: m.id,
    title: m.title,
    date: m.date,
    status: m.status,
    ...(m.trackId === undefined ? {} : { trackId: m.trackId }),
    ...(m.endDate === undefined ? {} : { endDate: m.endDate }),
  }));
  const next = timelinePosition(milestones, today).upcoming[0];
  return (
    <Paragraph className="public-today">
      <strong>{t('process.today', { date: formatPlanDate(today, language) })}</strong>
      {next && (
        <>
          {' '}
          {t('public.nextMilestone', {
            title: localized(next.milestone.title, language),
            date: formatPlanDate(next.milestone.date, language),
          })}
        </>
      )}
    </Paragraph>
  );
}

/** Decisions taken, contact, and the two feeds. No personal data. */
export function PublicProcessSections({ caseId, view }: PublicProcessSectionsProps) {
  const t = useT();
  const { language } = useLanguage();
  const feedBase = `/api/public/cases/${encodeURIComponent(caseId)}`;
  const lang = language === 'nb' ? '' : `?lang=${language}`;
  const bodyName = (id: string) => {
    const body = view.bodies.find((b) => b.id === id);
    return body ? localized(body.name, language) : id;
  };
  const meetingDate = (id: string) => view.meetings.find((m) => m.id === id)?.date;
  return (
    <>
      <section aria-labelledby="public-decisions-heading" className="overview-section">
        <Heading level={2} data-size="md" id="public-decisions-heading">
          {t('public.decisionsHeading')}
        </Heading>
        {view.decisions.length === 0 ? (
          <Paragraph>{t('public.noDecisions')}</Paragraph>
        ) : (
          <ul>
            {view.decisions.map((d) => (
              <li key={`${d.meetingId}-${d.bodyId}-${d.pointNumber}`}>
                {formatPlanDate(meetingDate(d.meetingId), language)} – {bodyName(d.bodyId)}:{' '}
                {t('process.political.point')} {d.pointNumber} – {t(`outcome.${d.outcome}`)}
                {d.amendedText && <>: «{d.amendedText}»</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="public-contact-heading" className="overview-section">
        <Heading level={2} data-size="md" id="public-contact-heading">
          {t('public.contactHeading')}
        </Heading>
        {view.contact && (view.contact.organisation || view.contact.email || view.contact.url) ? (
          <Paragraph>
            {view.contact.organisation}
            {view.contact.email && (
              <>
                {' '}
                <Link href={`mailto:${view.contact.email}`}>{view.contact.email}</Link>
              </>
            )}
            {view.contact.url && (
              <>
                {' '}
                {/* The server accepts only http(s); a revision saved before that rule is shown, not linked. */}
                {/^https?:\/\//i.test(view.contact.url) ? (
                  <Link href={view.contact.url}>{view.contact.url}</Link>
                ) : (
                  view.contact.url
                )}
              </>
            )}
          </Paragraph>
        ) : (
          <Paragraph>{t('public.noContact')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="public-feeds-heading" className="overview-section public-feeds">
        <Heading level={2} data-size="md" id="public-feeds-heading">
          {t('public.feedsHeading')}
        </Heading>
        <ul>
          <li>
            <Link href={`${feedBase}/calendar.ics${lang}`}>{t('public.calendarFeed')}</Link>
          </li>
          <li>
            <Link href={`${feedBase}/decisions.atom${lang}`}>{t('public.decisionsFeed')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
