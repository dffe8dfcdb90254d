import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { StaffTransferChecklist } from '../../../case/staff-transfer/staff-transfer-checklist.ts';
import { formatReference } from '../../../engine/legal/legal-reference.ts';
import { legalModelById } from '../../../engine/legal/registry.ts';
import { employerName } from '../../../engine/legal/staff-transfer-duties.ts';
import { RESERVATION_CONSEQUENCE, RESERVATION_DEADLINE } from '../../../engine/legal/staff-transfer.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { Localized } from '../localized.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

export interface StaffTransferViewProps {
  transfers: readonly StaffTransferChecklist[];
}

function Reservation({ transfer }: { transfer: StaffTransferChecklist }) {
  const t = useT();
  const r = transfer.reservation;
  if (r.earliestDeadline === null || r.informationDate === null)
    return <Paragraph data-size="sm">{t('modelChoice.reservationNoInfo')}</Paragraph>;
  return (
    <>
      <Paragraph data-size="sm">
        {t('modelChoice.reservationEarliest', { date: r.earliestDeadline, info: r.informationDate })}
      </Paragraph>
      {r.tooShort && r.setDeadline !== null && (
        <Alert data-color="warning">
          <Paragraph>{t('modelChoice.reservationTooShort', { date: r.setDeadline })}</Paragraph>
        </Alert>
      )}
    </>
  );
}

function Checklist({ transfer }: { transfer: StaffTransferChecklist }) {
  const t = useT();
  const { language } = useLanguage();
  const missing = transfer.duties.filter((d) => !d.met).length;
  const model = legalModelById(transfer.modelId);
  return (
    <section className="model-choice-section" data-change={transfer.changeId}>
      <Paragraph>
        {t('modelChoice.transferModel', {
          model: model ? model.name[language] : transfer.modelId,
          date: transfer.decisionDate ?? t('modelChoice.noDecisionDate'),
        })}{' '}
        <strong>
          {missing === 0
            ? t('modelChoice.transferComplete')
            : t('modelChoice.transferIncomplete', { count: missing })}
        </strong>
      </Paragraph>
      <ScrollRegion>
        <Table border data-color="neutral" className="duty-table">
          <caption>
            {t('modelChoice.transferCaption', { title: transfer.title[language] ?? transfer.title.nb })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('modelChoice.duty')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('modelChoice.dutyEmployer')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('modelChoice.dutyTiming')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('modelChoice.dutyStatus')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {transfer.duties.map((duty, i) => (
              <Table.Row key={`${duty.code}-${duty.employer?.id ?? i}`} data-duty={duty.code}>
                <Table.Cell>
                  <Localized text={duty.duty} />
                  <span className="feasibility-refs">
                    {' '}
                    ({duty.references.map(formatReference).join('; ')})
                  </span>
                </Table.Cell>
                <Table.Cell>
                  {duty.employer ? employerName(duty.employer, language) : t('modelChoice.dutyAll')}
                </Table.Cell>
                <Table.Cell>
                  <Localized text={duty.timing} />
                </Table.Cell>
                <Table.Cell className={duty.met ? 'duty--met' : 'duty--missing'}>
                  {duty.met ? (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {t('modelChoice.dutyMet', {
                        meetings: duty.meetings
                          .map((m) => `${m.date} (${t(`modelChoice.meeting.${m.kind}`)})`)
                          .join(', '),
                      })}
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">! </span>
                      {duty.warning && <Localized text={duty.warning} />}
                    </>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Reservation transfer={transfer} />
    </section>
  );
}

/** The transfer of staff: what it means, the § 16-3 right to object, and the duties of each planned transfer. */
export function StaffTransferView({ transfers }: StaffTransferViewProps) {
  const t = useT();
  return (
    <>
      <Paragraph>{t('modelChoice.staffIntro')}</Paragraph>
      <Heading level={3} data-size="sm">
        {t('modelChoice.reservationHeading')}
      </Heading>
      <Paragraph data-size="sm">
        <Localized text={RESERVATION_DEADLINE.text} /> <Localized text={RESERVATION_CONSEQUENCE.text} /> (
        {[...RESERVATION_DEADLINE.references, ...RESERVATION_CONSEQUENCE.references]
          .map(formatReference)
          .join('; ')}
        )
      </Paragraph>
      <Heading level={3} data-size="sm">
        {t('modelChoice.transfersHeading')}
      </Heading>
      {transfers.length === 0 ? (
        <Paragraph>{t('modelChoice.noTransfers')}</Paragraph>
      ) : (
        transfers.map((transfer) => <Checklist key={transfer.changeId} transfer={transfer} />)
      )}
    </>
  );
}
