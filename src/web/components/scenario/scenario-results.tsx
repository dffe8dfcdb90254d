import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { describeInput } from '../../model/scenario/input-label.ts';
import { BudgetViewTable } from './budget-view-table.tsx';
import { CashFlowTable } from './cash-flow-table.tsx';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { SwitchingValuesTable } from './switching-values-table.tsx';
import { TornadoSection } from './tornado-section.tsx';

export interface ScenarioResultsProps {
  analysis: DeterministicAnalysis;
  /** The document the analysis was made from (the draft when it is valid). */
  document: CaseDocument;
  municipalities: readonly MunicipalityName[];
}

/** The detailed results at the inputs' medians: cash flows, budget view, tornado and switching values. */
export function ScenarioResults({ analysis, document, municipalities }: ScenarioResultsProps) {
  const t = useT();
  const { language } = useLanguage();
  const describe = useCallback(
    (inputId: string) =>
      describeInput(inputId, document, t, language, analysis.mapped.labels[inputId] ?? inputId),
    [document, t, language, analysis],
  );
  const change =
    analysis.tornado.mode.kind === 'relative' ? formatPercent(analysis.tornado.mode.change, 0) : '';
  return (
    <>
      <section aria-labelledby="cash-flow-heading" className="results-section">
        <Heading level={3} data-size="sm" id="cash-flow-heading">
          {t('results.cashFlowHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('results.cashFlowIntro')}</Paragraph>
        <CashFlowTable cashFlows={analysis.cashFlows} municipalities={municipalities} document={document} />
      </section>
      <section aria-labelledby="budget-heading" className="results-section">
        <Heading level={3} data-size="sm" id="budget-heading">
          {t('results.budgetHeading')}
        </Heading>
        <BudgetViewTable budget={analysis.budget} municipalities={municipalities} />
      </section>
      <section aria-labelledby="tornado-heading" className="results-section">
        <Heading level={3} data-size="sm" id="tornado-heading">
          {t('tornado.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('tornado.intro', { change })}</Paragraph>
        <TornadoSection tornado={analysis.tornado} describe={describe} />
      </section>
      <section aria-labelledby="switching-heading" className="results-section">
        <Heading level={3} data-size="sm" id="switching-heading">
          {t('switching.heading')}
        </Heading>
        <SwitchingValuesTable
          switchingValues={analysis.switchingValues}
          municipalities={municipalities}
          describe={describe}
        />
      </section>
    </>
  );
}
