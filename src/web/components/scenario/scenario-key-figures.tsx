import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { useT } from '../../i18n/use-t.ts';
import { SOLVER_LOADING, type AnalysisOutcome } from '../../model/scenario/run-analysis.ts';
import { AnalysisFailureAlert } from './analysis-failure-alert.tsx';
import { NpvSummaryTable, type MunicipalityName } from './npv-summary-table.tsx';
import { PlaceholderReport } from './placeholder-report.tsx';
import { ScenarioAnswer, ScenarioHeadline } from './scenario-headline.tsx';
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
  /** Whether the LP solver an allocation-method key needs is loading, ready or failed to load. */
  solverStatus?: 'not_needed' | 'loading' | 'ready' | 'failed';
}

/**
 * The answer first: a headline per municipality, NPV, payback and IRR as the draft stands, the engine's
 * warnings and what the figures rest on (placeholders, costs not estimated, grants not counted), or why
 * there are no figures.
 */
export function ScenarioKeyFigures(props: ScenarioKeyFiguresProps) {
  const t = useT();
  const { outcome, document, scenarioId, municipalities, draftProblem, describe, solverStatus } = props;
  const waiting = outcome && !outcome.ok && outcome.failure.code === SOLVER_LOADING;
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  return (
    <>
      <Paragraph data-size="sm">{t('results.live')}</Paragraph>
      {draftProblem !== null && (
        <Alert data-color="info" className="page-notice">
          <Paragraph>{t('results.staleDraft', { problem: draftProblem })}</Paragraph>
        </Alert>
      )}
      {waiting && solverStatus !== 'failed' && (
        <Paragraph role="status">{t('results.solverLoading')}</Paragraph>
      )}
      {waiting && solverStatus === 'failed' && (
        <Alert data-color="danger" className="page-notice">
          <Paragraph>{t('results.solverFailed')}</Paragraph>
        </Alert>
      )}
      {outcome && !outcome.ok && !waiting && (
        <AnalysisFailureAlert failure={outcome.failure} describe={describe} />
      )}
      {outcome?.ok && (
        <>
          <ScenarioAnswer analysis={outcome.analysis} />
          <ScenarioHeadline analysis={outcome.analysis} municipalities={municipalities} />
          <NpvSummaryTable
            summary={outcome.analysis.summary}
            municipalities={municipalities}
            scenarioId={scenarioId}
          />
          {scenario && (
            <ScenarioWarnings
              warnings={outcome.analysis.cashFlows.warnings}
              scenario={scenario}
              document={document}
            />
          )}
          <PlaceholderReport
            report={outcome.analysis.placeholders}
            document={document}
            scenarioIndex={document.scenarios.findIndex((s) => s.id === scenarioId)}
          />
        </>
      )}
    </>
  );
}
