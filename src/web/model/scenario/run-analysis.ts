/**
 * Runs the deterministic analysis of a scenario for the screens. The engine throws on input it cannot
 * compute with (a volume key without volumes, say); the screens get that as a failure with a code and the
 * field's path in the case document instead.
 * @module
 */
import { analyseDeterministic, type DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { analysisFailure, type AnalysisFailure } from '../../../case/scenario/analysis-failure.ts';

export type { AnalysisFailure };
export { documentPath } from '../../../case/scenario/analysis-failure.ts';

export type AnalysisOutcome =
  { ok: true; analysis: DeterministicAnalysis } | { ok: false; failure: AnalysisFailure };

function failureOf(error: unknown, scenarioIndex: number): AnalysisFailure {
  const failure = analysisFailure(error, scenarioIndex);
  if (failure) return failure;
  // Anything else is a programming error: logged for the developer, while the editor stays usable.
  console.error(error);
  return { code: 'unknown', path: '' };
}

/** The analysis of scenario `scenarioId`, or why there is none; `null` when the case has no such scenario. */
export function runAnalysis(document: CaseDocument, scenarioId: string): AnalysisOutcome | null {
  const scenarioIndex = document.scenarios.findIndex((s) => s.id === scenarioId);
  if (scenarioIndex < 0) return null;
  try {
    const analysis = analyseDeterministic(document, scenarioId);
    return analysis ? { ok: true, analysis } : null;
  } catch (error) {
    return { ok: false, failure: failureOf(error, scenarioIndex) };
  }
}
