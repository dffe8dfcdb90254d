/**
 * What every section of a saksframlegg reads: the case, the scenario's analysis computed once, the
 * municipality the version is for, and the figures' explanations (for the footnotes). One context per
 * document, so the sections never compute a figure of their own.
 * @module
 */
import { NotFoundError } from '../../common/errors.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { figureExplainer } from '../explain/explain-figure.ts';
import type { ExplainedFigure } from '../explain/explained-figure.ts';
import { localize } from '../process/localize.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Scenario, ScenarioArea } from '../schema/scenario.ts';
import { analyseScenario, type ScenarioAnalysis } from '../scenario/analyse-scenario.ts';

export type DocumentLanguage = 'nb' | 'nn';

export interface SaksframleggOptions {
  /** The municipality number the version is for, e.g. `5028` for Melhus. */
  municipality: string;
  scenarioId: string;
  language: DocumentLanguage;
  /** Needed when a key of the scenario is an LP-based allocation method. */
  solver?: LpSolver;
}

export interface Municipality {
  number: string;
  name: string;
}

export interface SaksframleggContext {
  document: CaseDocument;
  scenario: Scenario;
  language: DocumentLanguage;
  municipality: Municipality;
  /** The scenario's municipalities, in the case's order. */
  participants: Municipality[];
  /** The scenario's service areas with their names in the document's language. */
  areas: { id: string; name: string; setting: ScenarioArea }[];
  analysis: ScenarioAnalysis;
  /** The LP solver the comparison of keys needs (nucleolus, least core); absent, the comparison is not made. */
  solver?: LpSolver;
  /** A figure explained by its id without the `scenario:<id>/` prefix; null where there is none. */
  explain: (localId: string) => ExplainedFigure | null;
}

/** The context for one municipality's version; throws `NotFoundError` for an unknown scenario or municipality. */
export function saksframleggContext(
  document: CaseDocument,
  options: SaksframleggOptions,
): SaksframleggContext {
  const { language, scenarioId } = options;
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const analysis = scenario
    ? analyseScenario(document, scenarioId, {
        language,
        ...(options.solver ? { solver: options.solver } : {}),
      })
    : null;
  if (!scenario || !analysis) throw new NotFoundError(`scenario ${scenarioId}`);
  const members = new Set(Object.keys(analysis.cashFlows.perMunicipality));
  const participants = document.participants
    .filter((p) => members.has(p.municipalityNumber))
    .map((p) => ({ number: p.municipalityNumber, name: p.name }));
  const municipality = participants.find((p) => p.number === options.municipality);
  if (!municipality) throw new NotFoundError(`municipality ${options.municipality} in ${scenarioId}`);
  const explainer = figureExplainer(document, {
    caseId: document.id,
    language,
    ...(options.solver ? { solver: options.solver } : {}),
  });
  const areas = scenario.areas.map((setting) => {
    const area = document.serviceAreas.find((a) => a.id === setting.areaId);
    return { id: setting.areaId, name: area ? localize(area.name, language) : setting.areaId, setting };
  });
  return {
    document,
    scenario,
    language,
    municipality,
    participants,
    areas,
    analysis,
    ...(options.solver ? { solver: options.solver } : {}),
    explain: (localId) => explainer(`scenario:${scenarioId}/${localId}`),
  };
}

/** The bokmål or the nynorsk text, whichever the document is written in. */
export function say(context: Pick<SaksframleggContext, 'language'>, nb: string, nn: string): string {
  return context.language === 'nn' ? nn : nb;
}

/** «Skaun, Melhus og Midtre Gauldal». */
export function listNames(context: Pick<SaksframleggContext, 'language'>, names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${say(context, 'og', 'og')} ${names[names.length - 1]}`;
}
