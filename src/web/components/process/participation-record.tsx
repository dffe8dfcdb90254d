import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { participationCoverage, type CoverageWarning } from '../../../case/process/coverage.ts';
import { localize } from '../../../case/process/localize.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatPlanDate } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { EmptyState } from '../empty-state.tsx';
import { Localized } from '../localized.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface ParticipationRecordProps {
  document: CaseDocument;
}

type Person = {
  role: CaseDocument['bodies'][number]['members'][number]['role'];
  municipalityNumber?: string | undefined;
  union?: string | undefined;
};

function describePerson(person: Person, document: CaseDocument, t: Translate): string {
  const municipality = document.participants.find(
    (p) => p.municipalityNumber === person.municipalityNumber,
  )?.name;
  return [t(`memberRole.${person.role}`), municipality, person.union].filter(Boolean).join(', ');
}

function warningText(
  warning: CoverageWarning,
  document: CaseDocument,
  t: Translate,
  language: Language,
): string {
  if (warning.code === 'workingGroupWithoutUnionRepresentative') {
    const body = document.bodies.find((b) => b.id === warning.bodyId);
    const municipality = document.participants.find(
      (p) => p.municipalityNumber === warning.municipalityNumber,
    );
    return t('process.coverage.workingGroup', {
      body: body ? localize(body.name, language) : warning.bodyId,
      municipality: municipality?.name ?? warning.municipalityNumber,
    });
  }
  const change = document.staffChanges.find((c) => c.id === warning.changeId);
  const name = change ? localize(change.title, language) : warning.changeId;
  if (warning.code === 'staffChangeWithoutDecisionDate')
    return t('process.coverage.noDecisionDate', { change: name });
  const date = formatPlanDate(warning.decisionDate, language);
  if (warning.code === 'staffChangeWithoutInformation')
    return t('process.coverage.noInformation', { change: name, date });
  const municipality = document.participants.find((p) => p.municipalityNumber === warning.municipalityNumber);
  return t('process.coverage.noDiscussion', {
    change: name,
    date,
    municipality: municipality?.name ?? warning.municipalityNumber,
  });
}

/** Members of every body by role and municipality, meetings with union representatives, and the coverage checks. */
export function ParticipationRecord({ document }: ParticipationRecordProps) {
  const t = useT();
  const { language } = useLanguage();
  const warnings = participationCoverage(document);
  const withMembers = document.bodies.filter((b) => b.members.length > 0);
  return (
    <section aria-labelledby="participation-heading" className="overview-section">
      <Heading level={2} data-size="md" id="participation-heading">
        {t('process.participation.heading')}
      </Heading>
      <Heading level={3} data-size="sm" id="coverage-heading">
        {t('process.coverage.heading')}
      </Heading>
      {warnings.length === 0 ? (
        <Paragraph>{t('process.coverage.ok')}</Paragraph>
      ) : (
        <Alert data-color="warning" className="page-notice coverage-alert">
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>{warningText(w, document, t, language)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ScrollRegion>
        <Table border data-color="neutral">
          <caption>{t('process.participation.members')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('process.participation.body')}</Table.HeaderCell>
              <Table.HeaderCell>{t('process.participation.memberList')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {withMembers.map((body) => (
              <Table.Row key={body.id}>
                <Table.Cell>
                  <Localized text={body.name} />
                </Table.Cell>
                <Table.Cell>
                  <ul className="member-list">
                    {body.members.map((m, i) => (
                      <li key={i}>{describePerson(m, document, t)}</li>
                    ))}
                  </ul>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Heading level={3} data-size="sm">
        {t('process.participation.meetings')}
      </Heading>
      {document.participationMeetings.length === 0 ? (
        <EmptyState message={t('process.participation.noMeetings')} />
      ) : (
        <ScrollRegion>
          <Table border data-color="neutral">
            <caption>{t('process.participation.meetings')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('process.column.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('process.participation.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('process.participation.topic')}</Table.HeaderCell>
                <Table.HeaderCell>{t('process.participation.participants')}</Table.HeaderCell>
                <Table.HeaderCell>{t('process.participation.decided')}</Table.HeaderCell>
                <Table.HeaderCell>{t('process.participation.minutes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {document.participationMeetings.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{formatPlanDate(m.date, language)}</Table.Cell>
                  <Table.Cell>{t(`participationKind.${m.kind}`)}</Table.Cell>
                  <Table.Cell>
                    <Localized text={m.topic} />
                  </Table.Cell>
                  <Table.Cell>
                    {m.participants.map((p) => describePerson(p, document, t)).join('; ') ||
                      t('process.participation.missing')}
                  </Table.Cell>
                  <Table.Cell>{m.decided ?? t('process.participation.missing')}</Table.Cell>
                  <Table.Cell>{m.minutesReference ?? t('process.participation.missing')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      <Heading level={3} data-size="sm">
        {t('process.participation.staffChanges')}
      </Heading>
      {document.staffChanges.length === 0 ? (
        <Paragraph>{t('process.participation.noStaffChanges')}</Paragraph>
      ) : (
        <ul>
          {document.staffChanges.map((c) => (
            <li key={c.id}>
              <Localized text={c.title} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
