/**
 * «Hva betyr dette for Melhus?»: what one municipality reads first about a scenario, gathered from the
 * analyses that already exist, never computed a second way. The net effect, NPV, payback and Monte Carlo
 * range are the scenario analysis' own figures (`analyseScenario`) for the municipality; the legal model is
 * the feasibility matrix and the model-choice ranking; staff is the attrition check and the transfer
 * checklists; placeholders are the scenario's. The case records no chosen scenario or model, so the summary
 * says so (`decided: false`) rather than presenting the analysis as a decision.
 * @module
 */
import type { PaybackStatus } from '../../engine/economics/scenario-summary.ts';
import type { Text } from '../../engine/legal/legal-fact.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { Language } from '../../i18n/language.ts';
import { usableModels } from '../document/legal-blocks.ts';
import { analyseModelChoice } from '../model-choice/analyse-model-choice.ts';
import { caseFeasibilityMatrix, type MatrixRow } from '../model-choice/feasibility-matrix.ts';
import { analyseScenario } from '../scenario/analyse-scenario.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import { staffTransferChecklists } from '../staff-transfer/staff-transfer-checklist.ts';

export interface DecisionOptions {
  /** Kommunenummer, e.g. `5028` for Melhus. */
  municipality: string;
  scenarioId: string;
  language?: Language;
  solver?: LpSolver;
}

/** A figure on the page with the id the explain panel opens (`/api/cases/:caseId/explain/:figure`). */
export interface DecisionFigure<T = number> {
  value: T;
  figureId: string;
}

export interface DecisionSummary {
  scenario: { id: string; name: LocalizedText };
  /** Every scenario of the case, for the page's chooser. */
  scenarios: { id: string; name: LocalizedText }[];
  municipality: { number: string; name: string };
  /** The scenario's municipalities, in the case's order. */
  participants: { number: string; name: string }[];
  /** False: the case records no decision on a scenario, a key or a model; the page says so. */
  decided: false;
  /** Undiscounted net effect per year, real kroner of `baseYear` (positive: the municipality saves). */
  netPerYear: DecisionFigure[];
  years: number[];
  /** The sum of `netPerYear` over the period. */
  netOverPeriod: number;
  baseYear: number;
  /** The discount rate of the first years (R-109/21: 4 %), to say beside the NPV; null without a schedule. */
  discountRate: number | null;
  npv: DecisionFigure;
  /** P10 and P90 of the NPV over the Monte Carlo draws: 8 of 10 outcomes lie between them. */
  range: { p10: DecisionFigure; p90: DecisionFigure; draws: number; probabilityOfLoss: DecisionFigure };
  payback: DecisionFigure<number | null> & { status: PaybackStatus; lastYear: number };
  nonPriced: { id: string; name: LocalizedText; consequence: number | null; placeholder: boolean }[];
  legal: {
    /** Per criteria set: the best-ranked lawful model(s), or why there is no ranking. */
    rankings: { criteriaSetId: string; name: LocalizedText; status: string; top: Text[] }[];
    /** Per area of the scenario: the models the law allows, with «unconfirmed» where the notes leave a point open. */
    areas: {
      areaId: string;
      name: LocalizedText;
      models: { id: string; name: Text; unconfirmed: boolean }[];
    }[];
    /** The conditions those models carry, each once. */
    conditions: { text: Text; unconfirmed: boolean }[];
  };
  staff: {
    /** Per area: the year that may need most FTE reduced beyond natural departures (null: attrition covers it). */
    areas: {
      areaId: string;
      name: LocalizedText;
      worst: { year: number; atLeast: number; atMost: number } | null;
      agesMissing: boolean;
    }[];
    /** Per recorded change of employer: the transfer duties met out of all. */
    transfers: { changeId: string; title: LocalizedText; met: number; total: number }[];
  };
  placeholders: { label: string; toBeSetBy: string | null }[];
  missingCosts: { label: string }[];
  grantsNotCounted: number;
}

/** Why no summary can be made: the caller turns these into a 400 naming the field. */
export type DecisionProblem = 'unknown_scenario' | 'unknown_municipality' | 'not_in_scenario';

/** The first problem with a request, or null: cheap, so the server checks it before queuing the job. */
export function decisionProblem(
  document: CaseDocument,
  municipality: string,
  scenarioId: string,
): DecisionProblem | null {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return 'unknown_scenario';
  if (!document.participants.some((p) => p.municipalityNumber === municipality))
    return 'unknown_municipality';
  if (!scenario.areas.some((a) => a.participants.some((p) => p === municipality))) return 'not_in_scenario';
  return null;
}

function conditionsOf(rows: readonly MatrixRow[], areaIds: readonly string[]) {
  const seen = new Set<string>();
  const found: { text: Text; unconfirmed: boolean }[] = [];
  for (const areaId of areaIds)
    for (const row of usableModels(rows, areaId))
      for (const service of row.cells.find((c) => c.areaId === areaId)?.services ?? [])
        for (const reason of service.reasons) {
          if (reason.effect !== 'condition' || seen.has(reason.text.nb)) continue;
          seen.add(reason.text.nb);
          found.push({ text: reason.text, unconfirmed: reason.unconfirmed === true });
        }
  return found;
}

/**
 * The decision page's summary for one municipality and scenario; null when `decisionProblem` finds one.
 * @example decisionSummary(defaultCase(), { municipality: '5028', scenarioId: 'administrative-tjenester' })?.npv.value
 */
export function decisionSummary(document: CaseDocument, options: DecisionOptions): DecisionSummary | null {
  const { municipality: m, scenarioId } = options;
  if (decisionProblem(document, m, scenarioId)) return null;
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const analysis = analyseScenario(document, scenarioId, {
    ...(options.language ? { language: options.language } : {}),
    ...(options.solver ? { solver: options.solver } : {}),
  });
  if (!scenario || !analysis) return null;
  const id = (local: string) => `scenario:${scenarioId}/${local}`;
  const { cashFlows, summary, monteCarlo } = analysis;
  const flows = cashFlows.perMunicipality[m] ?? [];
  const figures = summary.perMunicipality[m];
  const distribution = monteCarlo.status === 'done' ? monteCarlo.perMunicipality[m] : undefined;
  if (!figures || !distribution) return null;
  const members = new Set(Object.keys(cashFlows.perMunicipality));
  const participants = document.participants
    .filter((p) => members.has(p.municipalityNumber))
    .map((p) => ({ number: p.municipalityNumber, name: p.name }));
  const areaName = (areaId: string) =>
    document.serviceAreas.find((a) => a.id === areaId)?.name ?? { nb: areaId, nn: areaId, en: areaId };
  const areaIds = scenario.areas.map((a) => a.areaId);
  const matrix = caseFeasibilityMatrix(document);
  const choice = analyseModelChoice(document);
  const modelName = (modelId: string) => matrix.models.find((r) => r.modelId === modelId)?.name;
  return {
    scenario: { id: scenario.id, name: scenario.name },
    scenarios: document.scenarios.map((s) => ({ id: s.id, name: s.name })),
    municipality: participants.find((p) => p.number === m) ?? { number: m, name: m },
    participants,
    decided: false,
    years: cashFlows.years,
    netPerYear: cashFlows.years.map((year, i) => ({
      value: flows[i] ?? 0,
      figureId: id(`net/${m}/${year}`),
    })),
    netOverPeriod: flows.reduce((sum, x) => sum + x, 0),
    baseYear: summary.convention.baseYear,
    discountRate: summary.convention.schedule[0]?.rate ?? null,
    npv: { value: figures.npv, figureId: id(`npv/${m}`) },
    range: {
      p10: { value: distribution.npv.p10, figureId: id(`monte-carlo/npv/p10/${m}`) },
      p90: { value: distribution.npv.p90, figureId: id(`monte-carlo/npv/p90/${m}`) },
      draws: monteCarlo.status === 'done' ? monteCarlo.draws : 0,
      probabilityOfLoss: {
        value: distribution.probabilityOfLoss,
        figureId: id(`monte-carlo/probability-of-loss/${m}`),
      },
    },
    payback: {
      value: figures.paybackYear,
      figureId: id(`payback/${m}`),
      status: figures.paybackStatus,
      lastYear: cashFlows.years.at(-1) ?? summary.convention.baseYear,
    },
    nonPriced: analysis.nonPriced.effects.map((effect) => {
      const cell = effect.cells.find((c) => c.municipality === m);
      return {
        id: effect.id,
        name: effect.name,
        consequence: cell?.consequence ?? null,
        placeholder: cell?.basis === 'placeholder',
      };
    }),
    legal: {
      rankings: choice.sets.map((set) => ({
        criteriaSetId: set.criteriaSetId,
        name: set.name,
        status: set.status,
        top: (set.ranking?.ranking.top ?? []).flatMap((modelId) => modelName(modelId) ?? []),
      })),
      areas: areaIds.map((areaId) => ({
        areaId,
        name: areaName(areaId),
        models: usableModels(matrix.models, areaId).map((row) => ({
          id: row.modelId,
          name: row.name,
          unconfirmed: row.cells.find((c) => c.areaId === areaId)?.unconfirmed === true,
        })),
      })),
      conditions: conditionsOf(matrix.models, areaIds),
    },
    staff: {
      areas: analysis.attrition.map((check) => ({
        areaId: check.areaId,
        name: areaName(check.areaId),
        worst: check.worst,
        agesMissing: check.agesMissing,
      })),
      transfers: staffTransferChecklists(document).map((list) => ({
        changeId: list.changeId,
        title: list.title,
        met: list.duties.filter((d) => d.met).length,
        total: list.duties.length,
      })),
    },
    placeholders: analysis.placeholders.placeholders.map((p) => ({ label: p.label, toBeSetBy: p.toBeSetBy })),
    missingCosts: analysis.placeholders.missingCosts.map((c) => ({ label: c.label })),
    grantsNotCounted: analysis.placeholders.grantsNotCounted.length,
  };
}
