import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { LabelledBudgetView } from '../../../case/operations/labelled-budget.ts';
import type { UnitIndexEntry } from '../../../case/operations/operations-index.ts';
import { formatMillionNok } from '../../../i18n/format.ts';
import { LOCALE } from '../../../i18n/language.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { Term } from '../terms/term.tsx';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface BudgetAnswerProps {
  unit: UnitIndexEntry;
  view: LabelledBudgetView;
}

/**
 * The answer first: the year's budget and what each municipality pays, largest first, in millions as budgets
 * are read; then the host, and every placeholder the figures rest on, named as the forms label it.
 */
export function BudgetAnswer({ unit, view }: BudgetAnswerProps) {
  const t = useT();
  const { language } = useLanguage();
  const payers = view.municipalities
    .map((m, i) => ({ name: m.name, amount: view.totals[i] ?? 0 }))
    .sort((a, b) => b.amount - a.amount);
  const list = new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(
    payers.map((p) => t('budget.pays', { name: p.name, amount: formatMillionNok(p.amount, language) })),
  );
  const host = unit.host;
  return (
    <section aria-labelledby="budget-answer-heading" className="budget-answer">
      <Paragraph data-size="lg" className="budget-answer__text" id="budget-answer-heading">
        {t('budget.answer', {
          unit: unit.name,
          year: view.year,
          total: formatMillionNok(view.total, language),
        })}{' '}
        {t('budget.answerPays', { list: capitalised(list) })}
      </Paragraph>
      <Paragraph data-size="sm">
        <Term id="hostMunicipality">{capitalised(t('term.hostMunicipality.name'))}</Term>:{' '}
        {host === null
          ? t('budget.hostNotSet')
          : t(host.provenance === 'placeholder' ? 'budget.hostPlaceholder' : 'budget.host', {
              name: host.name,
            })}
        .
      </Paragraph>
      {view.hasPlaceholders ? (
        <Alert data-color="warning" className="page-notice">
          <Heading level={3} data-size="xs">
            {t('budget.placeholders.heading')}
          </Heading>
          <Paragraph>{t('budget.placeholders.intro')}</Paragraph>
          <ul>
            {view.placeholders.map((p) => (
              <li key={p.path}>
                {t('budget.placeholders.one', { label: p.label })}
                {p.toBeSetBy !== null && ` – ${t('budget.placeholders.by', { who: p.toBeSetBy })}`}.
                {p.note !== null && <span className="budget-placeholder-note"> {p.note}</span>}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Paragraph data-size="sm">{t('budget.placeholders.none')}</Paragraph>
      )}
    </section>
  );
}
