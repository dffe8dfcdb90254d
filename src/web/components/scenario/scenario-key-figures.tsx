import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { useT } from '../../i18n/use-t.ts';
import type { AnalysisOutcome } from '../../model/scenario/run-analysis.ts';
import { AnalysisFailureAlert } from './analysis-failure-alert.tsx';
import { NpvSummaryTable, type MunicipalityName } from './npv-summary-table.tsx';
import { ScenarioWarnings } from './scenario-warnings.tsx';

export interface ScenarioKeyFiguresProps {
  outcome: AnalysisOutcome | null;
  /** The document the outcome was computed from. */
  document: CaseDocument;
  scenarioId: string;
  municipalities: readonly MunicipalityName[];
  /** Why the draft cannot be analysed as it stands (the first form error), or null when it can. */
  draftProblem: string | null;
  describe: (path: string) => string | undefined;
}

/** NPV, payback and IRR as the draft stands, the engine's warnings, or why there are no figures. */
export function ScenarioKeyFigures(props: ScenarioKeyFiguresProps) {
  const t = useT();
  const { outcome, document, scenarioId, municipalities, draftProblem, describe } = props;
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  return (
    <>
      <Paragraph data-size="sm">{t('results.live')}</Paragraph>
      {draftProblem !== null && (
        <Alert data-color="info" className="page-notice">
          <Paragraph>{t('results.staleDraft', { problem: draftProblem })}</Paragraph>
        </Alert>
      )}
      {outcome && !outcome.ok && <AnalysisFailureAlert failure={outcome.failure} describe={describe} />}
      {outcome?.ok && (
        <>
          <NpvSummaryTable summary={outcome.analysis.summary} municipalities={municipalities} />
          {scenario && (
            <ScenarioWarnings
              warnings={outcome.analysis.cashFlows.warnings}
              scenario={scenario}
              document={document}
            />
          )}
        </>
      )}
    </>
  );
}
