import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatMillionNok } from '../../../i18n/format.ts';
import type { CostSharingResponse } from '../../api/cost-sharing-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { TermList } from '../terms/term.tsx';

export interface CostSharingAnswerProps {
  scenarioName: string;
  /** Every scope of the scenario with its name, the package (when there is one) marked. */
  comparisons: readonly { name: string; package: boolean; comparison: CostSharingResponse }[];
}

/**
 * The answer first: what the nucleolus charges each municipality, in millions with one decimal as a budget
 * summary gives it, for the whole package (or the first area when the scenario has one), and whether that
 * sharing is in the core.
 */
export function CostSharingAnswer({ scenarioName, comparisons }: CostSharingAnswerProps) {
  const t = useT();
  const chosen = comparisons.find((c) => c.package) ?? comparisons[0];
  const row = chosen?.comparison.analysis?.allocations.find((r) => r.id === 'nucleolus');
  const answer =
    chosen && row
      ? t(chosen.package ? 'answer.costSharing' : 'answer.costSharingScope', {
          scenario: scenarioName,
          scope: chosen.name,
          shares: chosen.comparison.players
            .map((p, i) => `${p.name} ${formatMillionNok(row.amounts[i] ?? null)}`)
            .join(', '),
        })
      : t('answer.costSharingNone', { scenario: scenarioName });
  return (
    <section aria-labelledby="answer-heading" className="cost-sharing-section">
      <Heading level={2} data-size="md" id="answer-heading">
        {t('answer.heading')}
      </Heading>
      <Paragraph className="results-answer" data-size="lg">
        {answer}
        {row && <> {t(row.core.inCore ? 'answer.costSharingCore' : 'answer.costSharingNoCore')}</>}
      </Paragraph>
      <TermList ids={['nucleolus', 'shapley', 'scrb', 'epm']} />
    </section>
  );
}
