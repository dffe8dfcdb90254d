/**
 * Runs the deterministic analysis of a scenario for the screens. The engine throws on input it cannot
 * compute with (a volume key without volumes, say); the screens get that as a failure with a code and the
 * field's path in the case document instead.
 * @module
 */
import { analyseDeterministic, type DeterministicAnalysis } from '../../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { CostKeyError } from '../../../engine/cost-sharing/cost-key-error.ts';
import { EconomicsInputError } from '../../../engine/economics/economics-error.ts';
import { DistributionParameterError } from '../../../engine/statistics/distribution.ts';

/** Why the analysis could not run: the engine's code (`missing_volume`, `invalid_scenario`, …) and where. */
export interface AnalysisFailure {
  code: string;
  /** The field's path in the case document, or the engine's own path when it has no counterpart. */
  path: string;
}

export type AnalysisOutcome =
  { ok: true; analysis: DeterministicAnalysis } | { ok: false; failure: AnalysisFailure };

/**
 * The engine names fields of its own input (`serviceAreas[0].costKey…`); the scenario's areas and grants
 * are in the same order in the document.
 * @example documentPath(['serviceAreas', 0, 'costKey', 'options', 'measure'], 1) // → 'scenarios[1].areas[0].costKey.options.measure'
 */
export function documentPath(path: readonly (string | number)[], scenarioIndex: number): string {
  const at = `scenarios[${scenarioIndex}]`;
  let out = '';
  path.forEach((key, i) => {
    if (typeof key === 'number') out += `[${key}]`;
    else if (i === 0 && key === 'serviceAreas') out = `${at}.areas`;
    else if (i === 0 && key === 'grants') out = `${at}.grants`;
    else out += out === '' ? key : `.${key}`;
  });
  return out;
}

function failureOf(error: unknown, scenarioIndex: number): AnalysisFailure {
  if (error instanceof EconomicsInputError) {
    const cause = error.cause;
    const code =
      cause instanceof CostKeyError
        ? cause.code
        : cause instanceof DistributionParameterError
          ? cause.code
          : error.code;
    return { code, path: documentPath(error.path, scenarioIndex) };
  }
  if (error instanceof CostKeyError)
    return { code: error.code, path: documentPath(error.path, scenarioIndex) };
  if (error instanceof DistributionParameterError) return { code: error.code, path: '' };
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
