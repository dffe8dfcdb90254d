import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DecisionSummary } from '../../../case/decision/decision-summary.ts';
import type { LocalizedText } from '../../../case/schema/common.ts';
import { formatFte } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';

/** What is not priced, the legal model with its conditions, and what happens to the staff. */
export function DecisionContext({ summary }: { summary: DecisionSummary }) {
  const t = useT();
  const { language } = useLanguage();
  const text = (value: LocalizedText) => localized(value, language);
  const { legal, staff } = summary;
  return (
    <>
      <section aria-labelledby="decision-non-priced-heading" className="decision-section">
        <Heading level={2} data-size="md" id="decision-non-priced-heading">
          {t('decision.nonPricedHeading')}
        </Heading>
        <Paragraph>{t('decision.nonPricedLead')}</Paragraph>
        <ul className="decision-compact-list">
          {summary.nonPriced.map((effect) => (
            <li key={effect.id}>
              {text(effect.name)}:{' '}
              {effect.consequence === null
                ? t('decision.notAssessed')
                : t('decision.consequence', { value: effect.consequence })}
              {effect.placeholder && ` ${t('decision.placeholderMark')}`}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="decision-legal-heading" className="decision-section">
        <Heading level={2} data-size="md" id="decision-legal-heading">
          {t('decision.legalHeading')}
        </Heading>
        <Paragraph>{t('decision.legalLead')}</Paragraph>
        <ul className="decision-compact-list">
          {legal.rankings.map((set) => (
            <li key={set.criteriaSetId}>
              {set.top.length > 0
                ? t('decision.rankingTop', { set: text(set.name), models: set.top.map(text).join(', ') })
                : t('decision.rankingNone', { set: text(set.name) })}
            </li>
          ))}
        </ul>
        <Heading level={3} data-size="xs">
          {t('decision.lawfulHeading')}
        </Heading>
        <ul className="decision-compact-list">
          {legal.areas.map((area) => (
            <li key={area.areaId}>
              {area.models.length > 0
                ? t('decision.areaModels', {
                    area: text(area.name),
                    models: area.models
                      .map((m) =>
                        m.unconfirmed ? `${text(m.name)} (${t('decision.unconfirmed')})` : text(m.name),
                      )
                      .join(', '),
                  })
                : t('decision.areaNoModels', { area: text(area.name) })}
            </li>
          ))}
        </ul>
        {legal.conditions.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t('decision.conditionsHeading')}
            </Heading>
            <ul className="decision-compact-list">
              {legal.conditions.map((condition) => (
                <li key={condition.text.nb}>{text(condition.text)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="decision-staff-heading" className="decision-section">
        <Heading level={2} data-size="md" id="decision-staff-heading">
          {t('decision.staffHeading')}
        </Heading>
        <Paragraph data-size="sm" className="decision-term">
          {t('decision.staffLead')}
        </Paragraph>
        <ul className="decision-compact-list">
          {staff.areas.map((area) => {
            const name = text(area.name);
            return (
              <li key={area.areaId}>
                {area.agesMissing
                  ? t('decision.staffAgesMissing', { area: name })
                  : area.worst
                    ? t('decision.staffWorst', {
                        area: name,
                        year: area.worst.year,
                        low: formatFte(area.worst.atLeast, language),
                        high: formatFte(area.worst.atMost, language),
                      })
                    : t('decision.staffCovered', { area: name })}
              </li>
            );
          })}
          {staff.transfers.length === 0 ? (
            <li>{t('decision.noTransfers')}</li>
          ) : (
            staff.transfers.map((transfer) => (
              <li key={transfer.changeId}>
                {t('decision.transfers', {
                  title: text(transfer.title),
                  met: transfer.met,
                  total: transfer.total,
                })}
              </li>
            ))
          )}
        </ul>
      </section>
    </>
  );
}
