/**
 * The engine refuses input it cannot compute with (a population key without figures for everyone on one
 * date, a volume key without volumes) by throwing; every boundary that analyses a scenario (the server's
 * jobs, `flokk analyse`, the browser) turns that into a failure with a code and the field's path in the case
 * document, here, in one place.
 * @module
 */
import { CostKeyError } from '../../engine/cost-sharing/cost-key-error.ts';
import { EconomicsInputError } from '../../engine/economics/economics-error.ts';
import { DistributionParameterError } from '../../engine/statistics/distribution.ts';

/** Why the analysis could not run: the engine's code (`missing_volume`, `invalid_scenario`, …) and where. */
export interface AnalysisFailure {
  code: string;
  /** The field's path in the case document, or the engine's own path when it has no counterpart. */
  path: string;
}

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

/** The failure for an error the engine throws on refused input, or `null` for anything else (a bug). */
export function analysisFailure(error: unknown, scenarioIndex: number): AnalysisFailure | null {
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
  return null;
}
