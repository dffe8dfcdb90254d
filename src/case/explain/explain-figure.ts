/**
 * `explainFigure`: any figure Flokk shows, by the id the API names it with, explained one level deep in the
 * reader's language: its formula in words and symbols, its inputs (each with its own id, to open further),
 * and for a value typed into the case, its field, provenance and where it is edited. The web panel, `flokk
 * explain` and the API's explain endpoint all call this.
 * @module
 */
import { allocationMethod } from '../../engine/games/allocation-methods.ts';
import type { AllocationMethodId } from '../../engine/games/allocation-method.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { labelText } from '../cost-sharing/allocation-labels.ts';
import { localize } from '../process/localize.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { areaName, fieldLabel as documentFieldLabel, municipalityName } from '../field-label.ts';
import { costSharingFigure } from './cost-sharing-figures.ts';
import { choiceNames, modelChoiceFigure } from './model-choice-figures.ts';
import { WEEKDAY_WORDS } from './people-choice-words.ts';
import { peopleFigure } from './people-figures.ts';
import { switchboardFigure } from './switchboard-figures.ts';
import { distributionWords } from './distribution-words.ts';
import type { CaseNode, ExplainedFigure, ExplainedInput } from './explained-figure.ts';
import { STATISTIC_WORDS, stepWords } from './explain-words.ts';
import { fieldWords } from './field-words.ts';
import { scenarioFigure, type ExplainContext } from './scenario-figures.ts';

export interface ExplainOptions {
  caseId: string;
  language?: Language;
  /** Needed for LP-based allocation methods (cost-sharing figures, or a scenario whose key is one). */
  solver?: LpSolver;
}

const ALL: Record<Language, string> = {
  nb: 'alle kommunene',
  nn: 'alle kommunane',
  en: 'all municipalities',
};
const DECENTRAL: Record<Language, string> = { nb: 'desentralt', nn: 'desentralt', en: 'decentral' };

function caseNode(context: ExplainContext, id: string): CaseNode | null {
  const slash = id.indexOf('/');
  if (slash < 0) return null;
  const [kind, scenarioId] = id.slice(0, slash).split(':');
  const rest = id.slice(slash + 1);
  if (!scenarioId) return null;
  if (kind === 'scenario') return scenarioFigure(context, scenarioId, rest);
  if (kind === 'cost-sharing') return costSharingFigure(context, scenarioId, rest);
  if (kind === 'people') return peopleFigure(context, scenarioId, rest);
  if (kind === 'switchboard') return switchboardFigure(context, scenarioId, rest);
  if (kind === 'model-choice') return modelChoiceFigure(context, scenarioId, rest);
  return null;
}

/** The names the words are filled with: municipalities, areas, methods and groups by name, not by number. */
function names(
  document: CaseDocument,
  language: Language,
  params: CaseNode['params'],
): Record<string, string | number> {
  const municipality = (m: string) => (m === 'total' ? ALL[language] : municipalityName(document, m));
  const out: Record<string, string | number> = { ...params };
  if (typeof params.municipality === 'string') out.municipality = municipality(params.municipality);
  if (typeof params.members === 'string')
    out.members = params.members.split('+').map(municipality).join(' + ');
  if (typeof params.area === 'string')
    out.area = params.area === 'package' ? '' : areaName(document, params.area, language);
  if (typeof params.grant === 'string') {
    const grant = document.grants.find((g) => g.id === params.grant);
    out.grant = grant ? localize(grant.name, language) : params.grant;
  }
  if (typeof params.statistic === 'string')
    out.statistic = STATISTIC_WORDS[params.statistic]?.[language] ?? params.statistic;
  Object.assign(out, choiceNames(document, language, params));
  if (typeof params.weekday === 'number')
    out.weekday = WEEKDAY_WORDS[language][params.weekday - 1] ?? params.weekday;
  if (typeof params.draws === 'number') out.draws = formatNumber(params.draws, 0, language);
  if (typeof params.method === 'string')
    out.method = labelText(allocationMethod(params.method as AllocationMethodId).labelKey, language);
  return out;
}

function fieldLabel(document: CaseDocument, language: Language, node: CaseNode, id: string): string {
  const named = names(document, language, node.params);
  const scenarioId = id.startsWith('scenario:') ? id.slice('scenario:'.length, id.indexOf('/')) : '';
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const prefix =
    typeof node.params.municipality === 'string'
      ? [named.municipality, named.area, node.params.scope === 'decentral' ? DECENTRAL[language] : '']
      : [scenario ? localize(scenario.name, language) : '', named.area];
  return fieldWords(
    String(node.params.fieldName ?? ''),
    language,
    prefix.filter((x) => x !== '' && x !== undefined).join(', '),
    {
      ...named,
      cost: String(node.params.cost ?? ''),
    },
  );
}

function labelOf(
  document: CaseDocument,
  language: Language,
  node: CaseNode,
): { label: string; formula: string } {
  const words = stepWords(node.step, language, names(document, language, node.params));
  // A field of the document is named as the forms and the history name it: one labelling for every screen.
  if (node.field) return { ...words, label: documentFieldLabel(node.field.path, document, language) };
  return node.params.fieldName === undefined
    ? words
    : { ...words, label: fieldLabel(document, language, node, node.id) };
}

function asInput(document: CaseDocument, language: Language, node: CaseNode): ExplainedInput {
  const { id, step, value, unit } = node;
  return { id, step, label: labelOf(document, language, node).label, value, unit };
}

// A figure that no longer says what its source says is marked, wherever it is explained.
function differs(node: CaseNode): { differsFromSource?: boolean } {
  const provenance = node.field?.provenance;
  return provenance?.kind === 'source' &&
    provenance.statedValue !== undefined &&
    provenance.statedValue !== node.value
    ? { differsFromSource: true }
    : {};
}

/**
 * An explainer over one document: each scenario is computed once and shared by every figure asked for, so
 * opening a whole tree (`explanationTree`, the property tests) costs one computation, not one per figure.
 * @example const explain = figureExplainer(defaultCase(), { caseId: 'x' }); explain('scenario:administrative-tjenester/npv/total')
 */
export function figureExplainer(
  document: CaseDocument,
  options: ExplainOptions,
): (figureId: string) => ExplainedFigure | null {
  const language = options.language ?? 'nb';
  const context: ExplainContext = {
    document,
    caseId: options.caseId,
    explainers: new Map(),
    ...(options.solver ? { solver: options.solver } : {}),
  };
  return (figureId) => {
    const node = caseNode(context, figureId);
    if (!node) return null;
    const inputs = node.inputs.map((input) => {
      const explained = caseNode(context, input.id);
      if (!explained) throw new Error(`explanation: input ${input.id} of ${figureId} has no explanation`);
      return asInput(document, language, explained);
    });
    const words = labelOf(document, language, node);
    const formula =
      node.formula.op === 'quantile'
        ? `${words.formula} ${distributionWords(node.formula.distribution, node.unit, language)}.`
        : words.formula;
    return {
      id: node.id,
      step: node.step,
      label: words.label,
      value: node.value,
      unit: node.unit,
      symbols: node.symbols,
      formula,
      operation: node.formula,
      inputs,
      ...(node.field ? { field: { ...node.field, label: words.label, ...differs(node) } } : {}),
    };
  };
}

/**
 * The figure `figureId` explained; null when the case has no such figure.
 * @example explainFigure(defaultCase(), 'scenario:administrative-tjenester/npv/5028', { caseId: 'x' })?.inputs[0]?.label
 * // → 'Netto effekt for Melhus i 2026'
 */
export function explainFigure(
  document: CaseDocument,
  figureId: string,
  options: ExplainOptions,
): ExplainedFigure | null {
  return figureExplainer(document, options)(figureId);
}
