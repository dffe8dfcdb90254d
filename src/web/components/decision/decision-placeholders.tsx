import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DecisionSummary } from '../../../case/decision/decision-summary.ts';
import { useT } from '../../i18n/use-t.ts';

/** What the figures still rest on: placeholders (with who is to set each), missing costs, uncounted grants. */
export function DecisionPlaceholders({ summary }: { summary: DecisionSummary }) {
  const t = useT();
  const { placeholders, missingCosts, grantsNotCounted } = summary;
  return (
    <section
      aria-labelledby="decision-placeholders-heading"
      className="decision-section"
      data-figure="placeholders"
    >
      <Heading level={2} data-size="sm" id="decision-placeholders-heading">
        {t('decision.placeholdersHeading')}
      </Heading>
      <Paragraph>
        {placeholders.length > 0
          ? t('decision.placeholdersLead', { count: placeholders.length })
          : t('decision.placeholdersNone')}
      </Paragraph>
      {placeholders.length > 0 && (
        <ul className="decision-compact-list">
          {placeholders.map((p) => (
            <li key={p.label}>
              {p.toBeSetBy ? t('decision.placeholderBy', { label: p.label, who: p.toBeSetBy }) : p.label}
            </li>
          ))}
        </ul>
      )}
      {missingCosts.length > 0 && (
        <Paragraph>{t('decision.missingCosts', { count: missingCosts.length })}</Paragraph>
      )}
      {grantsNotCounted > 0 && (
        <Paragraph>{t('decision.grantsNotCounted', { count: grantsNotCounted })}</Paragraph>
      )}
    </section>
  );
}
