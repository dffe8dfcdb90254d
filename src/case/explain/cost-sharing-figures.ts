/**
 * Cost-sharing figures explained: a game-theoretic method's amount for a municipality is the method applied
 * to the coalition costs, and each coalition's cost is made of the members' baseline figures and the
 * scenario's settings (`coalition-costs.ts`), or typed from a study's cost table.
 * Figure ids: `cost-sharing:<scenario>/<area id | package>/<method>/<m>`,
 * `cost-sharing:<scenario>/<scope>/coalition/<m+m+…>`, `…/group-savings/<m+m+…>`, `…/recurring`.
 * @module
 */
import { scaleCurveAt } from '../../engine/economics/economies-of-scale.ts';
import type { ExplanationInput } from '../../engine/explain/explanation.ts';
import { ALLOCATION_METHOD_IDS } from '../../engine/games/allocation-method-ids.ts';
import type { AllocationMethodId } from '../../engine/games/allocation-method.ts';
import { allocationMethod, runAllocationMethod } from '../../engine/games/allocation-methods.ts';
import { coalitionSize } from '../../engine/games/game.ts';
import {
  coalitionCostTable,
  costGameOf,
  type CoalitionCostTable,
  type CostSharingScope,
} from '../cost-sharing/coalition-costs.ts';
import type { CaseNode } from './explained-figure.ts';
import { resolveProvenance } from './provenance-view.ts';
import type { ExplainContext } from './scenario-figures.ts';

const METHODS: ReadonlySet<string> = new Set(ALLOCATION_METHOD_IDS);

const stub = (
  id: string,
  step: string,
  value: number,
  unit: ExplanationInput['unit'] = 'nok',
): ExplanationInput => ({ id, step, params: {}, value, unit });

// Tables per explain context: a tree asks for the same group's cost from many places.
const TABLES = new WeakMap<ExplainContext, Map<string, CoalitionCostTable | null>>();

function tableOf(context: ExplainContext, scenarioId: string, scopeId: string): CoalitionCostTable | null {
  const tables = TABLES.get(context) ?? new Map<string, CoalitionCostTable | null>();
  TABLES.set(context, tables);
  const key = `${scenarioId}/${scopeId}`;
  if (!tables.has(key)) {
    const scope: CostSharingScope =
      scopeId === 'package' ? { kind: 'package' } : { kind: 'area', areaId: scopeId };
    tables.set(key, coalitionCostTable(context.document, scenarioId, scope));
  }
  return tables.get(key) ?? null;
}

function allocationNode(
  context: ExplainContext,
  prefix: string,
  table: CoalitionCostTable,
  method: AllocationMethodId,
  m: string,
): CaseNode | null {
  const player = table.players.indexOf(m);
  const game = costGameOf(table);
  if (player < 0 || !game) return null;
  const attempt = runAllocationMethod(allocationMethod(method), game, context.solver);
  if (!attempt.available) return null;
  const rows = [...table.rows].sort((a, b) => a.mask - b.mask);
  const inputs = rows.map((row) =>
    stub(`${prefix}/coalition/${row.members.join('+')}`, 'coalition_cost', row.cost ?? 0),
  );
  return {
    id: `${prefix}/${method}/${m}`,
    step: 'allocation',
    params: { method, municipality: m },
    value: attempt.allocation[player] as number,
    unit: 'nok',
    symbols: 'xₘ = metode(c)',
    formula: { op: 'allocation', method, player, players: table.players.length },
    inputs,
  };
}

function typedNode(
  context: ExplainContext,
  id: string,
  table: CoalitionCostTable,
  path: string,
  value: number,
  members: string,
): CaseNode {
  return {
    id,
    step: 'field',
    params: { members, fieldName: 'typedCoalitionCost' },
    value,
    unit: 'nok',
    symbols: '',
    formula: { op: 'given' },
    inputs: [],
    field: {
      path,
      label: '',
      provenance: resolveProvenance(context.document, table.typed?.provenance),
      edit: null,
    },
  };
}

function coalitionNode(
  context: ExplainContext,
  scenarioId: string,
  prefix: string,
  scopeId: string,
  table: CoalitionCostTable,
  members: string,
): CaseNode | null {
  const row = table.rows.find((r) => r.members.join('+') === members);
  if (!row || row.cost === null) return null;
  const id = `${prefix}/coalition/${members}`;
  if (row.origin === 'typed' && row.typedPath)
    return typedNode(context, id, table, row.typedPath, row.cost, members);
  const field = (name: string, m: string) =>
    `scenario:${scenarioId}/field/serviceAreas/${scopeId}/${name}/${m}`;
  if (scopeId === 'package') {
    const parts = table.models.flatMap((model) => {
      const inArea = row.members.filter((m) => model.participants.some((p) => p.municipality === m));
      const areaTable = inArea.length === 0 ? null : tableOf(context, scenarioId, model.areaId);
      const part = areaTable?.rows.find((r) => r.members.join('+') === inArea.join('+'));
      return part && part.cost !== null
        ? [
            stub(
              `cost-sharing:${scenarioId}/${model.areaId}/coalition/${inArea.join('+')}`,
              'coalition_cost',
              part.cost,
            ),
          ]
        : [];
    });
    return {
      id,
      step: 'coalition_package',
      params: { members },
      value: row.cost,
      unit: 'nok',
      symbols: 'c(S) = Σ områder',
      formula: { op: 'linear', coefficients: parts.map(() => 1) },
      inputs: parts,
    };
  }
  const model = table.models[0];
  if (!model) return null;
  const people = model.participants.filter((p) => row.members.includes(p.municipality));
  if (coalitionSize(row.mask) === 1) {
    const m = row.members[0] as string;
    const p = people[0];
    return {
      id,
      step: 'coalition_alone',
      params: { members, area: scopeId },
      value: row.cost,
      unit: 'nok',
      symbols: 'c({m}) = L + A',
      formula: { op: 'linear', coefficients: [1, 1] },
      inputs: [
        stub(field('labourCost', m), 'baseline_sum', p?.labourCost ?? 0),
        stub(field('otherCosts', m), 'baseline_sum', p?.otherCosts ?? 0),
      ],
    };
  }
  const savings = model.scale
    ? stub(`${prefix}/group-savings/${members}`, 'group_savings', 0, 'share')
    : stub(
        `scenario:${scenarioId}/field/serviceAreas/${scopeId}/savingsShare`,
        'uncertain_field',
        model.savingsShare,
        'share',
      );
  const inputs = [
    savings,
    stub(`${prefix}/recurring`, 'recurring', model.recurringCosts),
    ...people.map((p) => stub(field('labourCost', p.municipality), 'baseline_sum', p.labourCost ?? 0)),
    ...people.map((p) => stub(field('otherCosts', p.municipality), 'baseline_sum', p.otherCosts ?? 0)),
  ];
  return {
    id,
    step: 'coalition_cost',
    params: { members, area: scopeId },
    value: row.cost,
    unit: 'nok',
    symbols: 'c(S) = (1 − s) · ΣL + ΣA + R',
    formula: { op: 'coalitionCost', members: people.length },
    inputs,
  };
}

function groupSavingsNode(
  scenarioId: string,
  prefix: string,
  scopeId: string,
  table: CoalitionCostTable,
  members: string,
): CaseNode | null {
  const model = table.models[0];
  if (!model?.scale || scopeId === 'package') return null;
  const list = members.split('+');
  const fte = model.participants
    .filter((p) => list.includes(p.municipality))
    .reduce((s, p) => s + (p.fte ?? 0), 0);
  const allFte = model.participants.reduce((s, p) => s + (p.fte ?? 0), 0);
  const groupCurve = scaleCurveAt(model.scale, fte);
  const wholeCurve = scaleCurveAt(model.scale, allFte);
  const value = wholeCurve === 0 ? model.savingsShare : (model.savingsShare * groupCurve) / wholeCurve;
  return {
    id: `${prefix}/group-savings/${members}`,
    step: 'group_savings',
    params: { members, area: scopeId },
    value,
    unit: 'share',
    symbols: 's_S = s · k(F_S) / k(F_N)',
    formula: { op: 'scaledSavings', groupCurve, wholeCurve },
    inputs: [
      stub(
        `scenario:${scenarioId}/field/serviceAreas/${scopeId}/savingsShare`,
        'uncertain_field',
        model.savingsShare,
        'share',
      ),
    ],
  };
}

function recurringNode(
  scenarioId: string,
  prefix: string,
  scopeId: string,
  context: ExplainContext,
): CaseNode | null {
  const scenario = context.document.scenarios.find((s) => s.id === scenarioId);
  const area = scenario?.areas.find((a) => a.areaId === scopeId);
  const table = tableOf(context, scenarioId, scopeId);
  const model = table?.models[0];
  if (!area || !model) return null;
  const costs = area.recurringCosts.filter(
    (c) => c.startYear <= model.fullEffectYear && (c.endYear ?? Infinity) >= model.fullEffectYear,
  );
  const inputs = costs.map((c) =>
    stub(`scenario:${scenarioId}/field/serviceAreas/${scopeId}/recurringCosts/${c.id}`, 'field', 0),
  );
  return {
    id: `${prefix}/recurring`,
    step: 'recurring',
    params: { area: scopeId, year: model.fullEffectYear },
    value: model.recurringCosts,
    unit: 'nok',
    symbols: 'R',
    formula: { op: 'linear', coefficients: inputs.map(() => 1) },
    inputs,
  };
}

/** The case node of `cost-sharing:<scenario>/<rest>`, or null when there is no such figure. */
export function costSharingFigure(
  context: ExplainContext,
  scenarioId: string,
  rest: string,
): CaseNode | null {
  const [scopeId, kind, arg] = rest.split('/');
  if (!scopeId || !kind) return null;
  const prefix = `cost-sharing:${scenarioId}/${scopeId}`;
  if (kind === 'recurring') return recurringNode(scenarioId, prefix, scopeId, context);
  const table = tableOf(context, scenarioId, scopeId);
  if (!table || arg === undefined) return null;
  if (METHODS.has(kind)) return allocationNode(context, prefix, table, kind as AllocationMethodId, arg);
  if (kind === 'coalition') return coalitionNode(context, scenarioId, prefix, scopeId, table, arg);
  if (kind === 'group-savings') return groupSavingsNode(scenarioId, prefix, scopeId, table, arg);
  return null;
}
