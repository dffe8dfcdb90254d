/**
 * What a saved change did to the scenarios: for each scenario, its total net present value and each
 * municipality's, before and after, at the inputs' medians (the figures the scenario page leads with). It is
 * shown after saving a baseline change, so that a user sees at once what the change moved.
 * @module
 */
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { computeCashFlows } from '../../engine/economics/scenario-cash-flows.ts';
import { summariseCashFlows } from '../../engine/economics/scenario-summary.ts';
import { quantileDraw } from '../../engine/economics/uncertain-inputs.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { analysisFailure } from './analysis-failure.ts';
import { scenarioEngineInput } from './analyse-scenario.ts';

/** One scenario's net present values in one revision: the total and per municipality number. */
export interface ScenarioNpv {
  total: number;
  perMunicipality: Record<string, number>;
}

/** The state of one scenario before and after: null where it does not exist or cannot be computed there. */
export interface ScenarioChange {
  scenarioId: string;
  name: LocalizedText;
  before: ScenarioNpv | null;
  after: ScenarioNpv | null;
}

export interface ChangeEffect {
  /** Every scenario of either revision, in the order of the newer one, then those only the older one has. */
  scenarios: ScenarioChange[];
  /** Municipality number → name, for every municipality that appears in either revision. */
  municipalities: { municipalityNumber: string; name: string }[];
}

/** The scenario's NPVs at the inputs' medians, or null if it is missing or the engine refuses its inputs. */
export function scenarioNpv(
  document: CaseDocument,
  scenarioId: string,
  solver?: LpSolver,
): ScenarioNpv | null {
  try {
    const mapped = scenarioEngineInput(document, scenarioId, solver);
    if (!mapped) return null;
    const summary = summariseCashFlows(
      computeCashFlows(mapped.input, quantileDraw(mapped.input, 0.5)),
      mapped.input.discountSchedule,
    );
    return {
      total: summary.total.npv,
      perMunicipality: Object.fromEntries(
        Object.entries(summary.perMunicipality).map(([id, figures]) => [id, figures.npv]),
      ),
    };
  } catch (error) {
    // Input the engine refuses (the scenario page names the field) counts as «cannot be computed»; a bug does not.
    const index = document.scenarios.findIndex((s) => s.id === scenarioId);
    if (analysisFailure(error, index)) return null;
    throw error;
  }
}

/**
 * The effect of going from `before` to `after` on every scenario's NPV.
 * @example changeEffect(revision3, revision4).scenarios[0] // → { scenarioId, name, before: { total, … }, after: { … } }
 */
export function changeEffect(before: CaseDocument, after: CaseDocument, solver?: LpSolver): ChangeEffect {
  const ids = [
    ...after.scenarios.map((s) => s.id),
    ...before.scenarios.map((s) => s.id).filter((id) => !after.scenarios.some((s) => s.id === id)),
  ];
  const scenarios = ids.map((scenarioId) => {
    const scenario =
      after.scenarios.find((s) => s.id === scenarioId) ?? before.scenarios.find((s) => s.id === scenarioId);
    return {
      scenarioId,
      name: scenario?.name ?? { nb: scenarioId },
      before: scenarioNpv(before, scenarioId, solver),
      after: scenarioNpv(after, scenarioId, solver),
    };
  });
  const names = new Map<string, string>();
  // The newer revision's order and names first.
  for (const p of [...after.participants, ...before.participants])
    if (!names.has(p.municipalityNumber)) names.set(p.municipalityNumber, p.name);
  return {
    scenarios,
    municipalities: [...names].map(([municipalityNumber, name]) => ({ municipalityNumber, name })),
  };
}
