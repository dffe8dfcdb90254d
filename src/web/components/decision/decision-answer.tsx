import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DecisionSummary } from '../../../case/decision/decision-summary.ts';
import { formatMillions, formatNumber } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';

/**
 * The answer first: the net effect over the period, the NPV, how sure it is in words, and the payback, each
 * with its term explained where it stands and each figure opening its explanation.
 */
export function DecisionAnswer({ summary }: { summary: DecisionSummary }) {
  const t = useT();
  const { language } = useLanguage();
  const name = summary.municipality.name;
  const mill = (value: number) => t('decision.millions', { value: formatMillions(value, language) });
  const first = summary.years[0] ?? summary.baseYear;
  const last = summary.years.at(-1) ?? summary.baseYear;
  const { range, payback } = summary;
  return (
    <section aria-labelledby="decision-answer-heading" className="decision-section">
      <Heading level={2} data-size="sm" id="decision-answer-heading">
        {t('decision.answerHeading')}
      </Heading>
      <dl className="decision-answer">
        <div className="decision-answer__item" data-figure="net">
          <dt>{t('decision.netPeriod', { first, last })}</dt>
          <dd>
            <span className="decision-answer__value">{mill(summary.netOverPeriod)}</span>
            <Paragraph data-size="sm" className="decision-term">
              {t('decision.netPeriodTerm', { municipality: name, baseYear: summary.baseYear })}
            </Paragraph>
          </dd>
        </div>
        <div className="decision-answer__item" data-figure="npv">
          <dt>{t('decision.npv')}</dt>
          <dd>
            <span className="decision-answer__value">
              <ExplainableFigure
                figure={summary.npv.figureId}
                text={mill(summary.npv.value)}
                label={t('decision.npvLabel', { municipality: name })}
              />
            </span>
            <Paragraph data-size="sm" className="decision-term">
              {t('decision.npvTerm', {
                baseYear: summary.baseYear,
                rate: formatPercent(summary.discountRate),
              })}
            </Paragraph>
          </dd>
        </div>
        <div className="decision-answer__item" data-figure="range">
          <dt>{t('decision.range')}</dt>
          <dd>
            <Paragraph className="decision-range">
              {t('decision.rangeBefore')}{' '}
              <ExplainableFigure
                figure={range.p10.figureId}
                text={formatMillions(range.p10.value, language)}
                label={t('decision.rangeLowLabel', { municipality: name })}
              />{' '}
              {t('decision.rangeAnd')}{' '}
              {/* The full stop stays with the figure: alone on a line it looks like a stray mark. */}
              <span className="nowrap">
                <ExplainableFigure
                  figure={range.p90.figureId}
                  text={mill(range.p90.value)}
                  label={t('decision.rangeHighLabel', { municipality: name })}
                />
                .
              </span>
            </Paragraph>
            <Paragraph data-size="sm">
              {t('decision.lossBefore')}{' '}
              <ExplainableFigure
                figure={range.probabilityOfLoss.figureId}
                text={formatPercent(range.probabilityOfLoss.value)}
                label={t('decision.lossLabel', { municipality: name })}
              />
            </Paragraph>
            <Paragraph data-size="sm" className="decision-term">
              {t('decision.rangeTerm', { draws: formatNumber(range.draws, 0, language) })}
            </Paragraph>
          </dd>
        </div>
        <div className="decision-answer__item" data-figure="payback">
          <dt>{t('decision.payback')}</dt>
          <dd>
            <Paragraph>
              {payback.status === 'paid_back' && payback.value !== null ? (
                <>
                  {t('decision.paybackPaidBack')}{' '}
                  <ExplainableFigure
                    figure={payback.figureId}
                    text={String(payback.value)}
                    label={t('decision.paybackLabel', { municipality: name })}
                  />
                  .
                </>
              ) : payback.status === 'not_within_horizon' ? (
                t('decision.paybackNotWithin', { year: last })
              ) : (
                t('decision.paybackNoOutlay')
              )}
            </Paragraph>
            <Paragraph data-size="sm" className="decision-term">
              {t('decision.paybackTerm')}
            </Paragraph>
          </dd>
        </div>
      </dl>
    </section>
  );
}
