/**
 * A scenario's figures explained in the case's terms: the engine's explanation (`scenarioExplainer`), with
 * the engine's fields turned into the case's: a municipality's labour cost in an area becomes the sum of its
 * baseline rows, each with its source; a setting of the scenario carries its provenance; a key that is an
 * allocation method opens onto the method's amounts on the cost-sharing page.
 * Figure ids: `scenario:<scenario id>/<the engine's id>`, and `scenario:<id>/baseline/<area>/<m>/<scope>/<field>`.
 * @module
 */
import type { Explanation } from '../../engine/explain/explanation.ts';
import { scenarioExplainer, type ScenarioExplainer } from '../../engine/explain/scenario-explainer.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { placeholder } from '../schema/provenance.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED, scenarioEngineInput } from '../scenario/analyse-scenario.ts';
import { isAllocationMethod } from '../scenario/resolve-allocation-keys.ts';
import { fieldLeaf, type CaseNode, type FigureField } from './explained-figure.ts';
import { resolveProvenance } from './provenance-view.ts';

export interface ExplainContext {
  document: CaseDocument;
  caseId: string;
  solver?: LpSolver;
  /** Computed once per scenario per context. */
  explainers: Map<string, ScenarioExplainer | null>;
}

function explainerOf(context: ExplainContext, scenarioId: string): ScenarioExplainer | null {
  if (!context.explainers.has(scenarioId)) {
    const mapped = scenarioEngineInput(context.document, scenarioId, context.solver);
    // The Monte Carlo figures as the analysis shows them by default: the same draws and seed.
    context.explainers.set(
      scenarioId,
      mapped ? scenarioExplainer(mapped.input, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED }) : null,
    );
  }
  return context.explainers.get(scenarioId) ?? null;
}

const leaf = fieldLeaf;

/** The baseline rows the scenario reads for municipality `m` in area `areaId` (as `toScenarioInput`). */
function baselineRows(document: CaseDocument, scenarioId: string, areaId: string, m: string) {
  const area = document.scenarios.find((s) => s.id === scenarioId)?.areas.find((a) => a.areaId === areaId);
  return document.baseline.flatMap((row, index) =>
    row.areaId === areaId &&
    row.municipalityNumber === m &&
    (row.scope === 'central' || area?.includeDecentral)
      ? [{ row, index }]
      : [],
  );
}

function baselineLeaf(context: ExplainContext, scenarioId: string, rest: string[]): CaseNode | null {
  const [areaId, m, scope, name] = rest;
  const found = baselineRows(context.document, scenarioId, areaId ?? '', m ?? '').find(
    (r) => r.row.scope === scope,
  );
  if (!found || (name !== 'labourCost' && name !== 'otherCosts')) return null;
  const { row, index } = found;
  const id = `scenario:${scenarioId}/baseline/${areaId}/${m}/${scope}/${name}`;
  const href = `/saker/${context.caseId}/grunnlag`;
  const params = {
    area: row.areaId,
    municipality: row.municipalityNumber,
    scope: row.scope,
    fieldName: name,
  };
  if (name === 'labourCost') {
    const field = {
      path: `baseline[${index}].labourCost`,
      label: '',
      provenance: resolveProvenance(context.document, row.sources.labourCost),
      edit: { href },
    };
    return leaf(id, row.labourCost ?? 0, 'nok', field, params);
  }
  const amounts: number[] = row.otherCosts.map((c) => c.amount ?? 0);
  const sourced = row.otherCosts.length === 1 ? row.otherCosts[0]?.source : undefined;
  const field = {
    path: `baseline[${index}].otherCosts`,
    label: '',
    provenance: resolveProvenance(context.document, sourced),
    edit: { href },
  };
  return leaf(
    id,
    amounts.reduce((s, x) => s + x, 0),
    'nok',
    field,
    params,
  );
}

/** A municipality's labour cost or other costs in an area: the sum of its baseline rows. */
function baselineSum(
  context: ExplainContext,
  scenarioId: string,
  node: Explanation,
  name: string,
  areaId: string,
  m: string,
): CaseNode {
  const rows = baselineRows(context.document, scenarioId, areaId, m);
  const inputs = rows.map(({ row }) => {
    const explained = baselineLeaf(context, scenarioId, [areaId, m, row.scope, name]) as CaseNode;
    const { id, step, params, value, unit } = explained;
    return { id, step, params, value, unit };
  });
  return {
    ...node,
    id: `scenario:${scenarioId}/${node.id}`,
    step: 'baseline_sum',
    params: { ...node.params, fieldName: name },
    formula: { op: 'linear', coefficients: inputs.map(() => 1) },
    symbols: 'Σ',
    inputs,
  };
}

function keyShare(
  context: ExplainContext,
  scenarioId: string,
  node: Explanation,
  areaId: string,
  m: string,
  key: 'costKey' | 'oneOffKey',
): CaseNode {
  const scenario = context.document.scenarios.find((s) => s.id === scenarioId);
  const area = scenario?.areas.find((a) => a.areaId === areaId);
  const keyId = area?.[key].keyId ?? '';
  const base = {
    ...node,
    id: `scenario:${scenarioId}/${node.id}`,
    params: { ...node.params, fieldName: key === 'costKey' ? 'costShare' : 'oneOffShare', keyId },
  };
  if (area && isAllocationMethod(keyId)) {
    // The shares are the method's amounts over their sum: open the amounts on the cost-sharing page.
    const ids = [m, ...area.participants.filter((p) => p !== m)].map(
      (p) => `cost-sharing:${scenarioId}/${areaId}/${keyId}/${p}`,
    );
    return {
      ...base,
      step: 'key_share',
      formula: { op: 'ratio' },
      symbols: 'xₘ / Σ x',
      inputs: ids.map((id) => ({ id, step: 'allocation', params: {}, value: NaN, unit: 'nok' })),
    };
  }
  const provenance = area?.fieldProvenance[key] ?? placeholder();
  return {
    ...base,
    field: {
      path: `scenarios[${context.document.scenarios.indexOf(scenario as never)}].areas[${scenario?.areas.indexOf(area as never)}].${key}`,
      label: '',
      provenance: resolveProvenance(context.document, provenance),
      edit: { href: `/saker/${context.caseId}/scenarier/${scenarioId}` },
    },
  };
}

/** Where a scenario setting is in the document, and its provenance. */
function settingField(
  context: ExplainContext,
  scenarioId: string,
  path: string[],
): Omit<FigureField, 'label'> | null {
  const s = context.document.scenarios.findIndex((x) => x.id === scenarioId);
  const scenario = context.document.scenarios[s];
  if (!scenario) return null;
  const edit = { href: `/saker/${context.caseId}/scenarier/${scenarioId}` };
  const [head, areaId, name, id] = path;
  if (head === 'realWageGrowth')
    return {
      path: `scenarios[${s}].realWageGrowth`,
      provenance: resolveProvenance(context.document, scenario.realWageGrowth.provenance),
      edit,
    };
  if (head === 'discountRate') {
    const recorded = scenario.discountSchedule
      ? (scenario.fieldProvenance.discountSchedule ?? placeholder())
      : { source: { document: 'R-109/21' } };
    const provenance = scenario.discountSchedule
      ? resolveProvenance(context.document, recorded)
      : {
          kind: 'source' as const,
          document: { id: 'R-109/21', title: 'Finansdepartementet, rundskriv R-109/21' },
          locator: 'punkt 5',
        };
    return { path: `scenarios[${s}].discountSchedule[${areaId}].rate`, provenance, edit };
  }
  if (head === 'grants') {
    const g = context.document.grants.findIndex((x) => x.id === areaId);
    const grant = context.document.grants[g];
    return grant
      ? {
          path: `grants[${g}].amount`,
          provenance: resolveProvenance(context.document, grant.source),
          edit: null,
        }
      : null;
  }
  const a = scenario.areas.findIndex((x) => x.areaId === areaId);
  const area = scenario.areas[a];
  if (head !== 'serviceAreas' || !area) return null;
  const at = `scenarios[${s}].areas[${a}]`;
  switch (name) {
    case 'savingsShare':
      return {
        path: `${at}.savingsShare`,
        provenance: resolveProvenance(context.document, area.savingsShare.provenance),
        edit,
      };
    case 'rampUpYears':
    case 'attritionCap':
      return {
        path: `${at}.${name}`,
        provenance: resolveProvenance(context.document, area.fieldProvenance[name] ?? placeholder()),
        edit,
      };
    case 'recurringCosts':
    case 'oneOffCosts':
    case 'zeroAlternativeCosts': {
      const c = area[name].findIndex((x) => x.id === id);
      const cost = area[name][c];
      return cost
        ? {
            path: `${at}.${name}[${c}].amount`,
            provenance: resolveProvenance(context.document, cost.amount.provenance),
            edit,
          }
        : null;
    }
    default:
      return null;
  }
}

/** The case node of a scenario figure id's local part, or null when there is no such figure. */
export function scenarioFigure(context: ExplainContext, scenarioId: string, local: string): CaseNode | null {
  const parts = local.split('/');
  if (parts[0] === 'baseline') return baselineLeaf(context, scenarioId, parts.slice(1));
  const explainer = explainerOf(context, scenarioId);
  const node = explainer?.explain(local);
  if (!node) return null;
  const prefixed = (n: Explanation): CaseNode => ({
    ...n,
    id: `scenario:${scenarioId}/${n.id}`,
    inputs: n.inputs.map((i) => ({ ...i, id: `scenario:${scenarioId}/${i.id}` })),
  });
  if (node.step !== 'field') return prefixed(node);
  const [, head, areaId, name, m] = parts;
  if (head === 'serviceAreas' && (name === 'labourCost' || name === 'otherCosts'))
    return baselineSum(context, scenarioId, node, name, areaId ?? '', m ?? '');
  if (head === 'serviceAreas' && (name === 'costShare' || name === 'oneOffShare'))
    return keyShare(
      context,
      scenarioId,
      node,
      areaId ?? '',
      m ?? '',
      name === 'costShare' ? 'costKey' : 'oneOffKey',
    );
  if (head === 'grants' && name === 'share')
    return { ...prefixed(node), params: { ...node.params, fieldName: 'grantShare' } };
  const field = settingField(context, scenarioId, parts.slice(1));
  const fieldName = head === 'grants' ? 'grantAmount' : head === 'serviceAreas' ? (name ?? '') : (head ?? '');
  const params = { ...node.params, fieldName };
  return {
    ...prefixed(node),
    params,
    step: node.formula.op === 'quantile' ? 'uncertain_field' : 'field',
    ...(field ? { field: { ...field, label: '' } } : {}),
  };
}
