import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { describeInput } from '../../model/scenario/input-label.ts';
import { areaName } from '../../model/scenario/warning-messages.ts';
import { AttritionSection } from './attrition-section.tsx';
import { DownloadTable } from '../export/download-table.tsx';
import { BudgetViewTable } from './budget-view-table.tsx';
import { CashFlowTable } from './cash-flow-table.tsx';
import type { MunicipalityName } from './npv-summary-table.tsx';
import { SwitchingValuesTable } from './switching-values-table.tsx';
import { SocioEconomicSection } from './socio-economic-section.tsx';
import { TornadoSection } from './tornado-section.tsx';
import { ZeroAlternativeTable } from './zero-alternative-table.tsx';

export interface ScenarioResultsProps {
  caseId: string;
  /** The scenario the analysis is of, to let its figures open their explanations. */
  scenarioId?: string | undefined;
  analysis: DeterministicAnalysis;
  /** The document the analysis was made from (the draft when it is valid). */
  document: CaseDocument;
  municipalities: readonly MunicipalityName[];
}

/**
 * The detailed results at the inputs' medians: the zero alternative, the cash flows, the two named views
 * (budget and socio-economic) each with its convention, the attrition check, tornado and switching values.
 */
export function ScenarioResults(props: ScenarioResultsProps) {
  const { caseId, scenarioId, analysis, document, municipalities } = props;
  const t = useT();
  const { language } = useLanguage();
  const describe = useCallback(
    (inputId: string) =>
      describeInput(inputId, document, t, language, analysis.mapped.labels[inputId] ?? inputId),
    [document, t, language, analysis],
  );
  const change =
    analysis.tornado.mode.kind === 'relative' ? formatPercent(analysis.tornado.mode.change, 0) : '';
  const budgetYears = analysis.budget.years;
  return (
    <>
      <section aria-labelledby="zero-heading" className="results-section">
        <Heading level={3} data-size="sm" id="zero-heading">
          {t('zero.heading')}
        </Heading>
        <ZeroAlternativeTable cashFlows={analysis.cashFlows} municipalities={municipalities} />
      </section>
      <section aria-labelledby="cash-flow-heading" className="results-section">
        <Heading level={3} data-size="sm" id="cash-flow-heading">
          {t('results.cashFlowHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('results.cashFlowIntro')}</Paragraph>
        <CashFlowTable
          cashFlows={analysis.cashFlows}
          municipalities={municipalities}
          document={document}
          scenarioId={scenarioId}
        />
        {scenarioId !== undefined && (
          <DownloadTable caseId={caseId} table="cash-flows" scenarioId={scenarioId} />
        )}
      </section>
      <section aria-labelledby="budget-heading" className="results-section">
        <Heading level={3} data-size="sm" id="budget-heading">
          {t('results.budgetHeading')}
        </Heading>
        <Paragraph>
          {t('results.budgetConvention', {
            from: budgetYears[0] ?? '',
            to: budgetYears[budgetYears.length - 1] ?? '',
            inflation: formatPercent(analysis.budget.inflation),
          })}
        </Paragraph>
        <BudgetViewTable budget={analysis.budget} municipalities={municipalities} />
        {scenarioId !== undefined && (
          <DownloadTable caseId={caseId} table="budget-view" scenarioId={scenarioId} />
        )}
      </section>
      <section aria-labelledby="socio-heading" className="results-section">
        <Heading level={3} data-size="sm" id="socio-heading">
          {t('socio.heading')}
        </Heading>
        <SocioEconomicSection view={analysis.socioEconomic} />
        {scenarioId !== undefined && (
          <DownloadTable caseId={caseId} table="socio-economic-view" scenarioId={scenarioId} />
        )}
      </section>
      <section aria-labelledby="attrition-heading" className="results-section">
        <Heading level={3} data-size="sm" id="attrition-heading">
          {t('attrition.heading')}
        </Heading>
        <AttritionSection
          caseId={caseId}
          checks={analysis.attrition}
          areaName={(id) => areaName(document, id, language)}
        />
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
