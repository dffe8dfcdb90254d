import { Alert, Link, List, Paragraph } from '@digdir/designsystemet-react';
import type { DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatMillionNok } from '../../../i18n/format.ts';
import { roundedNok } from '../../model/scenario/figure-text.ts';
import { TermList } from '../terms/term.tsx';
import type { MunicipalityName } from './npv-summary-table.tsx';

export interface ScenarioHeadlineProps {
  analysis: DeterministicAnalysis;
  municipalities: readonly MunicipalityName[];
}

/**
 * The answer first: per municipality, whether the cooperation gains or loses in net present value over the
 * analysis period, rounded as a budget document rounds, and how many placeholders and unestimated costs the
 * figures rest on.
 */
export function ScenarioHeadline({ analysis, municipalities }: ScenarioHeadlineProps) {
  const t = useT();
  const years = analysis.cashFlows.years;
  const period = { from: years[0] ?? '', to: years[years.length - 1] ?? '', years: years.length };
  const { placeholders, missingCosts, grantsNotCounted } = analysis.placeholders;
  const restsOn = placeholders.length + missingCosts.length > 0;
  return (
    <div className="scenario-headline">
      <List.Unordered className="headline-list">
        {municipalities.map((m) => {
          const figures = analysis.summary.perMunicipality[m.id];
          if (!figures) return null;
          const npv = Math.round(figures.npv);
          const key = npv > 0 ? 'headline.gain' : npv < 0 ? 'headline.loss' : 'headline.none';
          return (
            <List.Item key={m.id} data-municipality={m.id}>
              {t(key, { name: m.name, amount: roundedNok(Math.abs(npv)), ...period })}
              {restsOn && <> {t('headline.restsOnShort')}</>}
            </List.Item>
          );
        })}
      </List.Unordered>
      {restsOn ? (
        <Alert data-color="warning" className="page-notice">
          <Paragraph>
            {t('headline.restsOn', {
              placeholders: t(placeholders.length === 1 ? 'count.placeholder' : 'count.placeholders', {
                n: placeholders.length,
              }),
              missing: t(missingCosts.length === 1 ? 'count.missingCost' : 'count.missingCosts', {
                n: missingCosts.length,
              }),
            })}{' '}
            <Link href="#placeholders-heading">{t('headline.seeList')}</Link>
          </Paragraph>
          {grantsNotCounted.length > 0 && (
            <Paragraph>{t('headline.grantsNotCounted', { n: grantsNotCounted.length })}</Paragraph>
          )}
        </Alert>
      ) : (
        <Paragraph data-size="sm">{t('headline.noPlaceholders')}</Paragraph>
      )}
    </div>
  );
}

/**
 * The answer in one sentence: the scenario's total net present value over the period, in millions with one
 * decimal as a budget summary gives it, and the terms the figures below use.
 */
export function ScenarioAnswer({ analysis }: { analysis: DeterministicAnalysis }) {
  const t = useT();
  const years = analysis.cashFlows.years;
  return (
    <>
      <Paragraph className="results-answer" data-size="lg">
        {t('answer.scenario', {
          amount: formatMillionNok(analysis.summary.total.npv),
          from: years[0] ?? '',
          to: years[years.length - 1] ?? '',
        })}
      </Paragraph>
      <TermList ids={['npv', 'irr', 'zeroAlternative']} />
    </>
  );
}
