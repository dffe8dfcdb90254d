import { Heading, Table } from '@digdir/designsystemet-react';
import type { LocalizedText } from '../../case/schema/common.ts';
import { formatPlanDate } from '../../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { EmptyState } from './empty-state.tsx';
import { Localized } from './localized.tsx';
import { ScrollRegion } from './scroll-region.tsx';

interface MeetingLike {
  id: string;
  bodyId: string;
  date: string;
  caseNumber?: string | undefined;
  title: LocalizedText;
}

export interface MeetingsTableProps {
  /** The meetings, already in the order to show. */
  meetings: readonly MeetingLike[];
  bodies: readonly { id: string; name: LocalizedText }[];
  title: string;
  caption: string;
  /** Shown when there are no meetings. */
  emptyMessage: string;
}

/** Political meetings: date, body, matter and case number. */
export function MeetingsTable({ meetings, bodies, title, caption, emptyMessage }: MeetingsTableProps) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section aria-labelledby="meetings-heading" className="overview-section">
      <Heading level={2} data-size="md" id="meetings-heading">
        {title}
      </Heading>
      {meetings.length === 0 ? (
        <EmptyState message={emptyMessage} />
      ) : (
        <ScrollRegion>
          <Table border data-color="neutral">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('col.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.body')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.matter')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('col.caseNumber')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {meetings.map((meeting) => {
                const body = bodies.find((candidate) => candidate.id === meeting.bodyId);
                return (
                  <Table.Row key={meeting.id}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      <time dateTime={meeting.date}>{formatPlanDate(meeting.date, language)}</time>
                    </Table.HeaderCell>
                    <Table.Cell>{body ? <Localized text={body.name} /> : meeting.bodyId}</Table.Cell>
                    <Table.Cell>
                      <Localized text={meeting.title} />
                    </Table.Cell>
                    <Table.Cell>{meeting.caseNumber ?? ''}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}
