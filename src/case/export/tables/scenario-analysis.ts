/**
 * The deterministic analysis of the table's scenario, the one the scenario page shows (every uncertain input
 * at its median; no Monte Carlo), with the engine's refusals turned into a `ValidationError` that names the
 * field, as `analyseScenario` does, so an export never answers 500 for a scenario that cannot be computed.
 * @module
 */
import { ValidationError } from '../../../common/errors.ts';
import { customMessage } from '../../../i18n/issue-messages.ts';
import { analysisFailure } from '../../scenario/analysis-failure.ts';
import { analyseDeterministic, type DeterministicAnalysis } from '../../scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { Scenario } from '../../schema/scenario.ts';
import type { ExportContext } from '../export-table.ts';
import { chosenScenario } from './table-helpers.ts';

export interface TableScenario {
  scenario: Scenario;
  analysis: DeterministicAnalysis;
}

// A workbook builds three tables from one analysis: computed once per document object, scenario and language.
// A document is one saved revision and is never changed in place, so its identity is a sound key.
const computed = new WeakMap<CaseDocument, Map<string, DeterministicAnalysis | null>>();

/** The scenario and its analysis; null when the case has no such scenario. */
export function tableScenario(document: CaseDocument, context: ExportContext): TableScenario | null {
  const scenario = chosenScenario(document, context);
  if (!scenario) return null;
  const key = `${scenario.id}\u0000${context.language}\u0000${context.solver ? 'lp' : ''}`;
  const byKey = computed.get(document) ?? new Map<string, DeterministicAnalysis | null>();
  computed.set(document, byKey);
  if (!byKey.has(key)) byKey.set(key, analyse(document, scenario, context));
  const analysis = byKey.get(key) ?? null;
  return analysis ? { scenario, analysis } : null;
}

function analyse(
  document: CaseDocument,
  scenario: Scenario,
  context: ExportContext,
): DeterministicAnalysis | null {
  let analysis: DeterministicAnalysis | null;
  try {
    analysis = analyseDeterministic(document, scenario.id, {
      language: context.language,
      ...(context.solver ? { solver: context.solver } : {}),
    });
  } catch (error) {
    const failure = analysisFailure(
      error,
      document.scenarios.findIndex((s) => s.id === scenario.id),
    );
    if (!failure) throw error;
    const specific = customMessage(failure.code, context.language);
    throw new ValidationError([
      {
        path: failure.path,
        code: failure.code,
        message:
          specific === failure.code ? customMessage('scenario_not_computable', context.language) : specific,
      },
    ]);
  }
  return analysis;
}
