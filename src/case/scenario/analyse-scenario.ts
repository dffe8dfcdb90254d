/**
 * One call that gives everything the screens, the CLI and the API show for a scenario: the cash-flow table
 * at the inputs' medians against the zero alternative, NPV/payback/IRR, the two named views (the budget
 * view in nominal kroner per municipality; the socio-economic view in real prices for society), the
 * placeholders and missing costs the result rests on, the attrition check, the tornado, switching values,
 * and a seeded Monte Carlo. The browser runs the Monte Carlo part in a Web Worker with `startMonteCarlo` instead,
 * with the same seed and the same result.
 * @module
 */
import { ValidationError } from '../../common/errors.ts';
import { customMessage } from '../../i18n/issue-messages.ts';
import type { Language } from '../../i18n/language.ts';
import { analysisFailure } from './analysis-failure.ts';
import { budgetView, type BudgetView } from '../../engine/economics/budget-view.ts';
import { runMonteCarlo, type MonteCarloOutcome } from '../../engine/economics/monte-carlo.ts';
import { computeCashFlows, type CashFlowResult } from '../../engine/economics/scenario-cash-flows.ts';
import { summariseCashFlows, type ScenarioSummary } from '../../engine/economics/scenario-summary.ts';
import { switchingValue, tornado, type Tornado } from '../../engine/economics/sensitivity.ts';
import { quantileDraw } from '../../engine/economics/uncertain-inputs.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { socioEconomicView, type SocioEconomicView } from '../../engine/economics/socio-economic-view.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import { attritionCheck, type AreaAttritionCheck } from './attrition-check.ts';
import { nonPricedView, type NonPricedView } from './non-priced-view.ts';
import { resolveAllocationKeys } from './resolve-allocation-keys.ts';
import { scenarioPlaceholders, type ScenarioPlaceholders } from './scenario-placeholders.ts';
import { toScenarioInput, type MappedScenario } from './to-scenario-input.ts';

export interface DeterministicAnalysis {
  scenarioId: string;
  mapped: MappedScenario;
  /** Cash flows with every uncertain input at its median. */
  cashFlows: CashFlowResult;
  summary: ScenarioSummary;
  /** What the finance managers put in their budgets: nominal kroner, the four økonomiplan years. */
  budget: BudgetView;
  /** Society's view: real prices, grants netted out, tax financing cost and residual value. */
  socioEconomic: SocioEconomicView;
  /** The placeholders, missing costs and uncounted grants the result rests on. */
  placeholders: ScenarioPlaceholders;
  /** FTE reductions against expected natural attrition, per area (small groups' ages withheld first). */
  attrition: AreaAttritionCheck[];
  /** Non-priced effects beside the socio-economic result, never added into it; with the break-even value. */
  nonPriced: NonPricedView;
  tornado: Tornado;
  /**
   * Per uncertain input: the value at which the total NPV (and each municipality's) is zero, or null if it
   * does not cross zero in the range searched.
   */
  switchingValues: {
    inputId: string;
    label: string;
    value: number | null;
    perMunicipality: Record<string, number | null>;
  }[];
}

export interface ScenarioAnalysis extends DeterministicAnalysis {
  monteCarlo: MonteCarloOutcome;
}

/** Default number of Monte Carlo draws. */
export const DEFAULT_DRAWS = 10_000;
/** Default seed; any integer gives a reproducible run. */
export const DEFAULT_SEED = 20260610;

export interface AnalysisOptions {
  language?: Language;
  /** The LP solver, needed when a key is an LP-based allocation method (`scenarioNeedsSolver`). */
  solver?: LpSolver;
}

/**
 * The engine input of a scenario with its allocation-method keys resolved: the one mapping every view of
 * the net effect goes through (scenario page, cost-sharing page, `flokk analyse`, `flokk share`, API).
 */
export function scenarioEngineInput(
  document: CaseDocument,
  scenarioId: string,
  solver?: LpSolver,
): MappedScenario | null {
  const mapped = toScenarioInput(document, scenarioId);
  if (!mapped) return null;
  return { ...mapped, input: resolveAllocationKeys(document, scenarioId, mapped.input, solver) };
}

/**
 * The net effect per municipality and year at the inputs' medians: computed here once, for every screen.
 * @example netEffect(defaultCase(), 'administrative-tjenester')?.perMunicipality['5028']
 */
export function netEffect(
  document: CaseDocument,
  scenarioId: string,
  solver?: LpSolver,
): CashFlowResult | null {
  const mapped = scenarioEngineInput(document, scenarioId, solver);
  return mapped ? computeCashFlows(mapped.input, quantileDraw(mapped.input, 0.5)) : null;
}

/** The parts that need no random draws; cheap enough to run on every edit. */
export function analyseDeterministic(
  document: CaseDocument,
  scenarioId: string,
  options: AnalysisOptions = {},
): DeterministicAnalysis | null {
  const mapped = scenarioEngineInput(document, scenarioId, options.solver);
  if (!mapped) return null;
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const cashFlows = computeCashFlows(mapped.input, quantileDraw(mapped.input, 0.5));
  const horizon = cashFlows.years.length;
  const socioEconomic = socioEconomicView(cashFlows, {
    ...(mapped.input.discountSchedule ? { schedule: mapped.input.discountSchedule } : {}),
    taxFinancingRate: scenario?.taxFinancingCost?.rate ?? 0,
    lifetimeYears: Math.max(horizon, scenario?.lifetimeYears?.value ?? horizon),
  });
  return {
    scenarioId,
    mapped,
    cashFlows,
    summary: summariseCashFlows(cashFlows, mapped.input.discountSchedule),
    budget: budgetView(cashFlows, {
      inflation: scenario?.inflation.value ?? 0,
      ...(scenario?.budgetFirstYear === undefined ? {} : { firstYear: scenario.budgetFirstYear }),
    }),
    socioEconomic,
    placeholders: scenarioPlaceholders(document, scenarioId, options.language) ?? {
      placeholders: [],
      missingCosts: [],
      grantsNotCounted: [],
    },
    attrition: attritionCheck(redactPersonalData(document).document, scenarioId, cashFlows),
    nonPriced: nonPricedView(document, scenarioId, socioEconomic),
    tornado: tornado(mapped.input),
    switchingValues: mapped.input.uncertainInputs.map((input) => {
      // A savings share below 0 means the joint unit costs more than today; searching there too finds how much
      // worse it may get before the cooperation loses money.
      const range = input.id.endsWith('.savingsShare') ? ({ range: [-1, 1] } as const) : {};
      return {
        inputId: input.id,
        label: mapped.labels[input.id] ?? input.id,
        value: switchingValue(mapped.input, input.id, range),
        perMunicipality: Object.fromEntries(
          mapped.input.municipalities.map((m) => [
            m.id,
            switchingValue(mapped.input, input.id, { ...range, municipality: m.id }),
          ]),
        ),
      };
    }),
  };
}

/** Everything, including a Monte Carlo run of `draws` draws from `seed`. */
export function analyseScenario(
  document: CaseDocument,
  scenarioId: string,
  options: { draws?: number; seed?: number } & AnalysisOptions = {},
): ScenarioAnalysis | null {
  let deterministic: DeterministicAnalysis | null;
  try {
    deterministic = analyseDeterministic(document, scenarioId, options);
  } catch (error) {
    // A valid document can still hold a scenario the engine cannot compute (a population key with no date
    // that has figures for everyone): that is the document's field to fix, named, never a crash.
    const failure = analysisFailure(
      error,
      document.scenarios.findIndex((s) => s.id === scenarioId),
    );
    if (!failure) throw error;
    const language = options.language ?? 'nb';
    const specific = customMessage(failure.code, language);
    throw new ValidationError([
      {
        path: failure.path,
        code: failure.code,
        message: specific === failure.code ? customMessage('scenario_not_computable', language) : specific,
      },
    ]);
  }
  if (!deterministic) return null;
  const monteCarlo = runMonteCarlo(deterministic.mapped.input, {
    draws: options.draws ?? DEFAULT_DRAWS,
    seed: options.seed ?? DEFAULT_SEED,
  });
  return { ...deterministic, monteCarlo };
}
