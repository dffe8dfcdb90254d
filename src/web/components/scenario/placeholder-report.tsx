import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import type { ScenarioPlaceholders } from '../../../case/scenario/scenario-placeholders.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { roundedNok } from '../../model/scenario/figure-text.ts';
import { FormLink } from './form-link.tsx';

export interface PlaceholderReportProps {
  report: ScenarioPlaceholders;
  document: CaseDocument;
  /** Index of the scenario in the document, to link the grants to the form. */
  scenarioIndex: number;
}

/**
 * What the result rests on that nobody has set: every placeholder (with the role that ought to set it and
 * the note), every cost the studies name that has no amount, and the grants left out and why.
 */
export function PlaceholderReport({ report, document, scenarioIndex }: PlaceholderReportProps) {
  const t = useT();
  const { language } = useLanguage();
  const grantName = (id: string) => {
    const grant = document.grants.find((g) => g.id === id);
    return grant ? localized(grant.name, language) : id;
  };
  return (
    <section aria-labelledby="placeholders-heading" className="results-section placeholder-report">
      <Heading level={3} data-size="sm" id="placeholders-heading" tabIndex={-1}>
        {t('placeholders.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('placeholders.intro')}</Paragraph>
      {report.placeholders.length === 0 ? (
        <Paragraph>{t('placeholders.none')}</Paragraph>
      ) : (
        <>
          <Heading level={4} data-size="2xs">
            {t('placeholders.listHeading', { n: report.placeholders.length })}
          </Heading>
          <List.Unordered className="placeholder-list">
            {report.placeholders.map((p) => (
              <List.Item key={p.path}>
                <FormLink path={p.path}>{p.label}</FormLink>
                {p.toBeSetBy && (
                  <span className="placeholder-role">
                    {' – '}
                    {t('provenance.toBeSetByText', { role: p.toBeSetBy })}
                  </span>
                )}
                {p.note && <span className="placeholder-note">{p.note}</span>}
              </List.Item>
            ))}
          </List.Unordered>
        </>
      )}
      {report.missingCosts.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('placeholders.missingHeading', { n: report.missingCosts.length })}
          </Heading>
          <Paragraph data-size="sm">{t('placeholders.missingIntro')}</Paragraph>
          <List.Unordered className="placeholder-list">
            {report.missingCosts.map((cost, i) => (
              <List.Item key={`${cost.path}-${i}`}>
                <FormLink path={cost.path}>{cost.label}</FormLink>
              </List.Item>
            ))}
          </List.Unordered>
        </>
      )}
      {report.grantsNotCounted.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('placeholders.grantsHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('placeholders.grantsIntro')}</Paragraph>
          <List.Unordered className="placeholder-list">
            {report.grantsNotCounted.map((grant) => {
              const index = document.scenarios[scenarioIndex]?.grants.findIndex(
                (g) => g.grantId === grant.grantId,
              );
              return (
                <List.Item key={grant.grantId}>
                  <FormLink path={`scenarios[${scenarioIndex}].grants[${index ?? 0}].financesCost`}>
                    {grantName(grant.grantId)}
                    {grant.amount !== null && ` (${roundedNok(grant.amount)})`}
                  </FormLink>
                  {': '}
                  {t(`placeholders.grant.${grant.reason}`)}
                </List.Item>
              );
            })}
          </List.Unordered>
        </>
      )}
    </section>
  );
}
