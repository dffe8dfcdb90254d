import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DecisionSummary } from '../../../case/decision/decision-summary.ts';
import { formatMillions } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ExplainableFigure } from '../explain/explainable-figure.tsx';
import { ScrollRegion } from '../scroll-region.tsx';

/** The net effect year by year, a row per year so it reads on a phone without scrolling sideways. */
export function DecisionYears({ summary }: { summary: DecisionSummary }) {
  const t = useT();
  const { language } = useLanguage();
  const name = summary.municipality.name;
  const caption = t('decision.yearsCaption', { municipality: name, baseYear: summary.baseYear });
  return (
    <section aria-labelledby="decision-years-heading" className="decision-section">
      <Heading level={2} data-size="md" id="decision-years-heading">
        {t('decision.yearsHeading')}
      </Heading>
      <Paragraph data-size="sm" className="decision-hint">
        {t('decision.explainHint')}
      </Paragraph>
      <ScrollRegion label={t('decision.yearsRegion')}>
        <table className="ds-table decision-years" data-size="sm">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decision.year')}</th>
              <th scope="col" className="numeric">
                {t('decision.net')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.years.map((year, i) => {
              const figure = summary.netPerYear[i];
              if (!figure) return null;
              const text = t('decision.millions', { value: formatMillions(figure.value, language) });
              return (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td className="numeric">
                    <ExplainableFigure
                      figure={figure.figureId}
                      text={text}
                      label={t('decision.yearLabel', { municipality: name, year })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
