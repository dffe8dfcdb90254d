/**
 * Runs the deterministic analysis of a scenario for the screens. The engine throws on input it cannot
 * compute with (a volume key without volumes, say); the screens get that as a failure with a code and the
 * field's path in the case document instead.
 * @module
 */
import { analyseDeterministic, type DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { analysisFailure, type AnalysisFailure } from '../../../case/scenario/analysis-failure.ts';
import type { LpSolver } from '../../../engine/games/lp-solver.ts';
import type { Language } from '../../../i18n/language.ts';
import { scenarioNeedsSolver } from '../../../case/scenario/resolve-allocation-keys.ts';
import { loadedLpSolver } from '../../workers/lp-solver-loader.ts';

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

export interface RunAnalysisOptions {
  /** The loaded LP solver, when a key is an LP-based allocation method (`scenarioNeedsSolver`). */
  solver?: LpSolver | undefined;
  /** The language of the placeholder labels. @default 'nb' */
  language?: Language;
}

/** The failure code while a key's allocation method waits for the LP solver to load. */
export const SOLVER_LOADING = 'solver_loading';

/**
 * The analysis of scenario `scenarioId`, or why there is none; `null` when the case has no such scenario.
 * A key that needs the LP solver uses the one given, or the one loaded on this page; without either the
 * outcome is the failure {@link SOLVER_LOADING}.
 */
export function runAnalysis(
  document: CaseDocument,
  scenarioId: string,
  options: RunAnalysisOptions = {},
): AnalysisOutcome | null {
  const scenarioIndex = document.scenarios.findIndex((s) => s.id === scenarioId);
  if (scenarioIndex < 0) return null;
  const solver = options.solver ?? loadedLpSolver();
  if (!solver && scenarioNeedsSolver(document, scenarioId))
    return { ok: false, failure: { code: SOLVER_LOADING, path: '' } };
  try {
    const analysis = analyseDeterministic(document, scenarioId, {
      ...(solver ? { solver } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
    return analysis ? { ok: true, analysis } : null;
  } catch (error) {
    return { ok: false, failure: failureOf(error, scenarioIndex) };
  }
}
