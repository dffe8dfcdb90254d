/**
 * What the two cost-sharing tables read: for the table's scenario, the comparison of every scope the
 * cost-sharing page offers (each area, then the package), from `compareAllocations` worded by
 * `costSharingView`, the same pair the cost-sharing API answers with; and the placeholders the coalition
 * costs rest on (the scenario's savings shares and costs).
 * @module
 */
import type { LpSolver } from '../../../engine/games/lp-solver.ts';
import type { Language } from '../../../i18n/language.ts';
import { compareAllocations } from '../../cost-sharing/compare-allocations.ts';
import { costSharingView, type CostSharingView } from '../../cost-sharing/comparison-view.ts';
import { costSharingScopes } from '../../cost-sharing/scopes.ts';
import { scenarioPlaceholders } from '../../scenario/scenario-placeholders.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { Scenario } from '../../schema/scenario.ts';
import type { ExportContext, ExportSource } from '../export-table.ts';
import {
  areaName,
  chosenScenario,
  citedSources,
  placeholderNote,
  placeholderSources,
  say,
} from './table-helpers.ts';

export interface ScopeComparison {
  /** The area's name, or «Alle områdene samlet» for the package. */
  name: string;
  view: CostSharingView;
}

export interface ScenarioComparisons {
  scenario: Scenario;
  scopes: ScopeComparison[];
  /** Municipality numbers and names in any scope, in player order of the first scope that has them. */
  players: { municipality: string; name: string }[];
}

const PACKAGE = { nb: 'Alle områdene samlet', nn: 'Alle områda samla', en: 'All areas together' };

// The key comparison and the fairness check read the same comparisons: solved once per document object,
// scenario and language (a document is one saved revision, never changed in place).
const solved = new WeakMap<CaseDocument, Map<string, ScopeComparison[]>>();

function comparisonsOf(document: CaseDocument, scenario: Scenario, context: ExportContext, solver: LpSolver) {
  const key = `${scenario.id}\u0000${context.language}`;
  const byKey = solved.get(document) ?? new Map<string, ScopeComparison[]>();
  solved.set(document, byKey);
  const known = byKey.get(key);
  if (known) return known;
  const scopes = costSharingScopes(document, scenario.id).flatMap((scope) => {
    const comparison = compareAllocations(document, scenario.id, scope, solver);
    if (!comparison) return [];
    const name =
      scope.kind === 'package'
        ? say(context.language, PACKAGE)
        : areaName(document, scope.areaId, context.language);
    return [{ name, view: costSharingView(document, comparison, context.language) }];
  });
  byKey.set(key, scopes);
  return scopes;
}

/**
 * The comparisons of every scope; null when the case has no such scenario. The LP solver is required (the
 * registry entry says so): the nucleolus and the least core cannot be computed without it.
 */
export function scenarioComparisons(
  document: CaseDocument,
  context: ExportContext,
): ScenarioComparisons | null {
  const scenario = chosenScenario(document, context);
  if (!scenario) return null;
  if (!context.solver) throw new Error('the cost-sharing tables need the LP solver');
  const scopes = comparisonsOf(document, scenario, context, context.solver);
  const players = scopes
    .flatMap((s) => s.view.players)
    .filter((p, i, all) => all.findIndex((q) => q.municipality === p.municipality) === i);
  return { scenario, scopes, players };
}

/** The placeholders' note, the model of the coalition costs and the table's warnings, in that order. */
export function comparisonNotes(
  document: CaseDocument,
  found: ScenarioComparisons,
  language: Language,
): string[] {
  const placeholders = scenarioPlaceholders(document, found.scenario.id, language)?.placeholders ?? [];
  // The last scope is the package when there is one: its model statement names every area's figures.
  const model = found.scopes.at(-1)?.view.model ?? [];
  const warnings = found.scopes.flatMap((s) => s.view.warningTexts.map((text) => `${s.name}: ${text}`));
  return [...placeholderNote(placeholders, language), ...model, ...new Set(warnings)];
}

export function comparisonSources(
  document: CaseDocument,
  found: ScenarioComparisons,
  sheetName: string,
  language: Language,
): ExportSource[] {
  const placeholders = scenarioPlaceholders(document, found.scenario.id, language)?.placeholders ?? [];
  const areaIds = new Set(found.scenario.areas.map((a) => a.areaId));
  const baseline = document.baseline.filter((r) => r.scope === 'central' && areaIds.has(r.areaId));
  return [
    ...placeholderSources(placeholders, sheetName, language),
    ...citedSources(document, [found.scenario, baseline, document.participants], sheetName, language),
  ];
}
