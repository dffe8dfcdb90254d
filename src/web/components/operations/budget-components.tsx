import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { componentKeyWords, componentKindWords } from '../../../case/operations/budget-words.ts';
import type { LabelledBudgetView } from '../../../case/operations/labelled-budget.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatNok, formatNumber } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from '../scroll-region.tsx';
import { TermList } from '../terms/term.tsx';

export interface BudgetComponentsProps {
  document: CaseDocument;
  view: LabelledBudgetView;
}

/**
 * The components of the year's budget with their kind, amount and key in words, and each member's amount and
 * share of each; then the figures the keys read (with the date actually used) and any phase-in step.
 */
export function BudgetComponents({ document, view }: BudgetComponentsProps) {
  const t = useT();
  const { language } = useLanguage();
  const budget = document.operations.budgets.find((b) => b.unitId === view.unitId && b.year === view.year);
  const phased = view.components.filter((c) => c.phaseIn !== null);
  const wanted = view.population[0]?.wanted ?? `${view.year}-01-01`;
  const earlier = view.population.find((p) => p.earlier);
  return (
    <section aria-labelledby="budget-components-heading">
      <Heading level={2} data-size="md" id="budget-components-heading">
        {t('budget.components.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('budget.kinds')}</Paragraph>
      <TermList ids={['costKey', 'margin', 'phaseIn']} />
      <ScrollRegion>
        <Table border data-color="neutral" data-size="sm">
          <caption>{t('budget.components.caption', { year: view.year })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('budget.col.component')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('budget.col.kind')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('budget.col.amount')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('budget.col.key')}</Table.HeaderCell>
              {view.municipalities.map((m) => (
                <Table.HeaderCell key={m.number} scope="col" className="numeric">
                  {m.name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {view.components.map((c, k) => (
              <Table.Row key={c.id}>
                <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
                <Table.Cell>{componentKindWords(c.kind, language)}</Table.Cell>
                <Table.Cell className="numeric">
                  {formatNok(c.charged, language)}
                  {c.amountProvenance === 'placeholder' && ` ${t('budget.amountPlaceholder')}`}
                </Table.Cell>
                <Table.Cell>
                  {componentKeyWords(budget?.components[k] ?? { kind: 'direct' }, c.phaseIn, language)}
                  {c.keyProvenance === 'placeholder' && ` ${t('budget.amountPlaceholder')}`}
                </Table.Cell>
                {view.municipalities.map((m, i) => {
                  const amount = c.amounts[i] ?? 0;
                  const share = c.charged === 0 ? 0 : (amount / c.charged) * 100;
                  return (
                    <Table.Cell key={m.number} className="numeric">
                      {formatNok(amount, language)}
                      <br />
                      <span className="budget-share">
                        {t('budget.share', { share: formatNumber(share, 1, language) })}
                      </span>
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('budget.col.total')}</Table.HeaderCell>
              <Table.Cell />
              <Table.Cell className="numeric">{formatNok(view.total, language)}</Table.Cell>
              <Table.Cell />
              {view.municipalities.map((m, i) => (
                <Table.Cell key={m.number} className="numeric">
                  {formatNok(view.totals[i] ?? 0, language)}
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      </ScrollRegion>
      <Heading level={3} data-size="sm">
        {t('budget.population.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('budget.population.intro', { wanted })}{' '}
        {earlier !== undefined && t('budget.population.earlier', { wanted, used: earlier.used ?? '' })}
      </Paragraph>
      <ScrollRegion>
        <Table border data-color="neutral" data-size="sm">
          <caption>{t('budget.population.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('budget.population.col.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('budget.population.col.date')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('budget.population.col.value')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {view.population.map((p) => (
              <Table.Row key={p.municipality}>
                <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                <Table.Cell>{p.used ?? t('budget.population.missing')}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(p.value, 0, language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {phased.length > 0 && (
        <>
          <Heading level={3} data-size="sm">
            {t('budget.phaseIn.heading')}
          </Heading>
          <ul>
            {phased.map((c) => (
              <li key={c.id}>
                {c.phaseIn?.step === 0
                  ? t('budget.phaseIn.notStarted', { component: c.name })
                  : t('budget.phaseIn.row', {
                      component: c.name,
                      step: c.phaseIn?.step ?? 0,
                      years: c.phaseIn?.years ?? 0,
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
